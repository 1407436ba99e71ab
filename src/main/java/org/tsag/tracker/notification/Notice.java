package org.tsag.tracker.notification;

import java.time.OffsetDateTime;

/**
 * A change on a followed item, as the bell lists it.
 *
 * @param kind   STATUS_REPORT, FIELD_CHANGE or NEW_ITEM
 * @param field  the changed field (FIELD_CHANGE)
 * @param status the reported status (STATUS_REPORT)
 */
public record Notice(long id, String kind, String plan, String code, String title, String actor, OffsetDateTime at,
                     String field, String status, boolean unread) {
}
