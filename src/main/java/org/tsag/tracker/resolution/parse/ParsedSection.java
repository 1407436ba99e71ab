package org.tsag.tracker.resolution.parse;

import java.util.List;

/**
 * A section of a resolution: a heading such as "noting" or "resolves to instruct TSAG" and its clauses.
 *
 * @param heading         the full heading text in the new revision (for a section that exists only in
 *                        the previous revision: its old heading, with every clause DELETED)
 * @param previousHeading the heading in the previous revision; null if unchanged
 * @param kind            preamble or operative
 * @param addressee       who must act, e.g. "TSAG"; null for preamble sections and plain "resolves"
 * @param line            the input line of the heading
 * @param clauses         in reading order, deleted clauses where they stood
 * @param addressees      the addressee split into the parties it names ("the Secretary-General",
 *                        "the Directors of the three Bureaux"); empty when there is no addressee
 */
public record ParsedSection(String heading, String previousHeading, SectionKind kind, String addressee,
        int line, List<ParsedClause> clauses, List<String> addressees) {

    public ParsedSection {
        clauses = List.copyOf(clauses);
        addressees = List.copyOf(addressees);
    }

    public ParsedSection(String heading, String previousHeading, SectionKind kind, String addressee, int line,
            List<ParsedClause> clauses) {
        this(heading, previousHeading, kind, addressee, line, clauses, Addressees.split(addressee));
    }
}
