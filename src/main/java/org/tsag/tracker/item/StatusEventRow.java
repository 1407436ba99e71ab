package org.tsag.tracker.item;

import org.tsag.tracker.status.Evidence;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A status event of an action item with the item it belongs to and the status it moved from (the
 * status of the item's previous event by date, or null for its first event), for event lists and
 * feeds.
 */
public record StatusEventRow(
        long id,
        String plan,
        String itemCode,
        String itemTitle,
        String kind,
        String status,
        String statusName,
        String previousStatus,
        String previousStatusName,
        Integer progress,
        String rag,
        String narrative,
        String meeting,
        LocalDate occurredOn,
        String author,
        OffsetDateTime recordedAt,
        Long correctsEventId,
        List<Evidence> evidence) {

    public StatusEventRow {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
