package org.tsag.tracker.report;

import static org.tsag.tracker.report.DocxStyles.*;
import static org.tsag.tracker.report.DocxTables.*;
import static org.tsag.tracker.report.DocxText.*;

import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/** Sections I to III: the list of resolutions, the progress reports clause by clause, and TSAG's own items. */
final class DocxSections {

    private final Report report;
    private final Wording text;

    DocxSections(Report report, Wording text) {
        this.report = report;
        this.text = text;
    }

    /** The section's heading and introduction, and when it has nothing to list, the line that says so. */
    private boolean opened(XWPFDocument doc, String heading, String intro, String none, boolean empty) {
        heading(doc, HEADING_1, text.get(heading));
        doc.createParagraph().createRun().setText(text.get(intro));
        if (empty) {
            doc.createParagraph().createRun().setText(text.get(none));
        }
        return !empty;
    }

    void sectionOne(XWPFDocument doc) {
        if (!opened(doc, "heading.section1", "section1.intro", "section1.none", report.resolutions().isEmpty())) {
            return;
        }
        XWPFTable table = doc.createTable(report.resolutions().size() + 1, 6);
        widths(table, DocxReport.textWidth(true), 8, 24, 12, 24, 16, 16);
        header(table, text.get("column.number"), text.get("column.title"), text.get("column.revision"),
                text.get("column.instructed"), text.get("column.cooperating"), text.get("column.reporting"));
        for (int i = 0; i < report.resolutions().size(); i++) {
            Report.ResolutionPart r = report.resolutions().get(i);
            int row = i + 1;
            cell(table, row, 0, r.number(), true);
            cell(table, row, 1, r.title(), false);
            cell(table, row, 2, text.revision(r), false);
            XWPFTableCell instructed = table.getRow(row).getCell(3);
            boolean first = true;
            for (Report.Addressee a : r.addressees()) {
                XWPFParagraph p = first ? instructed.getParagraphs().getFirst() : instructed.addParagraph();
                p.setStyle("TableText");
                first = false;
                run(p, String.join(", ", a.entities().stream().map(Report.Entity::name).toList()), true);
                run(p, " (" + a.section() + ")", false);
            }
            if (r.addressees().isEmpty()) {
                cell(table, row, 3, text.list(List.of()), false);
            }
            cell(table, row, 4, text.list(r.cooperating()), false);
            cell(table, row, 5, text.list(r.reportsTo()), false);
        }
    }

    // ---- Section II

    static String resolutionHeading(Wording text, Report.ResolutionPart r) {
        return text.resolution(r) + " \u2013 " + r.title();
    }

    void sectionTwo(XWPFDocument doc) {
        heading(doc, HEADING_1, text.get("heading.section2")).setPageBreak(true);
        Report.Cover c = report.cover();
        doc.createParagraph().createRun().setText(c.since() == null ? text.get("section2.intro.nosince")
                : text.get("section2.intro", c.sinceTitle() == null ? c.since() : c.sinceTitle(), text.date(c.sinceDate())));
        for (Report.ResolutionPart r : report.resolutions()) {
            heading(doc, HEADING_2, resolutionHeading(text, r));
            for (Report.ClausePart clause : r.clauses()) {
                String citation = report.citation(r.number(), clause.section(), clause.label());
                String title = clause.section() + " " + clause.label() + (citation == null ? "" : " \u2013 " + citation);
                if (!clause.inForce()) {
                    title += " " + text.get("clause.other.revision", String.valueOf(clause.year()));
                }
                heading(doc, HEADING_3, title);
                XWPFParagraph quote = doc.createParagraph();
                quote.setStyle("ClauseText");
                quote.createRun().setText(clause.text());
                if (clause.status() != null) {
                    XWPFParagraph status = doc.createParagraph();
                    run(status, text.get("clause.status") + " ", true);
                    run(status, text.status(report, clause.status())
                            + (clause.progress() == null ? "" : " (" + text.percent(clause.progress()) + ")"), false);
                }
                if (clause.items().isEmpty() && clause.seeAlso().isEmpty()) {
                    doc.createParagraph().createRun().setText(text.get("clause.no.items"));
                }
                if (!clause.items().isEmpty()) {
                    itemTable(doc, clause.items());
                }
                if (!clause.seeAlso().isEmpty()) {
                    doc.createParagraph().createRun().setText(text.get("clause.see.also", String.join(", ", clause.seeAlso())));
                }
            }
        }
        if (!report.otherItems().isEmpty()) {
            heading(doc, HEADING_2, text.get("heading.other"));
            doc.createParagraph().createRun().setText(text.get("other.intro"));
            itemTable(doc, report.otherItems());
        }
    }

