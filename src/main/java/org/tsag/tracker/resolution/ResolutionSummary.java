package org.tsag.tracker.resolution;

import java.util.List;

/**
 * One line of the resolution list. The revision fields are null when no revision is in force.
 *
 * @param implementation operative clauses of the shown revision by their latest status in the
 *                       current study period (including reports on the clauses they continue);
 *                       a clause without a report takes the status derived from its linked items,
 *                       and counts under status null when it has none
 */
public record ResolutionSummary(
        String number,
        String title,
        String revisionPlace,
        Integer revisionYear,
        int operativeClauses,
        int revisions,
        List<StatusCount> implementation) {

    public ResolutionSummary {
        implementation = List.copyOf(implementation);
    }

    /**
     * @param status  null for "no report in this period" and no linked item to derive one from
     * @param derived how many of the {@code count} clauses have no report of their own, their status
     *                derived from their linked items ({@link org.tsag.tracker.status.DerivedStatus})
     */
    public record StatusCount(String status, String statusName, int count, int derived) {
    }
}
