package org.tsag.tracker.dashboard.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads the dashboard's shared HTML parts in browserless tests as a browser would: the
 * {@code innerHTML} of each {@link HtmlPart}, parsed by jsoup.
 */
final class DashboardPage {

    private DashboardPage() {
    }

    /** The part's content as a parsed document (the part's HTML in its body). */
    static Document html(Component part) {
        return Jsoup.parseBodyFragment(part.getElement().getProperty(HtmlPart.PROPERTY, ""));
    }

    /** The element with that id inside the part; fails when there is none. */
    static Element byId(Component part, String id) {
        Element found = html(part).getElementById(id);
        if (found == null) {
            throw new AssertionError("No #" + id + " in " + part.getId().orElse("the part"));
        }
        return found;
    }

    /** The body rows of the tables in the part (header rows excluded). */
    static List<Element> bodyRows(Component part) {
        return html(part).select("tbody > tr");
    }

    /** The visible text of the part, as getTextRecursively gives it for components. */
    static String text(Component part) {
        return html(part).body().text();
    }
}
