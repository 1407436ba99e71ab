package org.tsag.tracker.status;

import java.time.LocalDate;
import java.util.List;

/**
 * A report on the implementation of an operative clause in a study period. The author is the
 * signed-in user. Reports are never changed once written; a mistake is corrected by a new one.
 *
 * @param kind REPORT, CORRECTION, CARRY_OVER, REOPEN or DECISION
 */
public record NewClauseEvent(
        long clauseId,
        String studyPeriod,
        String kind,
        String status,
        Integer progress,
        String rag,
        String narrative,
        LocalDate occurredOn,
        List<Evidence> evidence) {

    public NewClauseEvent {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
