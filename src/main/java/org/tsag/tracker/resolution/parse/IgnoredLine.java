package org.tsag.tracker.resolution.parse;

/**
 * An input line (or part of one) that is not part of the parsed structure, with the reason, so that
 * nothing disappears without a trace.
 */
public record IgnoredLine(int line, String text, String reason) {
}
