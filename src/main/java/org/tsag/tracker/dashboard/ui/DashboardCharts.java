package org.tsag.tracker.dashboard.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tsag.tracker.chart.Heatmap;
import org.tsag.tracker.chart.StackedBarChart;
import org.tsag.tracker.dashboard.Dashboard;

/** Turns the dashboard's numbers into the chart module's SVG models, with translated titles and grid links. */
final class DashboardCharts {

    private final Translator translator;
    private final Dashboard dashboard;

    Dashboard dashboard() {
        return dashboard;
    }

    DashboardCharts(Translator translator, Dashboard dashboard) {
        this.translator = translator;
        this.dashboard = dashboard;
    }

    String statusName(String code) {
        String key = "status." + code;
        String translated = translator.get(key);
        if (!translated.contains(key)) {
            return translated;
        }
        return dashboard.statuses().stream()
                .filter(s -> s.code().equals(code))
                .map(s -> s.name())
                .findFirst()
                .orElse(code);
    }

    List<StackedBarChart.Series> series() {
        return dashboard.statuses().stream()
                .map(s -> new StackedBarChart.Series(s.code(), statusName(s.code())))
                .toList();
    }

    /** Category -> status -> count, categories in the repository's order. */
    static Map<String, Map<String, Integer>> table(List<Dashboard.CategoryCount> counts) {
        Map<String, Map<String, Integer>> table = new LinkedHashMap<>();
        for (Dashboard.CategoryCount c : counts) {
            table.computeIfAbsent(c.category(), k -> new LinkedHashMap<>()).put(c.status(), c.count());
        }
        return table;
    }

    /** {@code parameter} is the grid's filter for the category: "entity" or "resolution". */
    StackedBarChart bars(String titleKey, String parameter, List<Dashboard.CategoryCount> counts) {
        List<StackedBarChart.Bar> bars = new ArrayList<>();
        table(counts).forEach((category, byStatus) -> {
            List<StackedBarChart.Segment> segments = new ArrayList<>();
            byStatus.forEach((status, count) -> segments.add(new StackedBarChart.Segment(
                    status,
                    count,
                    translator.get("chart.segment.title", category, statusName(status), count),
                    link(parameter, category, status))));
            bars.add(new StackedBarChart.Bar(category, link(parameter, category, null), segments));
        });
        return new StackedBarChart(translator.get(titleKey), series(), bars);
    }

    String link(String parameter, String category, String status) {
        return GridLinks.items()
                .with(parameter, category)
                // the entity chart counts responsible entities, so its links ask for that role
                .with("role", "entity".equals(parameter) ? "responsible" : null)
                .with("status", status)
                .with("period", dashboard.period())
                .href();
    }

    /**
     * The row's label, clause number first so that the rows of one long section heading still read
     * apart when the chart shortens them: "Res. 68 · 9 · resolves to instruct the Director of TSB".
     */
    static String clauseLabel(Dashboard.ClauseRow row) {
        return "Res. " + row.resolution() + " \u00b7 " + row.label() + " \u00b7 " + shortSection(row.section());
    }

    private static String shortSection(String heading) {
        return heading.replaceAll("\\s+", " ").trim()
                .replace("the Telecommunication Standardization Bureau", "TSB")
                .replace("the Telecommunication Standardization Advisory Group", "TSAG")
                .replace("the Telecommunication Development Bureau", "BDT")
                .replace("the Radiocommunication Bureau", "BR");
    }

    Heatmap heatmap() {
        List<Heatmap.Row> rows = new ArrayList<>();
        for (Dashboard.ClauseRow row : dashboard.heatmap().rows()) {
            List<Heatmap.Cell> cells = new ArrayList<>();
            for (String period : dashboard.heatmap().periods()) {
                String status = row.statusByPeriod().get(period);
                cells.add(status == null ? null : new Heatmap.Cell(
                        status,
                        statusName(status),
                        translator.get(row.derived(period) ? "chart.heatmap.cell.derived"
                                : "chart.heatmap.cell.title", clauseLabel(row), period, statusName(status)),
                        clauseLink(row, period)));
            }
            rows.add(new Heatmap.Row(clauseLabel(row), cells));
        }
        return new Heatmap(translator.get("chart.heatmap.title"), dashboard.heatmap().periods(), series(), rows);
    }

    /** The items that implement this clause (or an earlier version of it) in that period. */
    static String clauseLink(Dashboard.ClauseRow row, String period) {
        return GridLinks.items().with("clause", String.valueOf(row.clauseId())).with("period", period).href();
    }

    String milestoneLabel(Dashboard.Milestone milestone) {
        return milestone.meeting() == null
                ? translator.get("chart.progress.today", milestone.day())
                : translator.get("chart.progress.meeting", milestone.meeting(), milestone.day());
    }

    /**
     * Today's bar opens the grid (the current status is what the grid filters); a meeting's bar opens
     * what moved since that meeting, since the grid cannot filter by a past status.
     */
    String milestoneLink(Dashboard.Milestone milestone, String status) {
        if (milestone.meeting() == null) {
            return GridLinks.items().with("status", status).with("period", dashboard.period()).href();
        }
        return GridLinks.dashboard()
                .with("period", dashboard.period() == null ? DashboardView.ALL : dashboard.period())
                .with("from", milestone.meeting())
                .href() + "#since";
    }

    StackedBarChart progress() {
        List<StackedBarChart.Bar> bars = new ArrayList<>();
        for (Dashboard.Milestone milestone : dashboard.progress()) {
            String label = milestoneLabel(milestone);
            List<StackedBarChart.Segment> segments = new ArrayList<>();
            milestone.countByStatus().forEach((status, count) -> segments.add(new StackedBarChart.Segment(
                    status,
                    count,
                    translator.get("chart.segment.title", label, statusName(status), count),
                    milestoneLink(milestone, status))));
            // the bar's own label is short (the chart leaves 170 px for it); the day is in every tooltip
            String shortLabel = milestone.meeting() == null
                    ? translator.get("chart.progress.today.short") : milestone.meeting();
            bars.add(new StackedBarChart.Bar(shortLabel, milestoneLink(milestone, null), segments));
        }
        return new StackedBarChart(translator.get("chart.progress.title"), series(), bars);
    }
}
