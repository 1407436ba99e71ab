package org.tsag.tracker.resolution;

import java.util.List;

/**
 * One line of the resolution list. The revision fields are null when no revision is in force.
 *
 * @param implementation operative clauses of the shown revision by their latest status in the
 *                       current study period (including reports on the clauses they continue);
 *                       clauses without a report are counted under status null
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

    /** @param status null for "no report in this period" */
    public record StatusCount(String status, String statusName, int count) {
    }
}
