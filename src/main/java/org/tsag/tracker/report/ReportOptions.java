package org.tsag.tracker.report;

import java.util.List;

/**
 * The choices of the report page, with the defaults it starts from.
 *
 * @param plans          action plans (code, title)
 * @param resolutions    resolutions (number, title)
 * @param periods        study period codes, oldest first
 * @param meetings       TSAG meetings (code, title), newest first, for "changes since"
 * @param defaultPeriod  the study period of today, or null
 * @param defaultSince   the last TSAG meeting before today, or null
 */
public record ReportOptions(
        List<Option> plans,
        List<Option> resolutions,
        List<String> periods,
        List<Option> meetings,
        String defaultPeriod,
        String defaultSince) {

    /** A code and the text shown beside it. */
    public record Option(String code, String label) {
    }
}
