package org.tsag.tracker.dashboard.ui;

import java.util.Objects;

import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.html.Div;

/**
 * A read-only part of the dashboard: one element whose content is a shared, escaped HTML string
 * (see {@link DashboardHtml}) set as its {@code innerHTML} property. The session keeps a reference
 * to the string, not a component tree, and an update sends the one property, only when the string
 * differs from the one shown.
 */
@Tag("div")
class HtmlPart extends Div {

    static final String PROPERTY = "innerHTML";

    HtmlPart(String id, String className) {
        if (id != null) {
            setId(id);
        }
        if (className != null) {
            addClassName(className);
        }
    }

    /** Shows {@code html}; false when it was shown already. */
    boolean show(String html) {
        String value = html == null ? "" : html;
        if (Objects.equals(value, html())) {
            return false;
        }
        getElement().setProperty(PROPERTY, value);
        return true;
    }

    /** What the part shows now. */
    String html() {
        return getElement().getProperty(PROPERTY, "");
    }
}
