package org.tsag.tracker.dashboard.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.tsag.tracker.dashboard.Dashboard;
import org.tsag.tracker.dashboard.DashboardService;
import org.tsag.tracker.live.ChangeSet;
import org.tsag.tracker.live.ui.LiveUpdates;

/**
 * The start page: key figures that link to the filtered item grid, what TSAG must act on, what moved
 * since the last meeting, and charts drawn as SVG on the server, each with a table of the same
 * numbers. The study period is in the URL: {@code ?period=2025-2028}, {@code ?period=all}; without
 * it, the current period.
 * <p>
 * The read-only parts are shared HTML ({@link DashboardFragments}): built once per node for every
 * screen of the same period, language and visibility, escaped by construction ({@link Html}), and
 * shown as one property per part ({@link HtmlPart}). A live update compares the node's new strings
 * with those on screen and sends only the parts that differ; no session builds components for them.
 * The interactive parts (period selector, the window picker, "show all", the chart disclosures) are
 * components.
 */
@Route("")
@AnonymousAllowed
class DashboardView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final String ALL = "all";
    /** Rows of each "since" list shown at once; the rest on demand. */
    static final int SINCE_PREVIEW = DashboardFragments.SINCE_PREVIEW;

    private final DashboardService service;
    private final DashboardFragments fragments;
    /** The translations, held apart from this view: the node's shared fragments are built with them. */
    private final I18NProvider i18n;

    private Dashboard shown;
    private String from;
    private String to;
    private HtmlPart figures;
    private HtmlPart tsag;
    private SincePart since;
    private final List<ChartPart> charts = new ArrayList<>();

    DashboardView(DashboardService service, DashboardFragments fragments, LiveUpdates live) {
        this.service = service;
        this.fragments = fragments;
        this.i18n = VaadinService.getCurrent().getInstantiator().getI18NProvider();
        addClassName("view");
        setPadding(false);
        live.keepUpdated(this, this::changed);
    }

    /** Read on every visit, so that coming back to the page shows the current figures. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        charts.clear();
        LocalDate today = LocalDate.now();
        List<String> requested = event.getLocation().getQueryParameters().getParameters().getOrDefault("period", List.of());
        String period = requested.isEmpty() ? service.periodAt(today).orElse(null) : requested.getFirst();
        from = first(event, "from");
        to = first(event, "to");
        Translator translator = translator();
        DashboardFragments.Main main = fragments.main(ALL.equals(period) ? null : period, today, getLocale(), translator);
        Dashboard dashboard = main.dashboard();
        shown = dashboard;

        add(new H2(getTranslation("dashboard.title")));
        if (dashboard.containsSampleData()) {
            Paragraph note = new Paragraph(getTranslation("dashboard.sample.note"));
            note.setId("sample-note");
            add(note);
        }
        add(periodSelector(dashboard));
        figures = new HtmlPart("dashboard-figures", "figures");
        figures.show(main.figures());
        tsag = new HtmlPart("for-tsag", "dash-section");
        tsag.show(main.forTsag());
        since = new SincePart(fragments.since(from, to, dashboard, today, getLocale(), translator), fragments::meetings,
                from, to, list -> fragments.wholeList(list, from, to, shown, LocalDate.now(), getLocale(), translator),
                (newFrom, newTo) -> getUI().ifPresent(ui -> ui.navigate(DashboardView.class,
                        sinceParameters(shown.period(), newFrom, newTo))));
        add(figures, tsag, since);
        if (main.empty()) {
            add(new Paragraph(getTranslation("dashboard.empty")));
        }
        for (DashboardHtml.Chart chart : main.charts()) {
            ChartPart part = new ChartPart(chart);
            charts.add(part);
            add(part);
        }
    }

    /**
     * Someone committed a change (live updates): the node's shared parts are read again, and only
     * those whose HTML differs from what is on screen are sent. When charts appear or go (the first
     * item, the last one), the page is built again.
     */
    void changed(ChangeSet changes) {
        if (shown == null || !(changes.mayAffectItems() || changes.mayAffectClauses())) {
            return;
        }
        LocalDate today = LocalDate.now();
        Translator translator = translator();
        DashboardFragments.Main main = fragments.main(shown.period(), today, getLocale(), translator);
        if (!sameCharts(main)) {
            getUI().ifPresent(ui -> ui.refreshCurrentRoute(false));
            return;
        }
        shown = main.dashboard();
        figures.show(main.figures());
        tsag.show(main.forTsag());
        for (int i = 0; i < charts.size(); i++) {
            charts.get(i).show(main.charts().get(i));
        }
        since.show(fragments.since(from, to, shown, today, getLocale(), translator));
    }

    private Translator translator() {
        return Translator.of(i18n, getLocale());
    }

    private boolean sameCharts(DashboardFragments.Main main) {
        if (main.charts().size() != charts.size()) {
            return false;
        }
        for (int i = 0; i < charts.size(); i++) {
            if (!charts.get(i).chartId().equals(main.charts().get(i).id())) {
                return false;
            }
        }
        return true;
    }

    private static String first(BeforeEnterEvent event, String name) {
        List<String> values = event.getLocation().getQueryParameters().getParameters().getOrDefault(name, List.of());
        return values.isEmpty() ? null : values.getFirst();
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

    private Component periodSelector(Dashboard dashboard) {
        Select<String> select = new Select<>();
        select.setId("dashboard-period");
        select.setLabel(getTranslation("dashboard.period.label"));
        List<String> items = new ArrayList<>();
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

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.title");
    }
}
