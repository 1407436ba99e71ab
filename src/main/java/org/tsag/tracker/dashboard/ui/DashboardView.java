package org.tsag.tracker.dashboard.ui;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import org.tsag.tracker.dashboard.Dashboard;
import org.tsag.tracker.dashboard.DashboardService;
import org.tsag.tracker.dashboard.Since;
import org.tsag.tracker.dashboard.SinceService;
import org.tsag.tracker.live.ChangeSet;
import org.tsag.tracker.live.ui.LiveUpdates;

/**
 * The start page: key figures that link to the filtered item grid, and charts drawn as SVG on the
 * server. Charts are shown as images (an image cannot run script, whatever a label holds) with a
 * table of the same numbers beside them, since links inside an image are inert. The study period
 * is in the URL: {@code ?period=2025-2028}, {@code ?period=all}; without it, the current period.
 */
@Route("")
@AnonymousAllowed
class DashboardView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final String ALL = "all";

    private final DashboardService service;
    private final SinceService since;

    // what is on screen, so that a live update replaces only the parts whose numbers changed
    private Dashboard shown;
    private java.util.Optional<Since> shownSince = java.util.Optional.empty();
    private String from;
    private String to;
    private Component figuresPart;
    private Component sincePart;
    private Component entityPart;
    private Component resolutionPart;
    private Component heatmapPart;

    DashboardView(DashboardService service, SinceService since, LiveUpdates live) {
        this.service = service;
        this.since = since;
        addClassName("view");
        setPadding(false);
        live.keepUpdated(this, this::changed);
    }

    /** Read on every visit, so that coming back to the page shows the current figures. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        LocalDate today = LocalDate.now();
        List<String> requested = event.getLocation().getQueryParameters().getParameters().getOrDefault("period", List.of());
        String period = requested.isEmpty() ? service.periodAt(today).orElse(null) : requested.getFirst();
        Dashboard dashboard = service.dashboard(ALL.equals(period) ? null : period, today);

        add(new H2(getTranslation("dashboard.title")));
        if (dashboard.containsSampleData()) {
            Paragraph note = new Paragraph(getTranslation("dashboard.sample.note"));
            note.setId("sample-note");
            add(note);
        }
        add(periodSelector(dashboard));
        shown = dashboard;
        from = first(event, "from");
        to = first(event, "to");
        add(figuresPart = figures(dashboard));
        add(sincePart = sinceSection(from, to, dashboard.period(), today, dashboard));

        DashboardCharts charts = new DashboardCharts(this, dashboard);
        entityPart = null;
        resolutionPart = null;
        if (dashboard.figures().total() == 0) {
            add(new Paragraph(getTranslation("dashboard.empty")));
        } else {
            add(entityPart = barSection("chart-entity", "chart.entity.title", "entity", dashboard.byEntity(), charts));
            add(resolutionPart = barSection("chart-resolution", "chart.resolution.title", "resolution", dashboard.byResolution(), charts));
        }
        add(heatmapPart = heatmapSection(dashboard, charts));
    }

    /**
     * Someone committed a change (live updates): the figures are read again, and only the parts whose
     * numbers differ from those on screen are replaced. When charts appear or go (the first item, the
     * last one), the page is built again.
     */
    void changed(ChangeSet changes) {
        if (shown == null || !(changes.mayAffectItems() || changes.mayAffectClauses())) {
            return;
        }
        LocalDate today = LocalDate.now();
        Dashboard latest = service.dashboard(shown.period(), today);
        if ((latest.figures().total() == 0) != (shown.figures().total() == 0)) {
            getUI().ifPresent(ui -> ui.refreshCurrentRoute(false));
            return;
        }
        DashboardCharts charts = new DashboardCharts(this, latest);
        if (!latest.figures().equals(shown.figures())) {
            figuresPart = swap(figuresPart, figures(latest));
        }
        boolean seriesChanged = !statusNames(latest).equals(statusNames(shown));
        if (entityPart != null && (seriesChanged || !latest.byEntity().equals(shown.byEntity()))) {
            entityPart = swap(entityPart, barSection("chart-entity", "chart.entity.title", "entity", latest.byEntity(), charts));
        }
        if (resolutionPart != null && (seriesChanged || !latest.byResolution().equals(shown.byResolution()))) {
            resolutionPart = swap(resolutionPart,
                    barSection("chart-resolution", "chart.resolution.title", "resolution", latest.byResolution(), charts));
        }
        if (seriesChanged || !latest.heatmap().equals(shown.heatmap())) {
            heatmapPart = swap(heatmapPart, heatmapSection(latest, charts));
        }
        java.util.Optional<Since> before = shownSince;
        Component sinceLatest = sinceSection(from, to, latest.period(), today, latest);
        if (!shownSince.equals(before)) {
            sincePart = swap(sincePart, sinceLatest);
        }
        shown = latest;
    }

    /** The chart series: status codes and names, not their counts. */
    private static List<String> statusNames(Dashboard dashboard) {
        return dashboard.statuses().stream().map(s -> s.code() + "=" + s.name()).toList();
    }

    private Component swap(Component old, Component fresh) {
        if (old != null && old.getParent().isPresent()) {
            replace(old, fresh);
        }
        return fresh;
    }

    private static String first(BeforeEnterEvent event, String name) {
        List<String> values = event.getLocation().getQueryParameters().getParameters().getOrDefault(name, List.of());
        return values.isEmpty() ? null : values.getFirst();
    }

    /** Items that moved between two meetings or days ({@code ?from=&to=}, meeting codes or ISO dates). */
    private Component sinceSection(String from, String to, String period, LocalDate today, Dashboard dashboard) {
        Div section = new Div();
        section.setId("since");
        section.addClassName("dash-section");
        var result = since.since(from, to, period, today);
        shownSince = result;
        if (result.isEmpty()) {
            section.add(new H3(getTranslation("since.title.none")));
            return section;
        }
        Since s = result.get();
        section.add(new H3(getTranslation("since.title", s.from(), s.to())));
        DashboardCharts charts = new DashboardCharts(this, dashboard);
        section.add(changes("since-added", "since.added", s.added(), charts));
        section.add(changes("since-closed", "since.closed", s.closed(), charts));
        section.add(changes("since-status", "since.status", s.statusChanged(), charts));
        section.add(changes("since-progress", "since.progress", s.progressChanged(), charts));
        section.add(changes("since-overdue", "since.overdue", s.becameOverdue(), charts));
        return section;
    }

    private Component changes(String id, String titleKey, List<Since.Change> changes, DashboardCharts charts) {
        Div block = new Div(new com.vaadin.flow.component.html.H4(getTranslation(titleKey, changes.size())));
        block.setId(id);
        if (changes.isEmpty()) {
            return block;
        }
        NativeTable table = new NativeTable();
        table.addClassName("dash-table");
        table.add(new NativeTableHeader(new NativeTableRow(
                new NativeTableHeaderCell(getTranslation("since.column.item")),
                new NativeTableHeaderCell(getTranslation("since.column.title")),
                new NativeTableHeaderCell(getTranslation("since.column.status")),
                new NativeTableHeaderCell(getTranslation("since.column.progress")),
                new NativeTableHeaderCell(getTranslation("since.column.deadline")))));
        NativeTableBody body = new NativeTableBody();
        for (Since.Change c : changes) {
            Anchor code = new Anchor("/items/" + encode(c.plan()) + "/" + encode(c.code()), c.plan() + " " + c.code());
            // titles are user text: always set as text, never as HTML
            NativeTableCell title = new NativeTableCell();
            title.setText(c.title());
            body.add(new NativeTableRow(
                    new NativeTableCell(code),
                    title,
                    new NativeTableCell(arrow(c.statusBefore() == null ? null : charts.statusName(c.statusBefore()),
                            c.statusAfter() == null ? null : charts.statusName(c.statusAfter()))),
                    new NativeTableCell(arrow(percent(c.progressBefore()), percent(c.progressAfter()))),
                    new NativeTableCell(c.deadline() == null ? "" : c.deadline().toString())));
        }
        table.add(body);
        Div scroll = new Div(table);
        scroll.addClassName("dash-table-wrap");
        block.add(scroll);
        return block;
    }

    private String arrow(String before, String after) {
        String none = getTranslation("since.none");
        return (before == null ? none : before) + " \u2192 " + (after == null ? none : after);
    }

    private static String percent(Integer value) {
        return value == null ? null : value + " %";
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private Component periodSelector(Dashboard dashboard) {
        Select<String> select = new Select<>();
        select.setId("dashboard-period");
        select.setLabel(getTranslation("dashboard.period.label"));
        List<String> items = new java.util.ArrayList<>();
        items.add(ALL);
        items.addAll(dashboard.periods());
        select.setItems(items);
        select.setItemLabelGenerator(p -> ALL.equals(p) ? getTranslation("dashboard.period.all") : p);
        select.setValue(dashboard.period() == null ? ALL : dashboard.period());
        select.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                getUI().ifPresent(ui -> ui.navigate(DashboardView.class, QueryParameters.of("period", e.getValue())));
            }
        });
        return select;
    }

    private Component figures(Dashboard dashboard) {
        Dashboard.KeyFigures f = dashboard.figures();
        String period = dashboard.period();
        String open = String.join(",", f.openStatuses());
        Div figures = new Div(
                figure("figure-total", f.total(), getTranslation("dashboard.figure.total"),
                        GridLinks.items().with("period", period)),
                figure("figure-completed", f.completed(), getTranslation("dashboard.figure.completed"),
                        GridLinks.items().with("status", "COMPLETED").with("period", period)),
                // the grid has no RAG filter yet: these two open the open items sorted by status
                figure("figure-on-track", f.onTrack(), getTranslation("dashboard.figure.on-track"),
                        GridLinks.items().with("status", open).with("period", period).with("sort", "status")),
                figure("figure-at-risk", f.atRisk(), getTranslation("dashboard.figure.at-risk"),
                        GridLinks.items().with("status", open).with("period", period).with("sort", "status")),
                figure("figure-overdue", f.overdue(), getTranslation("dashboard.figure.overdue"),
                        GridLinks.items().with("overdue", "true").with("period", period).with("sort", "due")),
                figure("figure-due", f.dueBeforeNextMeeting(),
                        f.nextMeeting() == null
                                ? getTranslation("dashboard.figure.due.none")
                                : getTranslation("dashboard.figure.due", f.nextMeeting(), f.nextMeetingStart()),
                        f.dueWithinDays() == null ? GridLinks.items().with("period", period)
                                : GridLinks.items().with("due", String.valueOf(f.dueWithinDays())).with("period", period).with("sort", "due")));
        figures.addClassName("figures");
        figures.setId("dashboard-figures");
        return figures;
    }

    private static Component figure(String id, long value, String label, GridLinks link) {
        Span number = new Span(String.valueOf(value));
        number.addClassName("figure-value");
        Span text = new Span(label);
        text.addClassName("figure-label");
        Anchor figure = new Anchor(link.href());
        figure.add(number, text);
        figure.setId(id);
        figure.addClassNames("figure", "dash-figure");
        return figure;
    }

    private Component barSection(String id, String titleKey, String parameter, List<Dashboard.CategoryCount> counts,
            DashboardCharts charts) {
        String svg = charts.bars(titleKey, parameter, counts).toSvg();
        NativeTable table = new NativeTable();
        table.setId(id + "-table");
        table.addClassName("dash-table");
        NativeTableRow head = new NativeTableRow(new NativeTableHeaderCell(getTranslation(titleKey + ".category")));
        Dashboard dashboard = dashboardOf(charts);
        dashboard.statuses().forEach(s -> head.add(new NativeTableHeaderCell(charts.statusName(s.code()))));
        table.add(new NativeTableHeader(head));
        NativeTableBody body = new NativeTableBody();
        for (Map.Entry<String, Map<String, Integer>> row : DashboardCharts.table(counts).entrySet()) {
            NativeTableRow tr = new NativeTableRow();
            NativeTableHeaderCell rowHead = new NativeTableHeaderCell();
            rowHead.add(new Anchor(charts.link(parameter, row.getKey(), null), row.getKey()));
            tr.add(rowHead);
            for (var status : dashboard.statuses()) {
                int count = row.getValue().getOrDefault(status.code(), 0);
                NativeTableCell cell = new NativeTableCell();
                if (count > 0) {
                    cell.add(new Anchor(charts.link(parameter, row.getKey(), status.code()), String.valueOf(count)));
                } else {
                    cell.setText("0");
                }
                tr.add(cell);
            }
            body.add(tr);
        }
        table.add(body);
        return section(id, getTranslation(titleKey), svg, table);
    }

    private Component heatmapSection(Dashboard dashboard, DashboardCharts charts) {
        NativeTable table = new NativeTable();
        table.setId("chart-heatmap-table");
        table.addClassName("dash-table");
        NativeTableRow head = new NativeTableRow(new NativeTableHeaderCell(getTranslation("chart.heatmap.clause")));
        dashboard.heatmap().periods().forEach(p -> head.add(new NativeTableHeaderCell(p)));
        table.add(new NativeTableHeader(head));
        NativeTableBody body = new NativeTableBody();
        for (Dashboard.ClauseRow row : dashboard.heatmap().rows()) {
            NativeTableRow tr = new NativeTableRow(new NativeTableHeaderCell(DashboardCharts.clauseLabel(row)));
            for (String period : dashboard.heatmap().periods()) {
                String status = row.statusByPeriod().get(period);
                NativeTableCell cell = new NativeTableCell();
                if (status == null) {
                    cell.setText("\u2013");
                } else {
                    cell.add(new Anchor(GridLinks.items().with("resolution", row.resolution()).with("period", period).href(),
                            charts.statusName(status)));
                }
                tr.add(cell);
            }
            body.add(tr);
        }
        table.add(body);
        return section("chart-heatmap", getTranslation("chart.heatmap.title"), charts.heatmap().toSvg(), table);
    }

    private static Dashboard dashboardOf(DashboardCharts charts) {
        return charts.dashboard();
    }

    private Component section(String id, String title, String svg, Component table) {
        byte[] bytes = svg.getBytes(StandardCharsets.UTF_8);
        Image image = new Image(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(bytes), id + ".svg", "image/svg+xml", bytes.length)), title);
        image.setId(id + "-image");
        image.addClassName("dash-chart");
        Div scroll = new Div(table);
        scroll.addClassName("dash-table-wrap");
        Div section = new Div(new H3(title), image, scroll);
        section.setId(id);
        section.addClassName("dash-section");
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.title");
    }
}
