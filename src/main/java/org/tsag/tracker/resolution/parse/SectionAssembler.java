package org.tsag.tracker.resolution.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Turns a drafted section into a {@link ParsedSection}, explaining its labels with {@link LabelAlignment}. */
final class SectionAssembler {

    private SectionAssembler() {
    }

    /**
     * @param trackedChanges whether labels may carry flattened tracked changes
     * @param cleanLines     lines a person said carry no tracked change
     * @param flags          receives a flag for every label read as a change
     * @param why            the evidence that switched change-guessing on, for the flags' message
     */
    static ParsedSection assemble(DraftSection draft, boolean trackedChanges, Set<Integer> cleanLines, ParseLog log,
            List<ParseFlag> flags, String why) {
        List<LabelAlignment.Token> tokens = new ArrayList<>();
        for (DraftClause clause : draft.clauses()) {
            if (clause.writtenLabel() != null) {
                tokens.add(new LabelAlignment.Token(clause.writtenLabel(), clause.line()));
            }
        }
        LabelStyle style = draft.style() == null ? LabelStyle.NUMBER : draft.style();
        LabelAlignment.Result alignment = LabelAlignment.align(tokens, style, trackedChanges, cleanLines);
        alignment.warnings().forEach(warning -> log.warn(warning.line(), warning.message()));

        List<ParsedClause> clauses = new ArrayList<>();
        int next = 0;
        for (DraftClause clause : draft.clauses()) {
            LabelAlignment.Reading reading = clause.writtenLabel() == null
                    ? new LabelAlignment.Reading(ClauseChange.UNCHANGED, "", "")
                    : alignment.readings().get(next++);
            clauses.add(new ParsedClause(reading.label(), reading.previousLabel(), reading.change(), clause.text(),
                    clause.subItems(), clause.footnotes(), clause.line(), null));
            if (reading.change() != ClauseChange.UNCHANGED && reading.change() != ClauseChange.UNCERTAIN) {
                flags.add(new ParseFlag(clause.line(), ParseFlag.Kind.GUESSED_CHANGE, clause.writtenLabel(),
                        "Line %d: label \"%s\" was read as %s, because %s Please confirm, or read it as written with no change."
                                .formatted(clause.line(), clause.writtenLabel(), describe(reading), why)));
            }
        }
        Heading heading = draft.heading();
        return new ParsedSection(heading.text(), draft.previousHeading(), heading.kind(), heading.addressee(),
                draft.line(), clauses);
    }

    private static String describe(LabelAlignment.Reading reading) {
        return switch (reading.change()) {
            case DELETED -> "a deleted clause " + reading.previousLabel();
            case INSERTED -> "an inserted clause " + reading.label();
            case RELABELLED -> "clause " + reading.previousLabel() + " renumbered " + reading.label();
            default -> "a clause " + reading.label();
        };
    }
}
