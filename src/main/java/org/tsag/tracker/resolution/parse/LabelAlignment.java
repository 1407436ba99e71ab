package org.tsag.tracker.resolution.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Explains the labels of one section as two numberings at once, the previous revision's and the new
 * one's. In a flattened export a label is one of: unchanged ("c", old c is new c), deleted (only the
 * old numbering advances), inserted (only the new one advances) or relabelled ("cf": old c became
 * new f, the deleted label written first). Both numberings must run a, b, c ... (or 1, 2, 3 ...)
 * without gaps. The search tries every reading, memoized on (token, next old, next new), and keeps
 * the one with the fewest changes; a label that fits no reading is kept as written and marked
 * uncertain, at a cost high enough that any consistent reading wins.
 */
final class LabelAlignment {

    /** A label as written on a line. */
    record Token(String written, int line) {
    }

    /** The reading chosen for a token. */
    record Reading(ClauseChange change, String label, String previousLabel) {
    }

    record Result(List<Reading> readings, List<ParseWarning> warnings) {
    }

    private static final int CHANGE_COST = 1;
    private static final int UNCERTAIN_COST = 1_000;
    // Far above any real section (the longest have a few dozen clauses); only pathological input gets
    // near these, and the search is recursive, one level per label.
    private static final int STATE_BUDGET = 200_000;
    private static final int MAX_TOKENS = 500;

    /** Options in order of preference: among equally cheap readings, Word writes deletions first. */
    private enum Kind { UNCHANGED, RELABELLED, DELETED, INSERTED, UNCERTAIN_JUMP, UNCERTAIN_STAY }

    private record State(int index, int nextOld, int nextNew) {
    }

    private record Option(Kind kind, int oldValue, int newValue, State next, int cost) {
    }

    /** The best reading from a state on: the option taken here, and an equally cheap other one if any. */
    private record Step(Option chosen, Option tie, int total) {
    }

