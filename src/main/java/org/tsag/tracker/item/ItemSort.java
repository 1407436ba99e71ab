package org.tsag.tracker.item;

import java.util.List;

/**
 * One sort key of the item grid. Keys are an allowlist (see {@link #KEYS}); an empty sort list is
 * the original order of the plans (plan, then position in the plan).
 */
public record ItemSort(String key, boolean descending) {

    public static final List<String> KEYS = List.of("code", "title", "plan", "resolution", "responsible",
            "collaborating", "reportsTo", "owner", "due", "status", "progress", "updated", "period");

    public ItemSort {
        if (!KEYS.contains(key)) {
            throw new IllegalArgumentException("Unknown sort key: " + key);
        }
    }
}
