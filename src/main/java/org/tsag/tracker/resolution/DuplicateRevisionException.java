package org.tsag.tracker.resolution;

/** Thrown when a revision (same resolution, place and year) is already stored. */
public class DuplicateRevisionException extends RuntimeException {

    public DuplicateRevisionException(String number, String place, int year) {
        super("Resolution %s (Rev. %s, %d) is already in the database; nothing was imported."
                .formatted(number, place, year));
    }
}
