package org.tsag.tracker.resolution.parse;

import java.util.ArrayList;
import java.util.List;

/** Turns a drafted section into a {@link ParsedSection}, explaining its labels with {@link LabelAlignment}. */
final class SectionAssembler {

    private SectionAssembler() {
    }

    /** @param trackedChanges whether labels may carry flattened tracked changes */
    static ParsedSection assemble(DraftSection draft, boolean trackedChanges, ParseLog log) {
        List<LabelAlignment.Token> tokens = new ArrayList<>();
        for (DraftClause clause : draft.clauses()) {
            if (clause.writtenLabel() != null) {
                tokens.add(new LabelAlignment.Token(clause.writtenLabel(), clause.line()));
            }
        }
        LabelStyle style = draft.style() == null ? LabelStyle.NUMBER : draft.style();
        LabelAlignment.Result alignment = LabelAlignment.align(tokens, style, trackedChanges);
        alignment.warnings().forEach(warning -> log.warn(warning.line(), warning.message()));

        List<ParsedClause> clauses = new ArrayList<>();
        int next = 0;
        for (DraftClause clause : draft.clauses()) {
            LabelAlignment.Reading reading = clause.writtenLabel() == null
                    ? new LabelAlignment.Reading(ClauseChange.UNCHANGED, "", "")
                    : alignment.readings().get(next++);
            clauses.add(new ParsedClause(reading.label(), reading.previousLabel(), reading.change(), clause.text(),
                    clause.subItems(), clause.footnotes(), clause.line(), null));
        }
        Heading heading = draft.heading();
        return new ParsedSection(heading.text(), draft.previousHeading(), heading.kind(), heading.addressee(),
                draft.line(), clauses);
    }
}
