package org.tsag.tracker.meeting.ui;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.tsag.tracker.dashboard.Since;
import org.tsag.tracker.dashboard.SinceService;
import org.tsag.tracker.item.ItemFilter;
import org.tsag.tracker.item.ItemRow;
import org.tsag.tracker.item.ItemService;

/**
 * What both meeting views show: every action plan with its visible items, and what changed since
 * the last meeting ({@code from}/{@code to} as the dashboard takes them).
 */
record MeetingDeck(Map<String, List<ItemRow>> plans, Optional<Since> since) {

    /** More items than a plan has in practice; the slides are not paged. */
    private static final int MAX_ITEMS = 1000;

    static MeetingDeck load(ItemService items, SinceService sinceService, String from, String to) {
        Map<String, List<ItemRow>> plans = new LinkedHashMap<>();
        for (String plan : items.options().plans()) {
            List<ItemRow> rows = items.find(ItemFilter.NONE.withPlan(plan), 0, MAX_ITEMS, List.of());
            if (!rows.isEmpty()) {
                plans.put(plan, rows);
            }
        }
        return new MeetingDeck(plans, sinceService.since(from, to, null, LocalDate.now()));
    }

    /** The items of this plan whose status changed in the window. */
    List<Since.Change> statusChanges(String plan) {
        return since.map(s -> s.statusChanged().stream().filter(c -> c.plan().equals(plan)).toList()).orElse(List.of());
    }

    /** The overview slide and one slide per plan. */
    int slideCount() {
        return 1 + plans.size();
    }
}
