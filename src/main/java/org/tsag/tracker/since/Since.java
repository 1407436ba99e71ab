package org.tsag.tracker.since;

import java.time.LocalDate;
import java.util.List;

/**
 * What moved between two days, rebuilt from the event history (no snapshots). The state of an item
 * on a day is its latest event that occurred on or before that day. Only the two end states are
 * compared: an item whose status went A to B and back to A is not "changed"; an item created and
 * closed inside the window is both "added" and "closed". An item exists from its first report or
 * from the day it was entered, whichever is earlier.
 *
 * @param from       the first day's label (a meeting code or an ISO date)
 * @param fromDate   the state before the window: the end of this day
 * @param to         the last day's label
 * @param toDate     the state after the window: the end of this day
 */
public record Since(
        String from,
        LocalDate fromDate,
        String to,
        LocalDate toDate,
        List<Change> added,
        List<Change> closed,
        List<Change> statusChanged,
        List<Change> progressChanged,
        List<Change> becameOverdue) {

    /** One item's old and new values; {@code before} values are null when the item had no report yet. */
    public record Change(
            String plan,
            String code,
            String title,
            String statusBefore,
            String statusAfter,
            Integer progressBefore,
            Integer progressAfter,
            LocalDate deadline) {
    }

    /** A meeting that can bound the window: its code, kind (TSAG, WTSA, ...) and days. */
    public record MeetingOption(String code, String kind, LocalDate start, LocalDate end) {
    }
}
