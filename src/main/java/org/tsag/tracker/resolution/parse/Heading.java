package org.tsag.tracker.resolution.parse;

/** A recognized section heading. */
record Heading(String text, SectionKind kind, String addressee) {
}
