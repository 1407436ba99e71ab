package org.tsag.tracker.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.tsag.tracker.dashboard.DashboardService;
import org.tsag.tracker.dashboard.DashboardSummary;

/** The start page: key figures and the items by current status. */
@Route("")
@AnonymousAllowed
class DashboardView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final DashboardService service;

    DashboardView(DashboardService service) {
        this.service = service;
        addClassName("view");
        setPadding(false);
    }

    /** Read on every visit, so that coming back to the page shows the current figures. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        DashboardSummary summary = service.summary();

        add(new H2(getTranslation("dashboard.title")));
        if (summary.containsSampleData()) {
            Paragraph note = new Paragraph(getTranslation("dashboard.sample.note"));
            note.setId("sample-note");
            add(note);
        }
        Div figures = new Div(
                figure("figure-items", summary.totalItems(), getTranslation("dashboard.items.total")),
                figure("figure-resolutions", summary.resolutions(), getTranslation("dashboard.resolutions.total")));
        figures.addClassName("figures");
        add(figures);

        add(new H3(getTranslation("dashboard.status.heading")));
        if (summary.totalItems() == 0) {
            add(new Paragraph(getTranslation("dashboard.empty")));
            return;
        }
        Grid<DashboardSummary.StatusCount> byStatus = new Grid<>();
        byStatus.setId("status-counts");
        byStatus.addColumn(c -> statusName(c.code(), c.name()))
                .setHeader(getTranslation("dashboard.status.column.status"));
        byStatus.addColumn(DashboardSummary.StatusCount::count)
                .setHeader(getTranslation("dashboard.status.column.count"));
        byStatus.setItems(summary.byStatus());
        byStatus.setAllRowsVisible(true);
        byStatus.setMaxWidth("32rem");
        add(byStatus);
    }

    private String statusName(String code, String fallback) {
        String key = "status." + code;
        String translated = getTranslation(key);
        return translated.contains(key) ? fallback : translated;
    }

    private static Component figure(String id, long value, String label) {
        Span number = new Span(String.valueOf(value));
        number.addClassName("figure-value");
        Span text = new Span(label);
        text.addClassName("figure-label");
        Div figure = new Div(number, text);
        figure.setId(id);
        figure.addClassName("figure");
        return figure;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.title");
    }
}
