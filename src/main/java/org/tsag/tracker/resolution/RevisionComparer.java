package org.tsag.tracker.resolution;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;

/**
 * Compares two revisions of a resolution clause by clause and word by word, over the clauses of
 * every revision with their lineage links ({@link RevisionQuery#findLineageClauses}). Pure Java.
 */
final class RevisionComparer {

    private RevisionComparer() {
    }

    /**
     * The clause differences from {@code fromYear} to {@code toYear}: a clause of {@code toYear} is
     * matched with the clause of {@code fromYear} that it continues (following lineage through any
     * revisions in between); what {@code fromYear} has and nothing continues is deleted.
     */
    static List<RevisionComparison.ClauseDiff> diffs(List<RevisionQuery.LineageClause> all, int fromYear, int toYear) {
        Map<Long, RevisionQuery.LineageClause> byId = all.stream()
                .collect(Collectors.toMap(RevisionQuery.LineageClause::id, Function.identity()));
        Set<Long> matched = new HashSet<>();
        List<RevisionComparison.ClauseDiff> diffs = new ArrayList<>();
        for (RevisionQuery.LineageClause clause : all) {
            if (clause.year() != toYear) {
                continue;
            }
            RevisionQuery.LineageClause origin = ancestorIn(clause, fromYear, byId);
            if (origin != null) {
                matched.add(origin.id());
            }
            if (clause.label() == null) {
                // kept in the newer revision as deleted
                diffs.add(deleted(origin != null ? origin : clause));
            } else if (origin == null) {
                diffs.add(new RevisionComparison.ClauseDiff(clause.heading(), prefix(clause),
                        RevisionComparison.Change.ADDED, clause.label(), null, false, true,
                        List.of(new RevisionComparison.Words(RevisionComparison.WordChange.INSERTED, clause.text()))));
            } else {
                List<RevisionComparison.Words> words = wordDiff(origin.text(), clause.text());
                boolean changed = words.stream().anyMatch(w -> w.change() != RevisionComparison.WordChange.EQUAL);
                boolean relabelled = !Objects.equals(origin.label(), clause.label());
                RevisionComparison.Change change = changed ? RevisionComparison.Change.CHANGED
                        : relabelled ? RevisionComparison.Change.RELABELLED : RevisionComparison.Change.UNCHANGED;
                diffs.add(new RevisionComparison.ClauseDiff(clause.heading(), prefix(clause), change,
                        clause.label(), origin.label(), relabelled, changed, words));
            }
        }
        all.stream()
                .filter(c -> c.year() == fromYear && c.label() != null && !matched.contains(c.id()))
                .forEach(c -> diffs.add(deleted(c)));
        return diffs;
    }

    private static RevisionComparison.ClauseDiff deleted(RevisionQuery.LineageClause old) {
        String label = old.label() != null ? old.label() : old.previousLabel();
        return new RevisionComparison.ClauseDiff(old.heading(), prefix(old), RevisionComparison.Change.DELETED,
                null, label, false, true,
                List.of(new RevisionComparison.Words(RevisionComparison.WordChange.DELETED, old.text())));
    }

    private static RevisionQuery.LineageClause ancestorIn(RevisionQuery.LineageClause clause, int year,
                                                                 Map<Long, RevisionQuery.LineageClause> byId) {
        Set<Long> seen = new HashSet<>();
        RevisionQuery.LineageClause current = clause.previousClauseId() == null ? null
                : byId.get(clause.previousClauseId());
        while (current != null && seen.add(current.id())) {
            if (current.year() == year) {
                return current.label() != null ? current : null;
            }
            current = current.previousClauseId() == null ? null : byId.get(current.previousClauseId());
        }
        return null;
    }

    /** "TSB" for a section addressed to TSB, else the heading: what citations put before the label. */
    private static String prefix(RevisionQuery.LineageClause clause) {
        return "OPERATIVE".equals(clause.kind()) && clause.addresseeCode() != null
                ? clause.addresseeCode() : clause.heading();
    }

    /** Word-level differences by java-diff-utils over word tokens (whitespace is not compared). */
    static List<RevisionComparison.Words> wordDiff(String before, String after) {
        List<String> from = tokens(before);
        List<String> to = tokens(after);
        List<RevisionComparison.Words> words = new ArrayList<>();
        int position = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(from, to).getDeltas()) {
            int start = delta.getSource().getPosition();
            add(words, RevisionComparison.WordChange.EQUAL, from.subList(position, start));
            add(words, RevisionComparison.WordChange.DELETED, delta.getSource().getLines());
            add(words, RevisionComparison.WordChange.INSERTED, delta.getTarget().getLines());
            position = start + delta.getSource().size();
        }
        add(words, RevisionComparison.WordChange.EQUAL, from.subList(position, from.size()));
        return words;
    }

    private static List<String> tokens(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return List.of(text.trim().split("\\s+"));
    }

    private static void add(List<RevisionComparison.Words> words, RevisionComparison.WordChange change,
                            List<String> tokens) {
        if (!tokens.isEmpty()) {
            words.add(new RevisionComparison.Words(change, String.join(" ", tokens)));
        }
    }
}
