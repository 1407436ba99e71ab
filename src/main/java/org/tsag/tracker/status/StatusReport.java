package org.tsag.tracker.status;

import java.time.LocalDate;
import java.util.List;

/**
 * A status report written from the UI. When {@code progress} is null and the status implies a
 * progress (completed = 100), the implied value is recorded. {@code correctsEventId} makes the
 * report a correction of an earlier event, which itself stays as it was.
 */
public record StatusReport(
        String status,
        Integer progress,
        String rag,
        String narrative,
        String meetingCode,
        LocalDate occurredOn,
        List<Evidence> evidence,
        Long correctsEventId) {

    public StatusReport {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
