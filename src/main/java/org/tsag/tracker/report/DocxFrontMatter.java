package org.tsag.tracker.report;

import static org.tsag.tracker.report.DocxStyles.*;
import static org.tsag.tracker.report.DocxTables.*;
import static org.tsag.tracker.report.DocxText.*;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTInline;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHighlightColor;

/** The cover (TSB's TD head block), the table of contents and the overview with its charts. */
final class DocxFrontMatter {

    private final Report report;
    private final Wording text;
    private int figure;

    DocxFrontMatter(Report report, Wording text) {
        this.report = report;
        this.text = text;
    }

    void cover(XWPFDocument doc) {
        Report.Cover c = report.cover();
        XWPFTable head = doc.createTable(3, 2);
        noBorders(head);
        widths(head, DocxReport.textWidth(false), 60, 40);
        cell(head, 0, 0, text.get("cover.itu"), true);
        cell(head, 1, 0, text.get("cover.sector"), true);
        cell(head, 2, 0, text.get("cover.period", text.period(c.period()).toUpperCase(java.util.Locale.ROOT)), true);
        XWPFParagraph td = head.getRow(0).getCell(1).getParagraphs().getFirst();
        td.setAlignment(ParagraphAlignment.RIGHT);
        XWPFRun tdRun = td.createRun();
        tdRun.setBold(true);
        tdRun.setFontSize(16);
        tdRun.setText(text.get("cover.td"));
        // the TD number is given by the TSAG secretariat: a highlighted placeholder to fill in
        tdRun.getCTR().addNewRPr().addNewHighlight().setVal(STHighlightColor.YELLOW);
        cell(head, 1, 1, text.get("cover.tsag"), true).setAlignment(ParagraphAlignment.RIGHT);
        cell(head, 2, 1, text.get("cover.original"), false).setAlignment(ParagraphAlignment.RIGHT);

        XWPFParagraph meeting = doc.createParagraph();
        meeting.setSpacingBefore(240);
        run(meeting, text.get("cover.meeting.label") + " ", true);
        run(meeting, c.forMeeting() == null ? text.get("cover.meeting.none")
                : text.get("cover.meeting", c.forMeeting().title(), c.forMeeting().place() == null ? "" : c.forMeeting().place(),
                text.date(c.forMeeting().start()), text.date(c.forMeeting().end())), false);

        XWPFTable block = doc.createTable(7, 2);
        noBorders(block);
        widths(block, DocxReport.textWidth(false), 18, 82);
        String[][] rows = {
                {text.get("cover.source"), text.get("cover.source.value")},
                {text.get("cover.title"), text.get("title")},
                {text.get("cover.purpose"), text.get("cover.purpose.value")},
                {text.get("cover.contact"), text.get("cover.contact.value")},
                {text.get("cover.keywords"), text.get("cover.keywords.value", String.join("; ",
                        report.resolutions().stream().map(r -> text.get("resolution.name", r.number())).toList()))},
                {text.get("cover.plans"), String.join("; ", c.plans().stream().map(p -> p.code() + " \u2013 " + p.title()).toList())},
                {text.get("cover.abstract"), text.abstractText(report)}};
        for (int i = 0; i < rows.length; i++) {
            cell(block, i, 0, rows[i][0], true);
            cell(block, i, 1, rows[i][1], i == 1);
        }
    }

    /** The headings that the table of contents shows before Word refreshes it. */
    private List<String[]> headings() {
        List<String[]> headings = new ArrayList<>();
        headings.add(new String[] {"TOC1", text.get("heading.overview")});
        headings.add(new String[] {"TOC1", text.get("heading.section1")});
        headings.add(new String[] {"TOC1", text.get("heading.section2")});
        report.resolutions().forEach(r -> headings.add(new String[] {"TOC2", DocxSections.resolutionHeading(text, r)}));
        if (!report.otherItems().isEmpty()) {
            headings.add(new String[] {"TOC2", text.get("heading.other")});
        }
        headings.add(new String[] {"TOC1", text.get("heading.section3")});
        return headings;
    }

    void contents(XWPFDocument doc) {
        XWPFParagraph title = doc.createParagraph();
        title.setStyle("TOCHeading");
        title.setPageBreak(true);
        title.createRun().setText(text.get("heading.contents"));
        List<String[]> entries = headings();
        for (int i = 0; i < entries.size(); i++) {
            XWPFParagraph p = doc.createParagraph();
            p.setStyle(entries.get(i)[0]);
            if (i == 0) {
                fieldChar(p, STFldCharType.BEGIN, true);
                instruction(p, " TOC \\o \"1-3\" \\h \\z \\u ");
                fieldChar(p, STFldCharType.SEPARATE, false);
            }
            p.createRun().setText(entries.get(i)[1]);
            if (i == entries.size() - 1) {
                fieldChar(p, STFldCharType.END, false);
            }
        }
        XWPFParagraph hint = doc.createParagraph();
        XWPFRun run = hint.createRun();
        run.setItalic(true);
        run.setFontSize(9);
        run.setText(text.get("docx.toc.hint"));
    }

    void overview(XWPFDocument doc) {
        heading(doc, HEADING_1, text.get("heading.overview")).setPageBreak(true);
        doc.createParagraph().createRun().setText(text.abstractText(report));
        for (ReportCharts.Chart chart : new ReportCharts(report, text).all()) {
            picture(doc, chart);
        }
        if (!report.entities().isEmpty()) {
            heading(doc, HEADING_2, text.get("heading.abbreviations"));
            XWPFTable table = doc.createTable(report.entities().size() + 1, 2);
            widths(table, DocxReport.textWidth(false), 20, 80);
            header(table, text.get("column.abbreviation"), text.get("column.entity"));
            for (int i = 0; i < report.entities().size(); i++) {
                cell(table, i + 1, 0, report.entities().get(i).code(), false);
                cell(table, i + 1, 1, report.entities().get(i).name(), false);
            }
        }
    }

    private void picture(XWPFDocument doc, ReportCharts.Chart chart) {
        ChartPng.Png png = ChartPng.render(chart.svg());
        double maxPoints = DocxReport.textWidth(false) / 20.0;
        double points = Math.min(png.width() * 0.75, maxPoints);
        double scale = points / (png.width() * 0.75);
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setKeepNext(true);
        XWPFRun run = p.createRun();
        figure++;
        try {
            run.addPicture(new ByteArrayInputStream(png.bytes()), PictureType.PNG, "chart" + figure + ".png",
                    Units.toEMU(points), Units.toEMU(png.height() * 0.75 * scale));
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException | IOException e) {
            throw new IllegalStateException("Could not embed the chart", e);
        }
        // alternative text for screen readers: the chart's title
        CTInline inline = run.getCTR().getDrawingArray(0).getInlineArray(0);
        inline.getDocPr().setDescr(chart.title());
        XWPFParagraph caption = doc.createParagraph();
        caption.setStyle("Caption");
        caption.setAlignment(ParagraphAlignment.CENTER);
        caption.createRun().setText(text.get("figure", figure, chart.title()));
    }
}
