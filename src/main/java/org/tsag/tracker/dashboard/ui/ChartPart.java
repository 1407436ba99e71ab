package org.tsag.tracker.dashboard.ui;

import java.util.Objects;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.NativeDetails;

/**
 * A chart on the dashboard: its title, the image and, under a native disclosure ("Show the figures
 * as a table", a {@code <details>} that keyboards and screen readers know), the table of the same
 * numbers with its links. The image's data URI and the table are shared strings; the table is sent
 * to the browser only while the disclosure is open, and stays open across live updates.
 */
class ChartPart extends Div {

    private final H3 title = new H3();
    private final Image image = new Image();
    private final NativeDetails figures;
    private final HtmlPart table = new HtmlPart(null, "dash-figures-table");
    private DashboardHtml.Chart shown;

    ChartPart(DashboardHtml.Chart chart) {
        setId(chart.id());
        addClassName("dash-section");
        image.setId(chart.id() + "-image");
        image.addClassName("dash-chart");
        // the text alternative of the picture is the table of the same figures beside it (issue 15)
        image.getElement().setAttribute("aria-details", chart.id() + "-figures");
        figures = new NativeDetails(getTranslation("dashboard.chart.table.show"), table);
        figures.setId(chart.id() + "-figures");
        figures.addClassName("dash-figures");
        figures.addToggleListener(e -> table.show(figures.isOpen() ? shown.table() : ""));
        add(title, image, figures);
        show(chart);
    }

    String chartId() {
        return getId().orElseThrow();
    }

    /** Shows the chart's current numbers; only what differs from what is shown is sent. */
    void show(DashboardHtml.Chart chart) {
        if (shown == null || !Objects.equals(shown.title(), chart.title())) {
            title.setText(chart.title());
            image.setAlt(getTranslation("dashboard.chart.alt", chart.title(), getTranslation("dashboard.chart.table.show")));
        }
        if (shown == null || !Objects.equals(shown.image(), chart.image())) {
            image.setSrc(chart.image());
        }
        shown = chart;
        if (figures.isOpen()) {
            table.show(chart.table());
        }
    }
}
