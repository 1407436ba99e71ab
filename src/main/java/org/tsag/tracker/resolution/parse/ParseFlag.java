package org.tsag.tracker.resolution.parse;

/**
 * A line the parser read one way but a person must confirm before anything is imported.
 *
 * @param line    1-based input line
 * @param kind    what was inferred
 * @param text    the line (or label) as written
 * @param message plain English: what was inferred and why
 */
public record ParseFlag(int line, Kind kind, String text, String message) {

    public enum Kind {
        /** A line read as a section heading although its phrase is not one the parser knows. */
        UNKNOWN_HEADING,
        /** A label or heading read as a flattened tracked change (deleted, inserted, relabelled, joined). */
        GUESSED_CHANGE
    }
}
