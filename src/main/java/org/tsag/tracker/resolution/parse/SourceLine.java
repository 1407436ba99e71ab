package org.tsag.tracker.resolution.parse;

/** How one input line (paragraph for .docx) was read. */
public record SourceLine(int line, LineRole role) {
}
