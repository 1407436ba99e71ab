package org.tsag.tracker.report;

import java.util.List;

/**
 * The report as XHTML for the PDF renderer: the same content and order as the .docx (cover, overview
 * with the charts, Sections I and II on landscape pages, Section III), with PDF bookmarks for the
 * headings and table headers repeated on every page.
 */
final class PdfReport {

    private final Report report;
    private final Wording text;

    PdfReport(Report report, Wording text) {
        this.report = report;
        this.text = text;
    }

    String xhtml() {
        Xhtml h = new Xhtml();
        // right to left for Arabic: the renderer mirrors the blocks and tables from dir, the stylesheet the alignment
        String dir = text.rightToLeft() ? "rtl" : null;
        h.open("html", "xmlns", "http://www.w3.org/1999/xhtml", "lang", text.languageTag(), "dir", dir);
        h.open("head").element("title", text.get("title")).open("style").text(PdfDocuments.css()).close("style");
        bookmarks(h);
        h.close("head").open("body", "dir", dir, "class", dir);
        cover(h);
        overview(h);
        h.open("div", "class", "wide");
        sectionOne(h);
        sectionTwo(h);
        h.close("div");
        sectionThree(h);
        return h.close("body").close("html").toString();
    }

    /** In an Arabic report, the direction of a text as it was entered (English clauses read left to right). */
    private String own(String entered) {
        return text.rightToLeft() ? Xhtml.direction(entered) : null;
    }

    private void bookmarks(Xhtml h) {
        h.open("bookmarks");
        h.empty("bookmark", "name", text.get("heading.overview"), "href", "#overview");
        h.empty("bookmark", "name", text.get("heading.section1"), "href", "#section1");
        h.open("bookmark", "name", text.get("heading.section2"), "href", "#section2");
        for (int i = 0; i < report.resolutions().size(); i++) {
            h.empty("bookmark", "name", heading(report.resolutions().get(i)), "href", "#resolution" + i);
        }
        if (!report.otherItems().isEmpty()) {
            h.empty("bookmark", "name", text.get("heading.other"), "href", "#other");
        }
        h.close("bookmark");
        h.empty("bookmark", "name", text.get("heading.section3"), "href", "#section3");
        h.close("bookmarks");
    }

    private String heading(Report.ResolutionPart r) {
        return text.resolution(r) + " \u2013 " + r.title();
    }

    private void cover(Xhtml h) {
        Report.Cover c = report.cover();
        h.open("table", "class", "plain").open("tbody");
        h.open("tr").open("td", "class", "label").text(text.get("cover.itu")).close("td")
                .open("td", "class", "right").element("span", text.get("cover.td"), "class", "td-number").close("td").close("tr");
        h.open("tr").element("td", text.get("cover.sector"), "class", "label")
                .element("td", text.get("cover.tsag"), "class", "right label").close("tr");
        h.open("tr").element("td", text.get("cover.period", text.period(c.period()).toUpperCase(java.util.Locale.ROOT)), "class", "label")
                .element("td", text.get("cover.original"), "class", "right").close("tr");
        h.close("tbody").close("table");
        h.open("p").element("span", text.get("cover.meeting.label") + " ", "class", "label")
                .text(c.forMeeting() == null ? text.get("cover.meeting.none")
                        : text.get("cover.meeting", c.forMeeting().title(), c.forMeeting().place() == null ? "" : c.forMeeting().place(),
                        text.date(c.forMeeting().start()), text.date(c.forMeeting().end())))
                .close("p");
        h.open("table", "class", "plain").open("tbody");
        row(h, text.get("cover.source"), text.get("cover.source.value"));
        h.open("tr").element("td", text.get("cover.title"), "class", "label")
                .element("td", text.get("title"), "class", "label").close("tr");
        row(h, text.get("cover.purpose"), text.get("cover.purpose.value"));
        row(h, text.get("cover.contact"), text.get("cover.contact.value"));
        row(h, text.get("cover.keywords"), text.get("cover.keywords.value", String.join("; ",
                report.resolutions().stream().map(r -> text.get("resolution.name", r.number())).toList())));
        row(h, text.get("cover.plans"), String.join("; ", c.plans().stream().map(p -> p.code() + " \u2013 " + p.title()).toList()));
        row(h, text.get("cover.abstract"), text.abstractText(report));
        h.close("tbody").close("table");
    }

