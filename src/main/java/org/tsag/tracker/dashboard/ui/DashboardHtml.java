package org.tsag.tracker.dashboard.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Element;
import org.tsag.tracker.base.ui.ItemLinks;
import org.tsag.tracker.dashboard.Dashboard;
import org.tsag.tracker.since.Since;
import org.tsag.tracker.i18n.Languages;
import org.tsag.tracker.i18n.LocaleFormats;
import org.tsag.tracker.item.ItemRow;
import org.tsag.tracker.status.CurrentStatus;

/**
 * The dashboard's read-only parts as escaped HTML, built once per node, language and visibility and
 * shared by every open screen (see {@link DashboardFragments}): the key figures, what TSAG must act
 * on, the lists of changes since a meeting, and each chart's image (an SVG kept by {@link ChartImages}
 * under an unguessable name: an image runs no script, whatever a label holds) and table.
 */
final class DashboardHtml {

    private final Translator t;
    private final Dashboard dashboard;
    private final DashboardCharts charts;
    private final ChartImages images;
    private final LocaleFormats formats;
    private final boolean rightToLeft;

    DashboardHtml(Translator t, Dashboard dashboard, ChartImages images, java.util.Locale locale) {
        this.t = t;
        this.dashboard = dashboard;
        this.images = images;
        this.formats = LocaleFormats.of(locale);
        this.rightToLeft = Languages.rightToLeft(locale);
        this.charts = new DashboardCharts(t, dashboard);
    }

    DashboardCharts charts() {
        return charts;
    }

    // ---- key figures

    String figures() {
        Dashboard.KeyFigures f = dashboard.figures();
        String period = dashboard.period();
        Html html = Html.fragment();
        Element root = html.root();
        figure(root, "figure-total", f.total(), t.get("dashboard.figure.total"), GridLinks.items().with("period", period));
        figure(root, "figure-completed", f.completed(), t.get("dashboard.figure.completed"),
                GridLinks.items().with("status", "COMPLETED").with("period", period));
        figure(root, "figure-on-track", f.onTrack(), t.get("dashboard.figure.on-track"),
                GridLinks.items().with("health", "on-track").with("period", period).with("sort", "status"));
        figure(root, "figure-at-risk", f.atRisk(), t.get("dashboard.figure.at-risk"),
                GridLinks.items().with("health", "at-risk").with("period", period).with("sort", "status"));
        figure(root, "figure-overdue", f.overdue(), t.get("dashboard.figure.overdue"),
                GridLinks.items().with("overdue", "true").with("period", period).with("sort", "due"));
        figure(root, "figure-tsag", f.forTsag(), t.get("dashboard.figure.tsag"), tsagLink(dashboard));
        figure(root, "figure-due", f.dueBeforeNextMeeting(),
                f.nextMeeting() == null
                        ? t.get("dashboard.figure.due.none")
                        : t.get("dashboard.figure.due", f.nextMeeting(), formats.date(f.nextMeetingStart())),
                f.dueWithinDays() == null ? GridLinks.items().with("period", period)
                        : GridLinks.items().with("due", String.valueOf(f.dueWithinDays())).with("period", period).with("sort", "due"));
        return html.inner();
    }

    private static void figure(Element parent, String id, long value, String label, GridLinks link) {
        Element figure = parent.appendElement("a").attr("href", link.href()).id(id).addClass("figure").addClass("dash-figure");
        Html.text(figure, "span", String.valueOf(value)).addClass("figure-value");
        Html.text(figure, "span", label).addClass("figure-label");
    }

    /** Open items for which TSAG itself is responsible: the same filter as the figure. */
    static GridLinks tsagLink(Dashboard dashboard) {
        return GridLinks.items()
                .with("status", String.join(",", dashboard.figures().openStatuses()))
                .with("entity", "TSAG")
                .with("role", "responsible")
                .with("period", dashboard.period())
                .with("sort", "due");
    }

    // ---- what TSAG must act on

