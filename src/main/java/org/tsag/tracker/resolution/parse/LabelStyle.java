package org.tsag.tracker.resolution.parse;

/** How the items of a section are marked. */
enum LabelStyle {
    /** a), b), ... (also roman i), ii) for sub-items) */
    LETTER,
    /** 1, 2, ... followed by a tab */
    NUMBER,
    /** –, -, • : always a sub-item */
    BULLET
}