    private static void row(Xhtml h, String label, String value) {
        h.open("tr").element("td", label, "class", "label", "style", "width: 18%").element("td", value).close("tr");
    }

    private void overview(Xhtml h) {
        h.element("h1", text.get("heading.overview"), "id", "overview");
        h.element("p", text.abstractText(report));
        int figure = 0;
        for (ReportCharts.Chart chart : new ReportCharts(report, text).all()) {
            figure++;
            h.open("div", "class", "figure").raw(chart.svg())
                    .element("div", text.get("figure", figure, chart.title()), "class", "caption").close("div");
        }
        if (!report.entities().isEmpty()) {
            h.element("h2", text.get("heading.abbreviations"));
            h.open("table").open("thead").open("tr")
                    .element("th", text.get("column.abbreviation"), "style", "width: 20%")
                    .element("th", text.get("column.entity")).close("tr").close("thead").open("tbody");
            report.entities().forEach(e -> h.open("tr").open("td").element("span", e.code(), "dir", "ltr").close("td")
                    .element("td", e.name()).close("tr"));
            h.close("tbody").close("table");
        }
    }

    /** The section's heading (with its anchor) and introduction, and when it has nothing to list, the line that says so. */
    private boolean opened(Xhtml h, String anchor, String heading, String intro, String none, boolean empty) {
        h.element("h1", text.get(heading), "id", anchor);
        h.element("p", text.get(intro));
        if (empty) {
            h.element("p", text.get(none));
        }
        return !empty;
    }

    private void sectionOne(Xhtml h) {
        if (!opened(h, "section1", "heading.section1", "section1.intro", "section1.none", report.resolutions().isEmpty())) {
            return;
        }
        h.open("table").open("thead").open("tr");
        head(h, new String[] {"column.number", "column.title", "column.revision", "column.instructed", "column.cooperating",
                "column.reporting"}, new int[] {8, 24, 12, 24, 16, 16});
        h.close("tr").close("thead").open("tbody");
        for (Report.ResolutionPart r : report.resolutions()) {
            h.open("tr").open("td", "class", "label").element("span", r.number(), "dir", "ltr").close("td").element("td", r.title()).element("td", text.revision(r));
            h.open("td");
            if (r.addressees().isEmpty()) {
                h.text(text.list(List.of()));
            }
            for (Report.Addressee a : r.addressees()) {
                h.open("div").element("span", String.join(", ", a.entities().stream().map(Report.Entity::name).toList()), "class", "label")
                        .text(" (" + a.section() + ")").close("div");
            }
            h.close("td");
            h.element("td", text.list(r.cooperating())).element("td", text.list(r.reportsTo())).close("tr");
        }
        h.close("tbody").close("table");
    }

    private void head(Xhtml h, String[] keys, int[] widths) {
        for (int i = 0; i < keys.length; i++) {
            h.element("th", keys[i].equals("column.since") ? text.get(keys[i], sinceLabel()) : text.get(keys[i]),
                    "style", "width: " + widths[i] + "%");
        }
    }

    private String sinceLabel() {
        return report.cover().since() == null ? "\u2014" : report.cover().since();
    }

    private void sectionTwo(Xhtml h) {
        Report.Cover c = report.cover();
        h.element("h1", text.get("heading.section2"), "id", "section2");
        h.element("p", c.since() == null ? text.get("section2.intro.nosince")
                : text.get("section2.intro", c.sinceTitle() == null ? c.since() : c.sinceTitle(), text.date(c.sinceDate())));
        for (int i = 0; i < report.resolutions().size(); i++) {
            Report.ResolutionPart r = report.resolutions().get(i);
            h.element("h2", heading(r), "id", "resolution" + i);
            for (Report.ClausePart clause : r.clauses()) {
                String citation = report.citation(r.number(), clause.section(), clause.label());
                String title = clause.section() + " " + clause.label() + (citation == null ? "" : " \u2013 " + citation);
                if (!clause.inForce()) {
                    title += " " + text.get("clause.other.revision", String.valueOf(clause.year()));
                }
                h.element("h3", title);
                h.open("p", "class", "clause", "dir", own(clause.text())).lines(clause.text()).close("p");
                if (clause.status() != null) {
                    h.open("p").element("span", text.get("clause.status") + " ", "class", "label")
                            .text(text.status(report, clause.status())
                                    + (clause.progress() == null ? "" : " (" + text.percent(clause.progress()) + ")"))
                            .close("p");
                }
                if (clause.items().isEmpty() && clause.seeAlso().isEmpty()) {
                    h.element("p", text.get("clause.no.items"));
                }
                if (!clause.items().isEmpty()) {
                    itemTable(h, clause.items());
                }
                if (!clause.seeAlso().isEmpty()) {
                    h.element("p", text.get("clause.see.also", String.join(", ", clause.seeAlso())));
                }
            }
        }
        if (!report.otherItems().isEmpty()) {
            h.element("h2", text.get("heading.other"), "id", "other");
            h.element("p", text.get("other.intro"));
            itemTable(h, report.otherItems());
        }
    }