    private static final class BudgetExceeded extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BudgetExceeded() {
            super(null, null, false, false);
        }
    }

    private final List<Token> tokens;
    private final LabelStyle style;
    private final boolean trackedChanges;
    private final Set<Integer> cleanLines;
    private final Map<State, Step> memo = new HashMap<>();

    private LabelAlignment(List<Token> tokens, LabelStyle style, boolean trackedChanges, Set<Integer> cleanLines) {
        this.tokens = tokens;
        this.style = style;
        this.trackedChanges = trackedChanges;
        this.cleanLines = cleanLines;
    }

    /**
     * @param trackedChanges whether labels may be deleted, inserted or joined; false for a clean text,
     *                       where only unchanged or uncertain readings are possible
     */
    static Result align(List<Token> tokens, LabelStyle style, boolean trackedChanges) {
        return align(tokens, style, trackedChanges, Set.of());
    }

    /** @param cleanLines lines whose label a person said carries no tracked change */
    static Result align(List<Token> tokens, LabelStyle style, boolean trackedChanges, Set<Integer> cleanLines) {
        return new LabelAlignment(tokens, style, trackedChanges, cleanLines).run();
    }

    private Result run() {
        if (tokens.size() > MAX_TOKENS) {
            return keepAsWritten();
        }
        try {
            return readPath();
        } catch (BudgetExceeded tooLarge) {
            return keepAsWritten();
        }
    }

    private Result readPath() {
        List<Reading> readings = new ArrayList<>();
        List<ParseWarning> warnings = new ArrayList<>();
        State state = new State(0, 1, 1);
        while (state.index() < tokens.size()) {
            Step step = best(state);
            Token token = tokens.get(state.index());
            readings.add(reading(step.chosen(), token));
            warnAbout(step, token, state, warnings);
            state = step.chosen().next();
        }
        return new Result(readings, warnings);
    }

    private Step best(State state) {
        if (state.index() == tokens.size()) {
            return new Step(null, null, 0);
        }
        Step known = memo.get(state);
        if (known != null) {
            return known;
        }
        if (memo.size() > STATE_BUDGET) {
            throw new BudgetExceeded();
        }
        Option chosen = null;
        Option tie = null;
        int bestTotal = Integer.MAX_VALUE;
        for (Option option : options(state)) {
            int total = option.cost() + best(option.next()).total();
            if (total < bestTotal) {
                chosen = option;
                tie = null;
                bestTotal = total;
            } else if (total == bestTotal && tie == null) {
                tie = option;
            }
        }
        Step step = new Step(chosen, tie, bestTotal);
        memo.put(state, step);
        return step;
    }

    private List<Option> options(State state) {
        String written = tokens.get(state.index()).written();
        int oldValue = state.nextOld();
        int newValue = state.nextNew();
        int index = state.index() + 1;
        List<Option> options = new ArrayList<>();
        List<LabelOrder.Component> parsed = LabelOrder.parse(written, style);
        if (!parsed.isEmpty() && !LabelOrder.isSimple(parsed)) {
            complexOptions(state, parsed, options);
            return options;
        }
        int single = value(written);
        if (single == oldValue && single == newValue) {
            options.add(new Option(Kind.UNCHANGED, single, single, new State(index, oldValue + 1, newValue + 1), 0));
        }
        if (trackedChanges && !cleanLines.contains(tokens.get(state.index()).line())) {
            for (int split = 1; split < written.length(); split++) {
                int before = value(written.substring(0, split));
                int after = value(written.substring(split));
                if (before == oldValue && after == newValue && before != after) {
                    options.add(new Option(Kind.RELABELLED, before, after,
                            new State(index, oldValue + 1, newValue + 1), CHANGE_COST));
                }
            }
            if (single == oldValue) {
                options.add(new Option(Kind.DELETED, single, 0, new State(index, oldValue + 1, newValue), CHANGE_COST));
            }
            if (single == newValue) {
                options.add(new Option(Kind.INSERTED, 0, single, new State(index, oldValue, newValue + 1), CHANGE_COST));
            }
        }
        if (single > 0) {
            options.add(new Option(Kind.UNCERTAIN_JUMP, 0, single, new State(index, single + 1, single + 1), UNCERTAIN_COST));
        }
        options.add(new Option(Kind.UNCERTAIN_STAY, 0, 0, new State(index, oldValue, newValue), UNCERTAIN_COST));
        return options;
    }

    /**
     * A label with a suffix or decimals ("b bis", "1.2", "1bis.1") is unchanged where it continues the
     * label written before it; it moves the counters only when it opens the next top-level clause
     * ("2.1" right after "1.3").
     */
    private void complexOptions(State state, List<LabelOrder.Component> parsed, List<Option> options) {
        int index = state.index() + 1;
        List<LabelOrder.Component> previous = state.index() == 0 ? null
                : LabelOrder.parse(tokens.get(state.index() - 1).written(), style);
        if (LabelOrder.follows(previous, parsed)) {
            int top = parsed.get(0).value();
            boolean opens = top == state.nextNew() && parsed.get(0).suffix() == 0;
            State next = opens ? new State(index, state.nextOld() + 1, state.nextNew() + 1)
                    : new State(index, state.nextOld(), state.nextNew());
            options.add(new Option(Kind.UNCHANGED, top, top, next, 0));
        }
        options.add(new Option(Kind.UNCERTAIN_STAY, 0, 0, new State(index, state.nextOld(), state.nextNew()), UNCERTAIN_COST));
    }

    /** @return the position of a single label in its numbering (a = 1), or -1 if it is not one */
    private int value(String label) {
        if (style == LabelStyle.LETTER) {
            return label.length() == 1 && label.charAt(0) >= 'a' && label.charAt(0) <= 'z' ? label.charAt(0) - 'a' + 1 : -1;
        }
        if (label.isEmpty() || label.length() > 4 || label.charAt(0) == '0' || !label.chars().allMatch(Character::isDigit)) {
            return -1;
        }
        return Integer.parseInt(label);
    }

    private String label(int value) {
        if (style == LabelStyle.LETTER) {
            return value >= 1 && value <= 26 ? String.valueOf((char) ('a' + value - 1)) : "?";
        }
        return String.valueOf(value);
    }

    private Reading reading(Option option, Token token) {
        return switch (option.kind()) {
            case UNCHANGED -> new Reading(ClauseChange.UNCHANGED, token.written(), token.written());
            case RELABELLED -> new Reading(ClauseChange.RELABELLED, label(option.newValue()), label(option.oldValue()));
            case DELETED -> new Reading(ClauseChange.DELETED, null, token.written());
            case INSERTED -> new Reading(ClauseChange.INSERTED, token.written(), null);
            case UNCERTAIN_JUMP, UNCERTAIN_STAY -> new Reading(ClauseChange.UNCERTAIN, token.written(), null);
        };
    }

    private void warnAbout(Step step, Token token, State state, List<ParseWarning> warnings) {
        Kind kind = step.chosen().kind();
        if (kind == Kind.UNCERTAIN_JUMP || kind == Kind.UNCERTAIN_STAY) {
            warnings.add(new ParseWarning(token.line(), "Line %d: label \"%s\" does not fit the numbering of this section (expected %s); it is kept as written and marked uncertain. Please check."
                    .formatted(token.line(), token.written(), expected(state))));
        } else if (step.tie() != null && step.tie().kind() != Kind.UNCERTAIN_JUMP && step.tie().kind() != Kind.UNCERTAIN_STAY) {
            String why = kind == Kind.DELETED && step.tie().kind() == Kind.INSERTED
                    ? " (Word exports deleted text before inserted text)"
                    : "";
            warnings.add(new ParseWarning(token.line(), "Line %d: label \"%s\" can be read in more than one way; it was read as %s rather than as %s%s. Please confirm."
                    .formatted(token.line(), token.written(), describe(step.chosen()), describe(step.tie()), why)));
        }
    }

    private String expected(State state) {
        if (!trackedChanges || state.nextOld() == state.nextNew()) {
            return label(state.nextNew());
        }
        return label(state.nextNew()) + ", or " + label(state.nextOld()) + " in the previous revision";
    }

    private String describe(Option option) {
        String noun = style == LabelStyle.LETTER ? "item" : "clause";
        return switch (option.kind()) {
            case UNCHANGED -> "an unchanged " + noun + " " + label(option.newValue());
            case RELABELLED -> noun + " " + label(option.oldValue()) + " renumbered " + label(option.newValue());
            case DELETED -> "a deleted " + noun + " " + label(option.oldValue());
            case INSERTED -> "an inserted " + noun + " " + label(option.newValue());
            case UNCERTAIN_JUMP, UNCERTAIN_STAY -> "an uncertain " + noun;
        };
    }

    private Result keepAsWritten() {
        List<Reading> readings = new ArrayList<>();
        for (Token token : tokens) {
            readings.add(new Reading(ClauseChange.UNCERTAIN, token.written(), null));
        }
        int line = tokens.isEmpty() ? 0 : tokens.get(0).line();
        return new Result(readings, List.of(new ParseWarning(line,
                "Line %d: this section has too many labels to work out its numbering; all labels are kept as written and marked uncertain."
                        .formatted(line))));
    }
}
