package org.tsag.tracker.item;

/**
 * A linked clause whose resolution got a newer revision, and what became of it there (through the
 * clause lineage): it continues as {@code newLabel}, or was deleted ({@code deleted}).
 */
public record ClauseSuccessor(
        String resolution,
        Integer oldYear,
        String oldLabel,
        String newPlace,
        Integer newYear,
        String newLabel,
        boolean deleted) {
}
