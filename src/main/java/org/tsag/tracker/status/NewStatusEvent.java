package org.tsag.tracker.status;

import java.time.LocalDate;
import java.util.List;

/** A status report for an item. Events are never changed once written. */
public record NewStatusEvent(
        long itemId,
        String kind,
        String status,
        Integer progress,
        String rag,
        String narrative,
        String meetingCode,
        LocalDate occurredOn,
        String author,
        List<Evidence> evidence) {
}
