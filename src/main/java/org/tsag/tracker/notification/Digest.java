package org.tsag.tracker.notification;

import org.tsag.tracker.status.Evidence;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

/**
 * What one e-mail tells one user: the news on the items they follow in the period, what became
 * overdue in it, and what is due before the next TSAG meeting. A meeting reminder uses
 * {@code dueSoon} for the items without a report since the last meeting.
 */
record Digest(
        Recipient recipient,
        Frequency kind,
        Instant start,
        Instant end,
        LocalDate asOf,
        List<ItemNews> news,
        List<DueItem> becameOverdue,
        List<DueItem> dueSoon,
        MeetingRef nextMeeting) {

    boolean hasNews() {
        return !news.isEmpty() || !becameOverdue.isEmpty();
    }

    /** A user who may get e-mails. */
    record Recipient(long id, String email, String displayName, Locale locale, boolean seesInternal) {
    }

    /** One followed item and what happened to it. */
    record ItemNews(long itemId, String plan, String code, String title, List<Change> changes) {

        boolean isNew() {
            return changes.stream().anyMatch(c -> NotificationKind.NEW_ITEM.equals(c.kind()));
        }
    }

    /** A captured change: a status report, one changed field, or the item's creation. */
    record Change(long id, String kind, String actor, OffsetDateTime at, String field, String oldValue,
                  String newValue, Report report) {
    }

    /** A status report with its evidence. */
    record Report(LocalDate occurredOn, String status, Integer progress, String rag, String narrative,
                  String meeting, String author, List<Evidence> evidence) {
    }

    /** An open item with its deadline (due date, or else its target meeting's last day). */
    record DueItem(long itemId, String plan, String code, String title, LocalDate deadline, String status) {
    }

    record MeetingRef(long id, String code, String title, LocalDate startDate, LocalDate endDate) {
    }
}