    String forTsag(LocalDate today) {
        Html html = Html.fragment();
        Element root = html.root();
        Html.text(root, "h3", t.get("dashboard.tsag.title"));
        if (dashboard.forTsag().isEmpty()) {
            Html.text(root, "p", t.get("dashboard.tsag.none"));
            return html.inner();
        }
        Element body = Html.table(root, null, t.get("since.column.item"), t.get("since.column.title"),
                t.get("dashboard.tsag.status"), t.get("since.column.deadline"));
        for (ItemRow row : dashboard.forTsag()) {
            Element tr = body.appendElement("tr");
            itemLink(tr.appendElement("td"), row.plan(), row.code());
            Html.text(tr, "td", row.title());
            Html.text(tr, "td", charts.statusName(CurrentStatus.orNotStarted(row.status())));
            LocalDate deadline = row.deadline();
            Element due = Html.text(tr, "td", formats.date(deadline));
            if (deadline != null && deadline.isBefore(today)) {
                due.text(t.get("dashboard.tsag.overdue", formats.date(deadline))).addClass("dash-overdue");
            }
        }
        Html.link(root, tsagLink(dashboard).href(), t.get("dashboard.tsag.all", dashboard.figures().forTsag()))
                .id("for-tsag-all");
        return html.inner();
    }

    private static void itemLink(Element cell, String plan, String code) {
        // codes read left to right in every language (68-3 stays 68-3), and never break inside ("68-" over "3")
        Html.link(cell, ItemLinks.href(plan, code), plan + " " + code).attr("dir", "ltr").addClass("dash-code");
    }

    // ---- lists of changes since a meeting

    /** The five kinds of change: their key and which list of {@link Since} holds them. */
    record Kind(String key, java.util.function.Function<Since, List<Since.Change>> list) {
    }

    static final List<Kind> KINDS = List.of(
            new Kind("added", Since::added),
            new Kind("closed", Since::closed),
            new Kind("status", Since::statusChanged),
            new Kind("progress", Since::progressChanged),
            new Kind("overdue", Since::becameOverdue));

    /** One item that moved, once, with every kind of change it had (keys of {@link #KINDS}). */
    record ItemChanges(Since.Change change, List<String> kinds) {
    }

    /** Every item that moved, once, by plan and code in natural order (68-2 before 68-10). */
    static List<ItemChanges> byItem(Since since) {
        Map<String, Since.Change> first = new java.util.LinkedHashMap<>();
        Map<String, List<String>> kinds = new java.util.HashMap<>();
        for (Kind kind : KINDS) {
            for (Since.Change c : kind.list().apply(since)) {
                String key = c.plan() + "\u0000" + c.code();
                first.putIfAbsent(key, c);
                kinds.computeIfAbsent(key, k -> new java.util.ArrayList<>()).add(kind.key());
            }
        }
        return first.entrySet().stream()
                .map(e -> new ItemChanges(e.getValue(), List.copyOf(kinds.get(e.getKey()))))
                .sorted(java.util.Comparator.comparing((ItemChanges i) -> i.change().plan(), NaturalOrder.INSTANCE)
                        .thenComparing(i -> i.change().code(), NaturalOrder.INSTANCE))
                .toList();
    }

    /** The window's title, its ends in the reader's format. */
    String sinceTitle(Since since) {
        return t.get("since.title", formats.label(since.from()), formats.label(since.to()));
    }

    /**
     * What moved in the window: a line of counts by kind, then one row per item with what changed on
     * it, its old and new status and progress, and its deadline; the first {@code limit} rows.
     */
    String changes(Since since, List<ItemChanges> items, int limit) {
        Html html = Html.fragment();
        Element root = html.root();
        Html.text(root, "h4", t.get("since.items", items.size()));
        Element counts = root.appendElement("p").addClass("since-counts");
        List<String> parts = new java.util.ArrayList<>();
        for (Kind kind : KINDS) {
            parts.add(t.get("since." + kind.key(), kind.list().apply(since).size()));
        }
        counts.text(String.join(" \u00b7 ", parts));
        if (items.isEmpty()) {
            return html.inner();
        }
        Element body = Html.table(root, null, t.get("since.column.item"), t.get("since.column.title"),
                t.get("since.column.changes"), t.get("since.column.status"), t.get("since.column.progress"),
                t.get("since.column.deadline"));
        items.stream().limit(limit).forEach(item -> {
            Since.Change c = item.change();
            Element tr = body.appendElement("tr");
            itemLink(tr.appendElement("td"), c.plan(), c.code());
            Html.text(tr, "td", c.title());
            Element what = tr.appendElement("td");
            for (String kind : item.kinds()) {
                if (what.childrenSize() > 0) {
                    what.appendText(", ");
                }
                Html.text(what, "span", t.get("since.kind." + kind)).addClass("since-kind").addClass("since-kind-" + kind);
            }
            Html.text(tr, "td", arrow(statusName(c.statusBefore()), statusName(c.statusAfter())));
            Html.text(tr, "td", arrow(percent(c.progressBefore()), percent(c.progressAfter())));
            Html.text(tr, "td", formats.date(c.deadline()));
        });
        return html.inner();
    }

