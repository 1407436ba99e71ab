package org.tsag.tracker.notification;

import java.time.OffsetDateTime;

/** A row of the mail outbox, as the admin page lists it. */
public record OutboxEntry(
        long id,
        OffsetDateTime createdAt,
        String recipient,
        String kind,
        OffsetDateTime periodStart,
        OffsetDateTime periodEnd,
        String subject,
        String state,
        int attempts,
        OffsetDateTime nextAttemptAt,
        String lastError,
        OffsetDateTime sentAt) {

    public boolean failed() {
        return "FAILED".equals(state);
    }
}
