package org.tsag.tracker.resolution;

import org.tsag.tracker.status.Evidence;
import java.time.LocalDate;
import java.util.List;

/**
 * A status report on the implementation of an operative clause in a study period. Reports made on
 * the clause a clause continues (its lineage) belong to its history too: {@code viaLabel} and
 * {@code viaYear} name the clause the report was made on.
 */
public record ClauseEvent(
        long clauseId,
        long eventId,
        String studyPeriod,
        String kind,
        String status,
        String statusName,
        Integer progress,
        String rag,
        String narrative,
        LocalDate occurredOn,
        String author,
        String viaLabel,
        int viaYear,
        List<Evidence> evidence) {

    public ClauseEvent {
        evidence = List.copyOf(evidence);
    }
}
