package org.tsag.tracker.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.tsag.tracker.item.ItemRow;

/**
 * Everything the dashboard shows for one study period (or all of them when {@code period} is null).
 *
 * @param periods        the study period codes, oldest first, for the selector
 * @param period         the selected study period code, or null for all
 * @param figures        the key figures
 * @param statuses       every status in display order (the series of the charts)
 * @param byEntity       item counts by responsible entity and current status
 * @param byResolution   item counts by resolution and current status
 * @param heatmap        operative clauses in force by study period
 * @param progress       the status of the items at each TSAG meeting of the period, and today
 * @param forTsag        the first open items for which TSAG itself is responsible, earliest deadline first
 */
public record Dashboard(
        List<String> periods,
        String period,
        KeyFigures figures,
        boolean containsSampleData,
        List<DashboardSummary.StatusCount> statuses,
        List<CategoryCount> byEntity,
        List<CategoryCount> byResolution,
        Heatmap heatmap,
        List<Milestone> progress,
        List<ItemRow> forTsag) {

    /** Immutable throughout: one dashboard is shared by every screen of the node that shows it. */
    public Dashboard {
        periods = List.copyOf(periods);
        statuses = List.copyOf(statuses);
        byEntity = List.copyOf(byEntity);
        byResolution = List.copyOf(byResolution);
        progress = List.copyOf(progress);
        forTsag = List.copyOf(forTsag);
    }

    /**
     * The key figures. {@code atRisk}: open items whose latest report is RED or AMBER. {@code onTrack}:
     * open items that are neither at risk nor overdue. {@code dueBeforeNextMeeting}: open items due
     * from today until the day before the next TSAG meeting ({@code dueWithinDays} days), 0 when no
     * meeting is planned. {@code forTsag}: open items for which TSAG itself is responsible.
     */
    public record KeyFigures(
            long total,
            long completed,
            long onTrack,
            long atRisk,
            long overdue,
            long dueBeforeNextMeeting,
            String nextMeeting,
            LocalDate nextMeetingStart,
            Integer dueWithinDays,
            List<String> openStatuses,
            long forTsag) {

        public KeyFigures {
            openStatuses = List.copyOf(openStatuses);
        }
    }

    /** Items of one category (an entity code, a resolution number) in one current status. */
    public record CategoryCount(String category, String status, int count) {
    }

    /** Operative clauses in force (rows) by study period (columns), following clause lineage. */
    public record Heatmap(List<String> periods, List<ClauseRow> rows) {
    }

    /**
     * One clause in force: its resolution, its section heading, its label, and the latest reported
     * status per study period code, taken from the clause itself or, failing that, from the nearest
     * ancestor in its lineage (the same request under an older number); where there is none, derived
     * from the clause's linked items of that period ({@code derivedPeriods}).
     */
    public record ClauseRow(long clauseId, String resolution, String section, String label,
            Map<String, String> statusByPeriod, java.util.Set<String> derivedPeriods) {

        public ClauseRow(long clauseId, String resolution, String section, String label, Map<String, String> statusByPeriod) {
            this(clauseId, resolution, section, label, statusByPeriod, java.util.Set.of());
        }

        /** Whether the period's status is derived from the linked items, the clause having no report then. */
        public boolean derived(String period) {
            return derivedPeriods.contains(period);
        }
    }

    /**
     * The items by status as they stood at the end of a day: the last day of a TSAG meeting, or
     * today ({@code meeting} null). Rebuilt from the event history; an item counts from its first
     * report or from the day it was entered, and an item without a report then is "not started".
     */
    public record Milestone(String meeting, LocalDate day, Map<String, Integer> countByStatus) {
        public int total() {
            return countByStatus.values().stream().mapToInt(Integer::intValue).sum();
        }
    }
}
