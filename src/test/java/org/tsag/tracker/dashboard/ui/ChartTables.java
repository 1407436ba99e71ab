package org.tsag.tracker.dashboard.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.html.NativeDetails;
import org.jsoup.nodes.Element;

/** Opens and closes a chart's "Show the figures as a table" disclosure as the browser does (property sync, then the toggle event). */
final class ChartTables {

    private ChartTables() {
    }

    static void toggle(NativeDetails details, boolean open) {
        details.setOpen(open);
        ComponentUtil.fireEvent(details, new NativeDetails.ToggleEvent(details, true));
    }

    /** The table the disclosure shows now, or null when it holds none (closed). */
    static Element table(NativeDetails details) {
        HtmlPart part = (HtmlPart) details.getContent();
        return DashboardPage.html(part).selectFirst("table");
    }
}