    private void itemTable(XWPFDocument doc, List<Report.ItemEntry> items) {
        XWPFTable table = doc.createTable(items.size() + 1, 5);
        widths(table, DocxReport.textWidth(true), 20, 14, 12, 38, 16);
        header(table, text.get("column.item"), text.get("column.entities"), text.get("column.status"),
                text.get("column.latest"), text.get("column.since", sinceLabel()));
        for (int i = 0; i < items.size(); i++) {
            Report.ItemEntry item = items.get(i);
            XWPFTableRow row = table.getRow(i + 1);
            row.setCantSplitRow(true);
            cell(table, i + 1, 0, item.code(), true);
            XWPFParagraph title = row.getCell(0).addParagraph();
            title.setStyle("TableText");
            run(title, item.title(), false);
            String flags = text.flags(item.parentCode(), item.internal(), item.sample());
            if (!flags.isEmpty()) {
                XWPFParagraph p = row.getCell(0).addParagraph();
                p.setStyle("TableText");
                XWPFRun r = p.createRun();
                r.setItalic(true);
                r.setText(flags);
            }

            XWPFTableCell entities = row.getCell(1);
            labelled(entities.getParagraphs().getFirst(), text.get("label.responsible"), text.list(item.responsible()));
            labelled(entities.addParagraph(), text.get("label.collaborating"), text.list(item.collaborating()));
            labelled(entities.addParagraph(), text.get("label.reports"), text.list(item.reportsTo()));

            XWPFTableCell status = row.getCell(2);
            run(status.getParagraphs().getFirst(), text.statusLine(report, item), true);
            status.getParagraphs().getFirst().setStyle("TableText");
            if (item.rag() != null) {
                line(status, text.rag(item.rag()));
            }
            if (item.deadline() != null) {
                line(status, text.get(item.overdue() ? "item.due.overdue" : "item.due", text.date(item.deadline())));
            }

            XWPFTableCell latest = row.getCell(3);
            if (item.latest() == null) {
                run(latest.getParagraphs().getFirst(), text.get("item.no.report"), false);
                latest.getParagraphs().getFirst().setStyle("TableText");
            } else {
                Report.LatestReport l = item.latest();
                XWPFParagraph when = latest.getParagraphs().getFirst();
                when.setStyle("TableText");
                XWPFRun whenRun = when.createRun();
                whenRun.setItalic(true);
                whenRun.setText(l.meeting() == null ? text.date(l.occurredOn()) : text.date(l.occurredOn()) + " \u00b7 " + l.meeting());
                line(latest, l.narrative());
                if (!l.evidence().isEmpty()) {
                    XWPFParagraph p = latest.addParagraph();
                    p.setStyle("TableText");
                    labelled(p, text.get("label.evidence"), text.evidence(l.evidence()));
                }
            }
            String change = text.change(report, item);
            cell(table, i + 1, 4, change.isEmpty() ? text.get("change.none") : change, false);
        }
    }

    private String sinceLabel() {
        Report.Cover c = report.cover();
        return c.since() == null ? "\u2014" : c.since();
    }

    // ---- Section III

    void sectionThree(XWPFDocument doc) {
        if (!opened(doc, "heading.section3", "section3.intro", "section3.none", report.tsagItems().isEmpty())) {
            return;
        }
        XWPFTable table = doc.createTable(report.tsagItems().size() + 1, 4);
        widths(table, DocxReport.textWidth(false), 14, 46, 18, 22);
        header(table, text.get("column.item"), text.get("column.invited"), text.get("column.status"), text.get("column.due"));
        for (int i = 0; i < report.tsagItems().size(); i++) {
            Report.ItemEntry item = report.tsagItems().get(i);
            cell(table, i + 1, 0, item.code(), true);
            cell(table, i + 1, 1, item.title(), true);
            if (item.description() != null && !item.description().equals(item.title())) {
                line(table.getRow(i + 1).getCell(1), item.description());
            }
            cell(table, i + 1, 2, text.statusLine(report, item), false);
            cell(table, i + 1, 3, item.deadline() == null ? "\u2014"
                    : text.get(item.overdue() ? "item.due.overdue" : "item.due", text.date(item.deadline())), false);
        }
    }
}
