package org.tsag.tracker.report;

import java.util.List;
import java.util.Map;

import org.tsag.tracker.status.CurrentStatus;
import org.tsag.tracker.status.Evidence;
import org.tsag.tracker.item.ItemDetail;

/**
 * One action item on its own, as XHTML for the PDF: what TSB's sheets printed one item per page. In the
 * reader's language; right to left in Arabic (as {@link PdfReport}), with the codes in left-to-right spans.
 */
final class ItemSheet {

    private final ItemDetail item;
    private final List<String> periods;
    private final Map<String, String> statusNames;
    private final Wording text;

    ItemSheet(ItemDetail item, List<String> periods, Map<String, String> statusNames, Wording text) {
        this.item = item;
        this.periods = periods;
        this.statusNames = statusNames;
        this.text = text;
    }

    private String status(String code) {
        String known = CurrentStatus.orNotStarted(code);
        return text.status(known, statusNames.getOrDefault(known, known));
    }

    String xhtml() {
        Xhtml h = new Xhtml();
        String title = item.code() + " \u2013 " + item.title();
        // right to left for Arabic: the renderer mirrors the blocks and tables from dir, the stylesheet the alignment
        String dir = text.rightToLeft() ? "rtl" : null;
        h.open("html", "xmlns", "http://www.w3.org/1999/xhtml", "lang", text.languageTag(), "dir", dir);
        h.open("head").element("title", title).open("style").text(PdfDocuments.css()).close("style").close("head");
        h.open("body", "dir", dir, "class", dir);
        h.element("p", text.get("sheet.plan", item.plan(), item.planTitle()), "class", "muted small");
        h.open("h1", "class", "first").element("span", item.code(), "dir", "ltr").text(" \u2013 " + item.title()).close("h1");
        String flags = text.flags(null, item.internal(), item.sample());
        if (!flags.isEmpty()) {
            h.element("p", flags, "class", "muted");
        }
        facts(h);
        if (item.description() != null) {
            h.open("p", "dir", own(item.description())).lines(item.description()).close("p");
        }
        h.element("h2", text.get("sheet.clauses"));
        if (item.clauses().isEmpty()) {
            h.element("p", text.get("sheet.clauses.none"));
        }
        for (ItemDetail.ClauseText c : item.clauses()) {
            h.element("h3", text.get("sheet.clause", c.resolution(), c.place() == null ? "" : c.place(),
                    String.valueOf(c.year()), c.section(), c.label() == null ? "" : c.label()));
            h.open("p", "class", "clause", "dir", own(c.text())).lines(c.text()).close("p");
        }
        if (!item.children().isEmpty()) {
            h.element("h2", text.get("sheet.children"));
            h.open("table").open("thead").open("tr")
                    .element("th", text.get("column.item"), "style", "width: 16%")
                    .element("th", text.get("column.title"))
                    .element("th", text.get("column.status"), "style", "width: 24%")
                    .close("tr").close("thead").open("tbody");
            for (ItemDetail.Child child : item.children()) {
                h.open("tr").open("td").element("span", child.code(), "dir", "ltr").close("td").element("td", child.title())
                        .element("td", status(child.status()) + (child.progress() == null ? "" : " (" + text.percent(child.progress()) + ")"))
                        .close("tr");
            }
            h.close("tbody").close("table");
        }
        h.element("h2", text.get("sheet.history"));
        if (item.events().isEmpty()) {
            h.element("p", text.get("item.no.report"));
        }
        for (ItemDetail.Event e : item.events()) {
            h.open("div", "class", "event");
            StringBuilder line = new StringBuilder(text.date(e.occurredOn()))
                    .append(" \u00b7 ").append(text.get("sheet.kind." + e.kind()))
                    .append(" \u00b7 ").append(status(e.status()));
            if (e.progress() != null) {
                line.append(" \u00b7 ").append(text.percent(e.progress()));
            }
            if (e.rag() != null) {
                line.append(" \u00b7 ").append(text.rag(e.rag()));
            }
            if (e.meeting() != null) {
                line.append(" \u00b7 ").append(e.meeting());
            }
            h.element("div", line.toString(), "class", "label");
            h.element("div", text.get("sheet.by", e.author()), "class", "small muted");
            if (e.narrative() != null) {
                h.open("div", "dir", own(e.narrative())).lines(e.narrative()).close("div");
            }
            if (!e.evidence().isEmpty()) {
                h.open("ul", "class", "small");
                for (Evidence ev : e.evidence()) {
                    h.element("li", text.get("evidence." + ev.kind()) + ": " + ev.reference()
                            + (ev.url() != null && !ev.url().equals(ev.reference()) ? " (" + ev.url() + ")" : ""));
                }
                h.close("ul");
            }
            h.close("div");
        }
        return h.close("body").close("html").toString();
    }

    /** In an Arabic sheet, the direction of a text as it was entered (English narratives read left to right). */
    private String own(String entered) {
        return text.rightToLeft() ? Xhtml.direction(entered) : null;
    }

    private void facts(Xhtml h) {
        h.open("table").open("tbody");
        fact(h, text.get("sheet.status"), status(item.status()));
        fact(h, text.get("sheet.progress"), item.progress() == null ? "\u2014" : text.percent(item.progress()));
        fact(h, text.get("sheet.responsible"), text.list(item.responsible()));
        fact(h, text.get("sheet.collaborating"), text.list(item.collaborating()));
        fact(h, text.get("sheet.reports"), text.list(item.reportsTo()));
        fact(h, text.get("sheet.owner"), item.owner() == null ? "\u2014" : item.owner());
        fact(h, text.get("sheet.due"), item.dueDate() == null ? "\u2014" : text.date(item.dueDate()));
        fact(h, text.get("sheet.target"), item.targetMeeting() == null ? "\u2014" : item.targetMeeting());
        fact(h, text.get("sheet.periods"), String.join(" " + text.arrow() + " ", periods));
        fact(h, text.get("sheet.priority"), text.get("sheet.priority." + item.priority()));
        if (item.parentCode() != null) {
            h.open("tr").element("td", text.get("sheet.parent"), "class", "label", "style", "width: 28%")
                    .open("td").element("span", item.parentCode(), "dir", "ltr").close("td").close("tr");
        }
        h.close("tbody").close("table");
    }

    private static void fact(Xhtml h, String label, String value) {
        h.open("tr").element("td", label, "class", "label", "style", "width: 28%").element("td", value).close("tr");
    }
}
