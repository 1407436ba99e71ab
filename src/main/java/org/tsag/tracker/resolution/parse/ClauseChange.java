package org.tsag.tracker.resolution.parse;

/** How a clause relates to the previous revision of the resolution. */
public enum ClauseChange {
    /** Same label in both revisions (its wording may still differ, see {@link ParsedClause#previousText()}). */
    UNCHANGED,
    /** Only in the new revision. */
    INSERTED,
    /** Only in the previous revision. */
    DELETED,
    /** In both revisions under different labels (e.g. clause 5 became clause 8). */
    RELABELLED,
    /** The label does not fit the numbering and could not be explained; a person must decide. */
    UNCERTAIN
}
