package org.tsag.tracker.resolution.parse;

/**
 * A recognized section heading.
 *
 * @param known false for a line that reads like a heading by ITU's grammar but uses a phrase the
 *              parser does not know; a person must confirm it
 */
record Heading(String text, SectionKind kind, String addressee, boolean known) {

    Heading(String text, SectionKind kind, String addressee) {
        this(text, kind, addressee, true);
    }
}
