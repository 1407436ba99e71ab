package org.tsag.tracker.item;

import org.tsag.tracker.status.Evidence;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** Everything the item page shows about one item, read in one query. */
public record ItemDetail(
        long id,
        String plan,
        String planTitle,
        String rollup,
        String code,
        String parentCode,
        String title,
        String description,
        String owner,
        LocalDate startDate,
        LocalDate dueDate,
        String targetMeeting,
        String priority,
        String period,
        int weight,
        boolean internal,
        boolean sample,
        int version,
        String status,
        Integer progress,
        List<String> responsible,
        List<String> collaborating,
        List<String> reportsTo,
        List<ClauseText> clauses,
        List<Child> children,
        List<Event> events) {

    /** A linked operative clause with its citation and full text. */
    public record ClauseText(String resolution, String place, Integer year, String section, String label, String text) {
    }

    /** A child item and what it contributes to the roll-up. */
    public record Child(String code, String title, String status, Integer progress, int weight) {
    }

    /** A status event with its evidence; {@code correctsEventId} names the event it corrects. */
    public record Event(
            long id,
            String kind,
            String status,
            Integer progress,
            String rag,
            String narrative,
            String meeting,
            String meetingTitle,
            String meetingKind,
            LocalDate occurredOn,
            String author,
            OffsetDateTime recordedAt,
            Long correctsEventId,
            List<Evidence> evidence) {
    }
}