    private String statusName(String code) {
        return code == null ? null : charts.statusName(code);
    }

    private String arrow(String before, String after) {
        String none = t.get("since.none");
        return (before == null ? none : before) + " \u2192 " + (after == null ? none : after);
    }

    private static String percent(Integer value) {
        return value == null ? null : value + " %";
    }

    // ---- charts

    /** A chart: its section id, title, the URL of its image and the table of the same numbers. */
    record Chart(String id, String title, String image, String table) {
    }

    Chart bars(String id, String titleKey, String parameter, List<Dashboard.CategoryCount> counts) {
        String svg = charts.bars(titleKey, parameter, counts).toSvg(rightToLeft);
        return new Chart(id, t.get(titleKey), images.url(svg), barTable(id, titleKey, parameter, counts));
    }

    private String barTable(String id, String titleKey, String parameter, List<Dashboard.CategoryCount> counts) {
        Html html = Html.fragment();
        List<String> headers = new java.util.ArrayList<>();
        headers.add(t.get(titleKey + ".category"));
        dashboard.statuses().forEach(s -> headers.add(charts.statusName(s.code())));
        Element body = Html.table(html.root(), id + "-table", headers.toArray(String[]::new));
        for (Map.Entry<String, Map<String, Integer>> row : DashboardCharts.table(counts).entrySet()) {
            Element tr = body.appendElement("tr");
            Html.link(tr.appendElement("th"), charts.link(parameter, row.getKey(), null), row.getKey());
            for (var status : dashboard.statuses()) {
                int count = row.getValue().getOrDefault(status.code(), 0);
                Element cell = tr.appendElement("td");
                if (count > 0) {
                    Html.link(cell, charts.link(parameter, row.getKey(), status.code()), String.valueOf(count));
                } else {
                    cell.text("0");
                }
            }
        }
        return html.inner();
    }

    Chart progress() {
        Html html = Html.fragment();
        List<String> headers = new java.util.ArrayList<>();
        headers.add(t.get("chart.progress.when"));
        dashboard.statuses().forEach(s -> headers.add(charts.statusName(s.code())));
        headers.add(t.get("chart.progress.total"));
        Element body = Html.table(html.root(), "chart-progress-table", headers.toArray(String[]::new));
        for (Dashboard.Milestone milestone : dashboard.progress()) {
            Element tr = body.appendElement("tr");
            Html.link(tr.appendElement("th"), charts.milestoneLink(milestone, null), charts.milestoneLabel(milestone));
            for (var status : dashboard.statuses()) {
                Html.text(tr, "td", String.valueOf(milestone.countByStatus().getOrDefault(status.code(), 0)));
            }
            Html.text(tr, "td", String.valueOf(milestone.total()));
        }
        return new Chart("chart-progress", t.get("chart.progress.title"), images.url(charts.progress().toSvg(rightToLeft)), html.inner());
    }

    Chart heatmap() {
        Html html = Html.fragment();
        List<String> headers = new java.util.ArrayList<>();
        headers.add(t.get("chart.heatmap.clause"));
        headers.addAll(dashboard.heatmap().periods());
        Element body = Html.table(html.root(), "chart-heatmap-table", headers.toArray(String[]::new));
        for (Dashboard.ClauseRow row : dashboard.heatmap().rows()) {
            Element tr = body.appendElement("tr");
            Html.text(tr, "th", DashboardCharts.clauseLabel(row));
            for (String period : dashboard.heatmap().periods()) {
                String status = row.statusByPeriod().get(period);
                Element cell = tr.appendElement("td");
                if (status == null) {
                    cell.text("\u2013");
                } else {
                    Html.link(cell, DashboardCharts.clauseLink(row, period), charts.statusName(status));
                }
            }
        }
        return new Chart("chart-heatmap", t.get("chart.heatmap.title"), images.url(charts.heatmap().toSvg(rightToLeft)), html.inner());
    }
}
