package org.tsag.tracker.report;

import java.time.LocalDate;
import java.util.List;

/**
 * What goes into a report. Empty lists and null values mean "all".
 *
 * @param plans           action plan codes; empty for every plan
 * @param resolutions     resolution numbers; empty for every resolution the items implement (plus
 *                        the items linked to none)
 * @param period          study period code of the items; null for every period
 * @param since           the comparison meeting code (or an ISO date) for "changes since"; null
 *                        for the last TSAG meeting before {@code asOf}
 * @param includeInternal include internal items; honoured for TSB and chairs only
 * @param asOf            the report's date and the end of the "since" window; null for today
 */
public record ReportRequest(
        List<String> plans,
        List<String> resolutions,
        String period,
        String since,
        boolean includeInternal,
        LocalDate asOf) {

    public ReportRequest {
        plans = plans == null ? List.of() : List.copyOf(plans);
        resolutions = resolutions == null ? List.of() : List.copyOf(resolutions);
        period = blankToNull(period);
        since = blankToNull(since);
    }

    /** Everything of one plan in one study period (either may be null for all), without internal items: what a benchmark times. */
    public static ReportRequest of(String plan, String period) {
        return new ReportRequest(plan == null ? List.of() : List.of(plan), List.of(), period, null, false, null);
    }

    public LocalDate day() {
        return asOf == null ? LocalDate.now() : asOf;
    }

    /** A file name such as "TSAG-progress-report-2025-2028-2026-11-28.docx". */
    public String fileName(String extension) {
        String scope = period == null ? "all-periods" : period.replaceAll("[^A-Za-z0-9-]", "");
        return "TSAG-progress-report-" + scope + "-" + day() + "." + extension;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
