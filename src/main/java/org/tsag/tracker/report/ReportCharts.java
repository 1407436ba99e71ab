package org.tsag.tracker.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tsag.tracker.chart.Heatmap;
import org.tsag.tracker.chart.StackedBarChart;

/**
 * The report's charts, drawn by the dashboard's chart module from the report's own items, so the
 * figures match the tables below them. Charts in a document carry no links.
 */
final class ReportCharts {

    /** A chart's title (its caption and accessible name) and its SVG. */
    record Chart(String title, String svg) {
    }

    private final Report report;
    private final Wording text;

    ReportCharts(Report report, Wording text) {
        this.report = report;
        this.text = text;
    }

    List<Chart> all() {
        List<Chart> charts = new ArrayList<>();
        if (!report.resolutions().isEmpty() || !report.otherItems().isEmpty()) {
            charts.add(byResolution());
        }
        if (!report.allItems().isEmpty()) {
            charts.add(byEntity());
        }
        // no clause has a reported status of its own (items carry the reports): the grid would be empty
        if (report.heatmap().rows().stream().anyMatch(r -> !r.statusByPeriod().isEmpty())) {
            charts.add(heatmap());
        }
        return charts;
    }

    private List<StackedBarChart.Series> series() {
        return report.statuses().stream().map(s -> new StackedBarChart.Series(s.code(), text.status(s.code(), s.name()))).toList();
    }

    Chart byResolution() {
        Map<String, Map<String, Integer>> table = new LinkedHashMap<>();
        for (Report.ResolutionPart part : report.resolutions()) {
            Map<String, Integer> counts = table.computeIfAbsent(text.get("chart.resolution.bar", part.number()),
                    k -> new LinkedHashMap<>());
            // an item linked to several clauses of the resolution is one item
            Map<Long, String> items = new LinkedHashMap<>();
            part.clauses().forEach(c -> c.items().forEach(i -> items.putIfAbsent(i.id(), i.status())));
            items.values().forEach(status -> counts.merge(status, 1, Integer::sum));
        }
        // the items linked to no reported resolution count too, so that the chart and the text agree (issue 18)
        if (!report.otherItems().isEmpty()) {
            Map<String, Integer> counts = table.computeIfAbsent(text.get("chart.resolution.other"), k -> new LinkedHashMap<>());
            report.otherItems().forEach(i -> counts.merge(i.status(), 1, Integer::sum));
        }
        return bars(text.get("chart.by.resolution"), table);
    }

    Chart byEntity() {
        Map<String, Map<String, Integer>> table = new LinkedHashMap<>();
        // entities in reference order, as in the list of abbreviations
        report.entities().forEach(e -> table.put(e.code(), new LinkedHashMap<>()));
        for (Report.ItemEntry item : report.allItems()) {
            item.responsible().forEach(code -> table.computeIfAbsent(code, k -> new LinkedHashMap<>())
                    .merge(item.status(), 1, Integer::sum));
        }
        table.values().removeIf(Map::isEmpty);
        return bars(text.get("chart.by.entity"), table);
    }

    private Chart bars(String title, Map<String, Map<String, Integer>> table) {
        List<StackedBarChart.Bar> bars = new ArrayList<>();
        table.forEach((category, byStatus) -> {
            List<StackedBarChart.Segment> segments = new ArrayList<>();
            byStatus.forEach((status, count) -> segments.add(new StackedBarChart.Segment(status, count,
                    text.get("chart.segment", category, text.status(report, status), count), null)));
            bars.add(new StackedBarChart.Bar(category, null, segments));
        });
        return new Chart(title, new StackedBarChart(title, series(), bars).toSvg(text.rightToLeft()));
    }

    Chart heatmap() {
        String title = text.get("chart.heatmap");
        List<Heatmap.Row> rows = new ArrayList<>();
        for (Report.HeatmapRow row : report.heatmap().rows()) {
            String citation = report.citation(row.resolution(), row.section(), row.label());
            String label = citation != null ? citation : text.get("chart.heatmap.row", row.resolution(), row.section(), row.label());
            List<Heatmap.Cell> cells = new ArrayList<>();
            for (String period : report.heatmap().periods()) {
                String status = row.statusByPeriod().get(period);
                cells.add(status == null ? null : new Heatmap.Cell(status, text.status(report, status),
                        text.get("chart.heatmap.cell", label, period, text.status(report, status)), null));
            }
            rows.add(new Heatmap.Row(label, cells));
        }
        return new Chart(title, new Heatmap(title, report.heatmap().periods(), series(), rows).toSvg(text.rightToLeft()));
    }
}
