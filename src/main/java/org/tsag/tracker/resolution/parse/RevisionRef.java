package org.tsag.tracker.resolution.parse;

/**
 * An assembly that adopted or revised a resolution, as cited in its header and history line,
 * e.g. "New Delhi, 2024".
 */
public record RevisionRef(String place, int year) {

    /** The citation form used in ITU texts: "place, year". */
    @Override
    public String toString() {
        return place + ", " + year;
    }
}
