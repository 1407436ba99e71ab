package org.tsag.tracker.resolution.parse;

import java.util.List;

/**
 * A lettered preamble item or a numbered operative clause.
 *
 * @param label         the label in the new revision ("a", "12", or "" for an unnumbered clause);
 *                      null only if the clause exists only in the previous revision
 * @param previousLabel the label in the previous revision; null if the clause was inserted (or its
 *                      old label is unknown, see {@link ClauseChange#UNCERTAIN}). For a text without
 *                      tracked changes it equals {@code label}.
 * @param change        how the clause relates to the previous revision
 * @param text          the clause text without label and footnote markers (for a flattened text it
 *                      may still hold deleted and inserted words side by side)
 * @param subItems      the dash, bullet or roman-numbered lines under the clause; bullets without
 *                      their marker, enumerated ones as "i) text"
 * @param footnotes     the footnote texts referenced from the clause, without their number
 * @param line          the first input line of the clause
 * @param previousText  the text in the previous revision; null unless known exactly (.docx) and different
 */
public record ParsedClause(String label, String previousLabel, ClauseChange change, String text,
        List<String> subItems, List<String> footnotes, int line, String previousText) {

    public ParsedClause {
        subItems = List.copyOf(subItems);
        footnotes = List.copyOf(footnotes);
    }
}
