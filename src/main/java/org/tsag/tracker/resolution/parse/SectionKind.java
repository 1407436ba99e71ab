package org.tsag.tracker.resolution.parse;

/** Whether a section gives context (lettered preamble items) or asks for action (numbered clauses). */
public enum SectionKind {
    /** considering, recognizing, noting, ... */
    PREAMBLE,
    /** resolves, instructs, invites, encourages, ...: the clauses whose implementation is tracked. */
    OPERATIVE
}
