package org.tsag.tracker.resolution;

/** One line of the resolution list. The revision fields are null when no revision is in force. */
public record ResolutionSummary(
        String number,
        String title,
        String revisionPlace,
        Integer revisionYear,
        int operativeClauses,
        int revisions) {
}
