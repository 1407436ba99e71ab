package org.tsag.tracker.resolution.parse;

/**
 * Something the parser inferred or could not read with certainty, for a person to confirm.
 *
 * @param line    the 1-based input line (paragraph for .docx) it concerns, 0 for the whole text
 * @param message plain English, shown to users
 */
public record ParseWarning(int line, String message) {
}
