package org.tsag.tracker.status;

import java.time.LocalDate;
import java.util.List;

/**
 * An event of an item's history with the kind and author it gives (the demo data, earlier reports
 * taken over from elsewhere): the report itself, never a correction. Events are never changed
 * once written.
 */
public record NewStatusEvent(long itemId, String kind, StatusReport report, String author) {

    public NewStatusEvent(long itemId, String kind, String status, Integer progress, String rag, String narrative,
                          String meetingCode, LocalDate occurredOn, String author, List<Evidence> evidence) {
        this(itemId, kind, new StatusReport(status, progress, rag, narrative, meetingCode, occurredOn, evidence, null),
                author);
    }
}
