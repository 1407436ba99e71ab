package org.tsag.tracker.dashboard;

import java.util.List;

/** The figures on the dashboard. */
public record DashboardSummary(
        long totalItems,
        long resolutions,
        boolean containsSampleData,
        List<StatusCount> byStatus) {

    /** Items whose current status is {@code code}; items with no report yet count as not started. */
    public record StatusCount(String code, String name, int count) {
    }
}
