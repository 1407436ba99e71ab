package org.tsag.tracker.status;

/**
 * The current status of an item is its latest event; an item without any event is not started.
 * In SQL, {@link StatusQuery#status} says the same of {@code action_item.current_status}.
 */
public final class CurrentStatus {

    /** The status of an item nobody has reported on yet. */
    public static final String NOT_STARTED = "NOT_STARTED";

    private CurrentStatus() {
    }

    /** The status code, or {@link #NOT_STARTED} for an item without events. */
    public static String orNotStarted(String code) {
        return code == null ? NOT_STARTED : code;
    }
}
