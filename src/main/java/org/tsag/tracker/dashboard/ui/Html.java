package org.tsag.tracker.dashboard.ui;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Builds the escaped HTML of a read-only part of the dashboard with jsoup's element API: every text
 * goes through {@link Element#text(String)} and every value through {@link Element#attr}, which
 * escape it, so that no item title or label can become markup. No string is ever parsed as HTML.
 */
final class Html {

    private final Element root;

    private Html(Element root) {
        this.root = root;
    }

    /** A fragment whose {@link #inner()} is the HTML of what is appended to {@link #root()}. */
    static Html fragment() {
        Document document = Document.createShell("");
        document.outputSettings().prettyPrint(false).indentAmount(0);
        return new Html(document.body().appendElement("div"));
    }

    Element root() {
        return root;
    }

    /** The HTML inside the root. */
    String inner() {
        return root.html();
    }

    /** An element with a text of its own, escaped. */
    static Element text(Element parent, String tag, String text) {
        return parent.appendElement(tag).text(text == null ? "" : text);
    }

    /** A link with an escaped text. */
    static Element link(Element parent, String href, String text) {
        return parent.appendElement("a").attr("href", href).text(text == null ? "" : text);
    }

    /** A table in the dashboard's style, in a scrolling wrapper; rows go into the returned body. */
    static Element table(Element parent, String id, String... headers) {
        Element wrap = parent.appendElement("div").addClass("dash-table-wrap");
        Element table = wrap.appendElement("table").addClass("dash-table");
        if (id != null) {
            table.id(id);
        }
        Element head = table.appendElement("thead").appendElement("tr");
        for (String header : headers) {
            text(head, "th", header);
        }
        return table.appendElement("tbody");
    }
}
