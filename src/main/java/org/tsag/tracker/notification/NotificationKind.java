package org.tsag.tracker.notification;

/** The kinds of captured changes (column notification_change.kind). */
final class NotificationKind {

    static final String STATUS_REPORT = "STATUS_REPORT";
    static final String FIELD_CHANGE = "FIELD_CHANGE";
    static final String NEW_ITEM = "NEW_ITEM";

    private NotificationKind() {
    }
}
