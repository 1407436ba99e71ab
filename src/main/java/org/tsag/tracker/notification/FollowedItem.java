package org.tsag.tracker.notification;

import java.time.LocalDate;
import java.util.List;

/**
 * An item on "My work": why the user follows it (OWNER, CONTACT, ITEM, PLAN, ENTITY, RESOLUTION),
 * whether it is overdue, and whether it awaits the user's report (they own it or answer for a
 * responsible entity, and it has no report since the last TSAG meeting).
 */
public record FollowedItem(
        long id,
        String plan,
        String code,
        String title,
        String status,
        LocalDate deadline,
        boolean overdue,
        boolean awaitingReport,
        List<String> reasons,
        boolean internal) {
}