    private void itemTable(Xhtml h, List<Report.ItemEntry> items) {
        h.open("table").open("thead").open("tr");
        head(h, new String[] {"column.item", "column.entities", "column.status", "column.latest", "column.since"},
                new int[] {20, 14, 12, 38, 16});
        h.close("tr").close("thead").open("tbody");
        for (Report.ItemEntry item : items) {
            h.open("tr").open("td").open("div", "class", "label").element("span", item.code(), "dir", "ltr").close("div")
                    .element("div", item.title());
            String flags = text.flags(item.parentCode(), item.internal(), item.sample());
            if (!flags.isEmpty()) {
                h.element("div", flags, "class", "small muted");
            }
            h.close("td");
            h.open("td", "class", "small");
            labelled(h, text.get("label.responsible"), text.list(item.responsible()));
            labelled(h, text.get("label.collaborating"), text.list(item.collaborating()));
            labelled(h, text.get("label.reports"), text.list(item.reportsTo()));
            h.close("td");
            h.open("td").element("div", text.statusLine(report, item), "class", "label");
            if (item.rag() != null) {
                h.element("div", text.rag(item.rag()), "class", "small");
            }
            if (item.deadline() != null) {
                h.element("div", text.get(item.overdue() ? "item.due.overdue" : "item.due", text.date(item.deadline())), "class", "small");
            }
            h.close("td");
            h.open("td");
            if (item.latest() == null) {
                h.text(text.get("item.no.report"));
            } else {
                Report.LatestReport l = item.latest();
                h.element("div", l.meeting() == null ? text.date(l.occurredOn()) : text.date(l.occurredOn()) + " \u00b7 " + l.meeting(),
                        "class", "small muted");
                h.open("div", "dir", own(l.narrative())).lines(l.narrative()).close("div");
                if (!l.evidence().isEmpty()) {
                    h.open("div", "class", "small");
                    labelled(h, text.get("label.evidence"), text.evidence(l.evidence()));
                    h.close("div");
                }
            }
            h.close("td");
            String change = text.change(report, item);
            h.element("td", change.isEmpty() ? text.get("change.none") : change, "class", "small");
            h.close("tr");
        }
        h.close("tbody").close("table");
    }

    private static void labelled(Xhtml h, String label, String value) {
        h.open("div").element("span", label + " ", "class", "label").text(value).close("div");
    }

    private void sectionThree(Xhtml h) {
        if (!opened(h, "section3", "heading.section3", "section3.intro", "section3.none", report.tsagItems().isEmpty())) {
            return;
        }
        h.open("table").open("thead").open("tr");
        head(h, new String[] {"column.item", "column.invited", "column.status", "column.due"}, new int[] {14, 46, 18, 22});
        h.close("tr").close("thead").open("tbody");
        for (Report.ItemEntry item : report.tsagItems()) {
            h.open("tr").open("td", "class", "label").element("span", item.code(), "dir", "ltr").close("td");
            h.open("td").element("div", item.title(), "class", "label");
            if (item.description() != null && !item.description().equals(item.title())) {
                h.open("div", "dir", own(item.description())).lines(item.description()).close("div");
            }
            h.close("td");
            h.element("td", text.statusLine(report, item));
            h.element("td", item.deadline() == null ? "\u2014"
                    : text.get(item.overdue() ? "item.due.overdue" : "item.due", text.date(item.deadline())));
            h.close("tr");
        }
        h.close("tbody").close("table");
    }
}
