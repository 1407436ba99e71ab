package org.tsag.tracker.dashboard.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.html.NativeDetails;

/** Opens and closes a chart's "Show the figures as a table" disclosure as the browser does (property sync, then the toggle event). */
final class ChartTables {

    private ChartTables() {
    }

    static void toggle(NativeDetails details, boolean open) {
        details.setOpen(open);
        ComponentUtil.fireEvent(details, new NativeDetails.ToggleEvent(details, true));
    }
}
