package org.tsag.tracker.dashboard.ui;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.NativeDetails;
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
import org.tsag.tracker.i18n.Languages;
import org.tsag.tracker.i18n.LocaleFormats;

/**
 * The start page: key figures that link to the filtered item grid, and charts drawn as SVG on the
 * server. Charts are shown as images (an image cannot run script, whatever a label holds) with a
 * table of the same numbers beside them, since links inside an image are inert. The study period
 * is in the URL: {@code ?period=2025-2028}, {@code ?period=all}; without it, the current period.
 * <p>
 * Each chart's table sits in a native disclosure ("Show the figures as a table", a
 * {@code <details>}/{@code <summary>} that keyboards and screen readers know) and is built only
 * while it is open: the tables were half of the state nodes of an open dashboard, which each
 * session keeps in server memory, and the chart images of a node share their bytes
 * ({@link ChartImages}); docs/perf-sessions.md has the figures.
 */
@Route("")
@AnonymousAllowed
class DashboardView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final String ALL = "all";
    /** Rows of each "since" list shown at once; the rest on demand. */
    static final int SINCE_PREVIEW = 10;

    private final DashboardService service;
    private final SinceService since;
    private final ChartImages images;
    /** The charts whose table the user opened: a live update rebuilds them open. */
    private final java.util.Set<String> openTables = new java.util.HashSet<>();

    // what is on screen, so that a live update replaces only the parts whose numbers changed
    private Dashboard shown;
    /**
     * A fingerprint of the "since" lists on screen, not the lists: with thousands of items they hold
     * hundreds of changes, which every open session kept only to compare them on the next update.
     */
    private SinceShown shownSince = SinceShown.of(java.util.Optional.empty());
    private String from;
    private String to;
    private Component figuresPart;
    private Component sincePart;
    /** The lists inside {@link #sincePart}, null while it shows none. */
    private Component sinceLists;
    private Component entityPart;
    private Component resolutionPart;
    private Component heatmapPart;
    private Component tsagPart;
    private Component progressPart;

    DashboardView(DashboardService service, SinceService since, LiveUpdates live, ChartImages images) {
        this.service = service;
        this.since = since;
        this.images = images;
        addClassName("view");
        setPadding(false);
        live.keepUpdated(this, this::changed);
    }

    /** Read on every visit, so that coming back to the page shows the current figures. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        openTables.clear();
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
        add(tsagPart = forTsagSection(dashboard));
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
        if (!dashboard.progress().isEmpty()) {
            add(progressPart = progressSection(dashboard, charts));
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
        if (!latest.forTsag().equals(shown.forTsag()) || latest.figures().forTsag() != shown.figures().forTsag()) {
            tsagPart = swap(tsagPart, forTsagSection(latest));
        }
        if (progressPart != null && (seriesChanged || !latest.progress().equals(shown.progress()))) {
            progressPart = swap(progressPart, progressSection(latest, charts));
        }
        if (seriesChanged || !latest.heatmap().equals(shown.heatmap())) {
            heatmapPart = swap(heatmapPart, heatmapSection(latest, charts));
        }
        // the section (with its meeting picker) is built only when its lists differ from those on screen
        java.util.Optional<Since> sinceLatest = since.since(from, to, latest.period(), today);
        SinceShown sinceNow = SinceShown.of(sinceLatest);
        if (!sinceNow.equals(shownSince)) {
            if (sinceLists != null && sinceNow.present() && sinceNow.sameWindow(shownSince)) {
                // the same window: the picker and the title stay, only the lists are replaced
                updateSinceLists(sinceLatest.get(), from, to, latest.period(), today, latest);
                shownSince = sinceNow;
            } else {
                sincePart = swap(sincePart, sinceSection(from, to, latest.period(), today, latest, sinceLatest));
            }
        }
        shown = latest;
    }

    /**
     * What identifies the "since" lists on screen: the window, the list sizes and the lists' hash.
     * Two different results with equal sizes and an equal hash would leave the lists as they were
     * until the next change; the full lists are not worth their memory in every session.
     */
    private record SinceShown(boolean present, String from, String to, List<Integer> sizes, int hash) {
        boolean sameWindow(SinceShown other) {
            return present == other.present && java.util.Objects.equals(from, other.from)
                    && java.util.Objects.equals(to, other.to);
        }

        static SinceShown of(java.util.Optional<Since> since) {
            return since.map(s -> new SinceShown(true, s.from(), s.to(),
                            List.of(s.added().size(), s.closed().size(), s.statusChanged().size(),
                                    s.progressChanged().size(), s.becameOverdue().size()),
                            s.hashCode()))
                    .orElse(new SinceShown(false, null, null, List.of(), 0));
        }
    }

    /** The chart series: status codes and names, not their counts. */
    private static List<String> statusNames(Dashboard dashboard) {
        return dashboard.statuses().stream().map(s -> s.code() + "=" + s.name()).toList();
    }

    /** Like {@link #swap} for a component deeper down: it takes the old one's place in its parent. */
    private static Component swapInside(Component old, Component fresh) {
        com.vaadin.flow.dom.Element parent = old.getElement().getParent();
        if (parent != null) {
            parent.insertChild(parent.indexOfChild(old.getElement()), fresh.getElement());
            old.getElement().removeFromParent();
        }
        return fresh;
    }

    private Component swap(Component old, Component fresh) {
        if (old != null && old.getParent().isPresent()) {
            replace(old, fresh);
        }
        return fresh;
    }

    /** The items by status at each TSAG meeting of the period, with the same numbers as a table. */
    private Component progressSection(Dashboard dashboard, DashboardCharts charts) {
        return section("chart-progress", getTranslation("chart.progress.title"), charts.progress().toSvg(),
                () -> progressTable(dashboard, charts));
    }

    private Component progressTable(Dashboard dashboard, DashboardCharts charts) {
        NativeTable table = new NativeTable();
        table.setId("chart-progress-table");
        table.addClassName("dash-table");
        NativeTableRow head = new NativeTableRow(new NativeTableHeaderCell(getTranslation("chart.progress.when")));
        dashboard.statuses().forEach(s -> head.add(new NativeTableHeaderCell(charts.statusName(s.code()))));
        head.add(new NativeTableHeaderCell(getTranslation("chart.progress.total")));
        table.add(new NativeTableHeader(head));
        NativeTableBody body = new NativeTableBody();
        for (Dashboard.Milestone milestone : dashboard.progress()) {
            NativeTableRow tr = new NativeTableRow();
            NativeTableHeaderCell when = new NativeTableHeaderCell();
            when.add(new Anchor(charts.milestoneLink(milestone, null), charts.milestoneLabel(milestone)));
            tr.add(when);
            for (var status : dashboard.statuses()) {
                tr.add(new NativeTableCell(String.valueOf(milestone.countByStatus().getOrDefault(status.code(), 0))));
            }
            tr.add(new NativeTableCell(String.valueOf(milestone.total())));
            body.add(tr);
        }
        table.add(body);
        return table;
    }

    private static String first(BeforeEnterEvent event, String name) {
        List<String> values = event.getLocation().getQueryParameters().getParameters().getOrDefault(name, List.of());
        return values.isEmpty() ? null : values.getFirst();
    }

    /** Items that moved between two meetings or days ({@code ?from=&to=}, meeting codes or ISO dates). */
    private Component sinceSection(String from, String to, String period, LocalDate today, Dashboard dashboard) {
        return sinceSection(from, to, period, today, dashboard, since.since(from, to, period, today));
    }

    private Component sinceSection(String from, String to, String period, LocalDate today, Dashboard dashboard,
                                   java.util.Optional<Since> result) {
        Div section = new Div();
        section.setId("since");
        section.addClassName("dash-section");
        // without a choice in the URL the window starts at the last TSAG meeting: the picker shows it
        String shownFrom = from != null ? from : result.map(Since::from).orElse(null);
        SincePicker picker = new SincePicker(since.meetings(), shownFrom, to, (newFrom, newTo) ->
                getUI().ifPresent(ui -> ui.navigate(DashboardView.class, sinceParameters(period, newFrom, newTo))));
        shownSince = SinceShown.of(result);
        sinceLists = null;
        if (result.isEmpty()) {
            section.add(new H3(getTranslation("since.title.none")), picker);
            return section;
        }
        Since s = result.get();
        LocaleFormats formats = LocaleFormats.of(getLocale());
        section.add(new H3(getTranslation("since.title", formats.label(s.from()), formats.label(s.to()))), picker);
        section.add(sinceLists = sinceLists(s, from, to, period, today, dashboard));
        return section;
    }

    /** The five lists of changes: their id, title and which list of {@link Since} they show. */
    private record SinceList(String id, String titleKey, java.util.function.Function<Since, List<Since.Change>> list) {
    }

    private static final List<SinceList> SINCE_LISTS = List.of(
            new SinceList("since-added", "since.added", Since::added),
            new SinceList("since-closed", "since.closed", Since::closed),
            new SinceList("since-status", "since.status", Since::statusChanged),
            new SinceList("since-progress", "since.progress", Since::progressChanged),
            new SinceList("since-overdue", "since.overdue", Since::becameOverdue));

    /** The lists on screen by id, and what each showed (size and hash), so that a live update replaces only those that differ. */
    private final Map<String, Component> sinceListParts = new java.util.HashMap<>();
    private final Map<String, List<Integer>> sinceListShown = new java.util.HashMap<>();

    /** The five lists of changes, in a container of their own. */
    private Component sinceLists(Since s, String from, String to, String period, LocalDate today, Dashboard dashboard) {
        Div lists = new Div();
        lists.addClassName("since-lists");
        SinceRequest again = sinceRequest(from, to, period, today, dashboard);
        sinceListParts.clear();
        sinceListShown.clear();
        for (SinceList list : SINCE_LISTS) {
            Component part = changes(list.id(), list.titleKey(), list.list().apply(s), again, list.list());
            sinceListParts.put(list.id(), part);
            sinceListShown.put(list.id(), fingerprint(list.list().apply(s)));
            lists.add(part);
        }
        return lists;
    }

    /**
     * A live update in the same window: only the lists whose rows differ are built again. A status
     * change usually touches one or two of the five; rebuilding all of them in every open session
     * was most of the time a change took to reach 500 screens.
     */
    private void updateSinceLists(Since s, String from, String to, String period, LocalDate today, Dashboard dashboard) {
        SinceRequest again = sinceRequest(from, to, period, today, dashboard);
        for (SinceList list : SINCE_LISTS) {
            List<Integer> now = fingerprint(list.list().apply(s));
            Component old = sinceListParts.get(list.id());
            if (old != null && !now.equals(sinceListShown.get(list.id()))) {
                sinceListParts.put(list.id(),
                        swapInside(old, changes(list.id(), list.titleKey(), list.list().apply(s), again, list.list())));
                sinceListShown.put(list.id(), now);
            }
        }
    }

    private static List<Integer> fingerprint(List<Since.Change> changes) {
        return List.of(changes.size(), changes.hashCode());
    }

    /** The rest of a long list is read again on demand rather than kept in the session. */
    private static SinceRequest sinceRequest(String from, String to, String period, LocalDate today, Dashboard dashboard) {
        Map<String, String> statusNames = new java.util.HashMap<>();
        dashboard.statuses().forEach(st -> statusNames.put(st.code(), st.name()));
        return new SinceRequest(from, to, period, today, Map.copyOf(statusNames));
    }

    private static QueryParameters sinceParameters(String period, String from, String to) {
        Map<String, List<String>> parameters = new java.util.LinkedHashMap<>();
        parameters.put("period", List.of(period == null ? ALL : period));
        if (from != null) {
            parameters.put("from", List.of(from));
        }
        if (to != null) {
            parameters.put("to", List.of(to));
        }
        return new QueryParameters(parameters);
    }

    /** What {@link SinceService#since} was asked, to ask it again when a user shows a whole list. */
    private record SinceRequest(String from, String to, String period, LocalDate today, Map<String, String> statusNames) {
    }

    /**
     * One list of changes: its first {@value #SINCE_PREVIEW} rows, and a button for the rest. Every
     * row costs server memory for as long as the page is open (about 13 state nodes), and with
     * thousands of items a list can hold hundreds of rows (docs/benchmarks.md, concurrent viewers).
     */
    private Component changes(String id, String titleKey, List<Since.Change> changes, SinceRequest again,
                              java.util.function.Function<Since, List<Since.Change>> list) {
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
        changes.stream().limit(SINCE_PREVIEW).forEach(c -> body.add(changeRow(c, again.statusNames())));
        table.add(body);
        Div scroll = new Div(table);
        scroll.addClassName("dash-table-wrap");
        block.add(scroll);
        if (changes.size() > SINCE_PREVIEW) {
            Button more = new Button(getTranslation("since.more", changes.size()));
            more.setId(id + "-more");
            more.addClassName("since-more");
            more.addClickListener(e -> {
                since.since(again.from(), again.to(), again.period(), again.today()).map(list).ifPresent(all ->
                        all.stream().skip(SINCE_PREVIEW).forEach(c -> body.add(changeRow(c, again.statusNames()))));
                block.remove(more);
            });
            block.add(more);
        }
        return block;
    }

    private NativeTableRow changeRow(Since.Change c, Map<String, String> statusNames) {
        Anchor code = new Anchor("/items/" + encode(c.plan()) + "/" + encode(c.code()), c.plan() + " " + c.code());
        // titles are user text: always set as text, never as HTML
        NativeTableCell title = new NativeTableCell();
        title.setText(c.title());
        return new NativeTableRow(
                new NativeTableCell(code),
                title,
                new NativeTableCell(arrow(statusName(c.statusBefore(), statusNames), statusName(c.statusAfter(), statusNames))),
                new NativeTableCell(arrow(percent(c.progressBefore()), percent(c.progressAfter()))),
                new NativeTableCell(LocaleFormats.of(getLocale()).date(c.deadline())));
    }

    /** As {@link DashboardCharts#statusName}: the translation, else the status table's name. */
    private String statusName(String code, Map<String, String> names) {
        if (code == null) {
            return null;
        }
        String key = "status." + code;
        String translated = getTranslation(key);
        return translated.contains(key) ? names.getOrDefault(code, code) : translated;
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
        Div figures = new Div(
                figure("figure-total", f.total(), getTranslation("dashboard.figure.total"),
                        GridLinks.items().with("period", period)),
                figure("figure-completed", f.completed(), getTranslation("dashboard.figure.completed"),
                        GridLinks.items().with("status", "COMPLETED").with("period", period)),
                figure("figure-on-track", f.onTrack(), getTranslation("dashboard.figure.on-track"),
                        GridLinks.items().with("health", "on-track").with("period", period).with("sort", "status")),
                figure("figure-at-risk", f.atRisk(), getTranslation("dashboard.figure.at-risk"),
                        GridLinks.items().with("health", "at-risk").with("period", period).with("sort", "status")),
                figure("figure-overdue", f.overdue(), getTranslation("dashboard.figure.overdue"),
                        GridLinks.items().with("overdue", "true").with("period", period).with("sort", "due")),
                figure("figure-tsag", f.forTsag(), getTranslation("dashboard.figure.tsag"), tsagLink(dashboard)),
                figure("figure-due", f.dueBeforeNextMeeting(),
                        f.nextMeeting() == null
                                ? getTranslation("dashboard.figure.due.none")
                                : getTranslation("dashboard.figure.due", f.nextMeeting(), LocaleFormats.of(getLocale()).date(f.nextMeetingStart())),
                        f.dueWithinDays() == null ? GridLinks.items().with("period", period)
                                : GridLinks.items().with("due", String.valueOf(f.dueWithinDays())).with("period", period).with("sort", "due")));
        figures.addClassName("figures");
        figures.setId("dashboard-figures");
        return figures;
    }

    /** Open items for which TSAG itself is responsible: the same filter as the figure. */
    private static GridLinks tsagLink(Dashboard dashboard) {
        return GridLinks.items()
                .with("status", String.join(",", dashboard.figures().openStatuses()))
                .with("entity", "TSAG")
                .with("role", "responsible")
                .with("period", dashboard.period())
                .with("sort", "due");
    }

    /** What TSAG itself must act on, earliest deadline first, with a link to all of them. */
    private Component forTsagSection(Dashboard dashboard) {
        Div section = new Div(new H3(getTranslation("dashboard.tsag.title")));
        section.setId("for-tsag");
        section.addClassName("dash-section");
        if (dashboard.forTsag().isEmpty()) {
            section.add(new Paragraph(getTranslation("dashboard.tsag.none")));
            return section;
        }
        NativeTable table = new NativeTable();
        table.addClassName("dash-table");
        table.add(new NativeTableHeader(new NativeTableRow(
                new NativeTableHeaderCell(getTranslation("since.column.item")),
                new NativeTableHeaderCell(getTranslation("since.column.title")),
                new NativeTableHeaderCell(getTranslation("dashboard.tsag.status")),
                new NativeTableHeaderCell(getTranslation("since.column.deadline")))));
        NativeTableBody body = new NativeTableBody();
        DashboardCharts charts = new DashboardCharts(this, dashboard);
        for (org.tsag.tracker.item.ItemRow row : dashboard.forTsag()) {
            NativeTableCell title = new NativeTableCell();
            title.setText(row.title());
            LocalDate deadline = row.deadline();
            boolean late = deadline != null && deadline.isBefore(LocalDate.now());
            NativeTableCell due = new NativeTableCell(LocaleFormats.of(getLocale()).date(deadline));
            if (late) {
                due.setText(getTranslation("dashboard.tsag.overdue", LocaleFormats.of(getLocale()).date(deadline)));
                due.addClassName("dash-overdue");
            }
            body.add(new NativeTableRow(
                    new NativeTableCell(new Anchor("/items/" + encode(row.plan()) + "/" + encode(row.code()),
                            row.plan() + " " + row.code())),
                    title,
                    new NativeTableCell(row.status() == null ? charts.statusName("NOT_STARTED") : charts.statusName(row.status())),
                    due));
        }
        table.add(body);
        Div scroll = new Div(table);
        scroll.addClassName("dash-table-wrap");
        Anchor all = new Anchor(tsagLink(dashboard).href(),
                getTranslation("dashboard.tsag.all", dashboard.figures().forTsag()));
        all.setId("for-tsag-all");
        section.add(scroll, all);
        return section;
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
        String svg = charts.bars(titleKey, parameter, counts).toSvg(Languages.rightToLeft(getLocale()));
        return section(id, getTranslation(titleKey), svg, () -> barTable(id, titleKey, parameter, counts, charts));
    }

    private Component barTable(String id, String titleKey, String parameter, List<Dashboard.CategoryCount> counts,
            DashboardCharts charts) {
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
        return table;
    }

    private Component heatmapSection(Dashboard dashboard, DashboardCharts charts) {
        return section("chart-heatmap", getTranslation("chart.heatmap.title"), charts.heatmap().toSvg(),
                () -> heatmapTable(dashboard, charts));
    }

    private Component heatmapTable(Dashboard dashboard, DashboardCharts charts) {
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
                    cell.add(new Anchor(DashboardCharts.clauseLink(row, period), charts.statusName(status)));
                }
                tr.add(cell);
            }
            body.add(tr);
        }
        table.add(body);
        return table;
    }

    private static Dashboard dashboardOf(DashboardCharts charts) {
        return charts.dashboard();
    }

    /**
     * A chart: its title, the image (bytes shared between sessions) and, under a disclosure, the
     * table of the same numbers with its links, built when it is opened and dropped when it is closed.
     */
    private Component section(String id, String title, String svg, java.util.function.Supplier<Component> table) {
        byte[] bytes = images.share(svg);
        Image image = new Image(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(bytes), id + ".svg", "image/svg+xml", bytes.length)),
                getTranslation("dashboard.chart.alt", title, getTranslation("dashboard.chart.table.show")));
        image.setId(id + "-image");
        // the text alternative of the picture is the table of the same figures beside it (issue 15)
        image.getElement().setAttribute("aria-details", id + "-figures");
        image.addClassName("dash-chart");
        Div scroll = new Div();
        scroll.addClassName("dash-table-wrap");
        NativeDetails figures = new NativeDetails(getTranslation("dashboard.chart.table.show"), scroll);
        figures.setId(id + "-figures");
        figures.addClassName("dash-figures");
        figures.addToggleListener(e -> {
            scroll.removeAll();
            if (figures.isOpen()) {
                openTables.add(id);
                scroll.add(table.get());
            } else {
                openTables.remove(id);
            }
        });
        if (openTables.contains(id)) {
            figures.setOpen(true);
            scroll.add(table.get());
        }
        Div section = new Div(new H3(title), image, figures);
        section.setId(id);
        section.addClassName("dash-section");
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.title");
    }
}
