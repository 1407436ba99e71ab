package org.tsag.tracker.audit;

import java.time.OffsetDateTime;

/** One change: old and new values as JSON text (only the changed columns for an update). */
public record AuditEntry(
        long id,
        OffsetDateTime occurredAt,
        String actor,
        String action,
        String tableName,
        String rowKey,
        String oldValues,
        String newValues) {
}
