package org.tsag.tracker.resolution.parse;

/** What the parser took an input line to be; lets an importer show how each line was read. */
public enum LineRole {
    HEADER,
    TITLE,
    HISTORY,
    ASSEMBLY,
    HEADING,
    /** The first line of a clause. */
    CLAUSE,
    SUB_ITEM,
    /** A line without a label, added to the clause (or the wrapped heading) above it. */
    CONTINUATION,
    FOOTNOTE,
    /** Listed in {@link ParsedResolution#ignored()} with the reason. */
    IGNORED
}
