package org.tsag.tracker.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTInline;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFldChar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHdrFtrRef;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHdrFtr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHighlightColor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Writes the report as a Word document in TSB's TD layout. Built for Word's own machinery: the
 * headings use the built-in "heading 1-3" styles (outline levels, so the navigation pane and the
 * table of contents work), the table of contents is a real TOC field that Word refreshes on
 * opening, table header rows repeat on every page, and the wide tables of Sections I and II sit in
 * a landscape section (its own page size, swapped, and orientation).
 */
final class DocxReport {

    static final String HEADING_1 = "Heading1";
    static final String HEADING_2 = "Heading2";
    static final String HEADING_3 = "Heading3";

    /** A4 in twentieths of a point. */
    private static final int A4_SHORT = 11906;
    private static final int A4_LONG = 16838;
    private static final int MARGIN = 1134;
    private static final String FONT = "Times New Roman";
    private static final String HEADER_FILL = "D9D9D9";

    private final Report report;
    private final Wording text;
    private String footerId;
    private int figure;

    DocxReport(Report report, Wording text) {
        this.report = report;
        this.text = text;
    }

    void write(OutputStream out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            styles(doc);
            footer(doc);
            cover(doc);
            contents(doc);
            overview(doc);
            endSection(doc, false);
            sectionOne(doc);
            sectionTwo(doc);
            endSection(doc, true);
            sectionThree(doc);
            page(doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                    : doc.getDocument().getBody().addNewSectPr(), false);
            // Word refreshes the table of contents (and page numbers) when it opens the file
            doc.enforceUpdateFields();
            doc.getProperties().getCoreProperties().setTitle(text.get("title"));
            doc.getProperties().getCoreProperties().setCreator(text.get("cover.source.value"));
            doc.write(out);
        }
    }

    // ---- styles

    private static void styles(XWPFDocument doc) {
        XWPFStyles styles = doc.createStyles();
        CTDocDefaults defaults = CTDocDefaults.Factory.newInstance();
        CTRPr rpr = defaults.addNewRPrDefault().addNewRPr();
        fonts(rpr.addNewRFonts());
        rpr.addNewSz().setVal(BigInteger.valueOf(22));
        rpr.addNewSzCs().setVal(BigInteger.valueOf(22));
        rpr.addNewLang().setVal("en-GB");
        CTSpacing spacing = defaults.addNewPPrDefault().addNewPPr().addNewSpacing();
        spacing.setAfter(BigInteger.valueOf(80));
        styles.getCtStyles().setDocDefaults(defaults);

        styles.addStyle(paragraphStyle("Normal", "Normal", null, null, 0, false, 0, 80));
        styles.addStyle(paragraphStyle("Title", "Title", "Normal", null, 32, true, 240, 240));
        styles.addStyle(paragraphStyle(HEADING_1, "heading 1", "Normal", 0, 28, true, 360, 120));
        styles.addStyle(paragraphStyle(HEADING_2, "heading 2", "Normal", 1, 24, true, 240, 120));
        styles.addStyle(paragraphStyle(HEADING_3, "heading 3", "Normal", 2, 22, true, 200, 80));
        // based on Normal, not on heading 1: the contents' own title stays out of the contents
        styles.addStyle(paragraphStyle("TOCHeading", "TOC Heading", "Normal", null, 28, true, 240, 120));
        styles.addStyle(paragraphStyle("TOC1", "toc 1", "Normal", null, 0, false, 60, 0));
        styles.addStyle(paragraphStyle("TOC2", "toc 2", "Normal", null, 0, false, 0, 0));
        styles.addStyle(paragraphStyle("TOC3", "toc 3", "Normal", null, 0, false, 0, 0));
        styles.addStyle(paragraphStyle("Caption", "caption", "Normal", null, 20, true, 60, 240));
        styles.addStyle(paragraphStyle("ClauseText", "Clause text", "Normal", null, 20, false, 0, 120));
        styles.addStyle(paragraphStyle("TableText", "Table text", "Normal", null, 18, false, 0, 40));
    }

    private static void fonts(CTFonts fonts) {
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        fonts.setEastAsia("SimSun");
    }

    /** A paragraph style; {@code outline} (0-based) makes it a heading for the navigation pane and the TOC. */
    private static XWPFStyle paragraphStyle(String id, String name, String basedOn, Integer outline, int halfPoints,
                                            boolean bold, int before, int after) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        if (basedOn != null) {
            style.addNewBasedOn().setVal(basedOn);
        }
        style.addNewNext().setVal("Normal");
        style.addNewQFormat();
        if (outline != null) {
            style.addNewUiPriority().setVal(BigInteger.valueOf(9));
        }
        CTPPrGeneral ppr = style.addNewPPr();
        CTSpacing spacing = ppr.addNewSpacing();
        spacing.setBefore(BigInteger.valueOf(before));
        spacing.setAfter(BigInteger.valueOf(after));
        if (outline != null) {
            ppr.addNewKeepNext();
            ppr.addNewKeepLines();
            ppr.addNewOutlineLvl().setVal(BigInteger.valueOf(outline));
        }
        CTRPr rpr = style.addNewRPr();
        if (bold) {
            rpr.addNewB();
            rpr.addNewBCs();
        }
        if (halfPoints > 0) {
            rpr.addNewSz().setVal(BigInteger.valueOf(halfPoints));
            rpr.addNewSzCs().setVal(BigInteger.valueOf(halfPoints));
        }
        if ("ClauseText".equals(id)) {
            rpr.addNewI();
        }
        return new XWPFStyle(style);
    }

    // ---- page set-up

    private void footer(XWPFDocument doc) {
        XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph p = footer.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.createRun().setText(text.get("docx.footer", text.date(report.cover().asOf())) + " \u2013 ");
        field(p, "PAGE", "1");
        footerId = doc.getRelationId(footer);
    }

    /** Ends the current section: its properties go into the last paragraph, as Word does. */
    private void endSection(XWPFDocument doc, boolean landscape) {
        XWPFParagraph p = doc.createParagraph();
        page(p.getCTP().addNewPPr().addNewSectPr(), landscape);
    }

    private void page(CTSectPr section, boolean landscape) {
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(landscape ? A4_LONG : A4_SHORT));
        size.setH(BigInteger.valueOf(landscape ? A4_SHORT : A4_LONG));
        size.setOrient(landscape ? STPageOrientation.LANDSCAPE : STPageOrientation.PORTRAIT);
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(MARGIN));
        margins.setBottom(BigInteger.valueOf(MARGIN));
        margins.setLeft(BigInteger.valueOf(MARGIN));
        margins.setRight(BigInteger.valueOf(MARGIN));
        margins.setHeader(BigInteger.valueOf(567));
        margins.setFooter(BigInteger.valueOf(567));
        margins.setGutter(BigInteger.ZERO);
        if (footerId != null && section.sizeOfFooterReferenceArray() == 0) {
            CTHdrFtrRef reference = section.addNewFooterReference();
            reference.setType(STHdrFtr.DEFAULT);
            reference.setId(footerId);
        }
    }

    /** The usable width of a page in twentieths of a point. */
    private static int textWidth(boolean landscape) {
        return (landscape ? A4_LONG : A4_SHORT) - 2 * MARGIN;
    }

    // ---- cover, contents, overview

    private void cover(XWPFDocument doc) {
        Report.Cover c = report.cover();
        XWPFTable head = doc.createTable(3, 2);
        noBorders(head);
        widths(head, textWidth(false), 60, 40);
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
        widths(block, textWidth(false), 18, 82);
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
        report.resolutions().forEach(r -> headings.add(new String[] {"TOC2", resolutionHeading(r)}));
        if (!report.otherItems().isEmpty()) {
            headings.add(new String[] {"TOC2", text.get("heading.other")});
        }
        headings.add(new String[] {"TOC1", text.get("heading.section3")});
        return headings;
    }

    private void contents(XWPFDocument doc) {
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

    private void overview(XWPFDocument doc) {
        heading(doc, HEADING_1, text.get("heading.overview")).setPageBreak(true);
        doc.createParagraph().createRun().setText(text.abstractText(report));
        for (ReportCharts.Chart chart : new ReportCharts(report, text).all()) {
            picture(doc, chart);
        }
        if (!report.entities().isEmpty()) {
            heading(doc, HEADING_2, text.get("heading.abbreviations"));
            XWPFTable table = doc.createTable(report.entities().size() + 1, 2);
            widths(table, textWidth(false), 20, 80);
            header(table, text.get("column.abbreviation"), text.get("column.entity"));
            for (int i = 0; i < report.entities().size(); i++) {
                cell(table, i + 1, 0, report.entities().get(i).code(), false);
                cell(table, i + 1, 1, report.entities().get(i).name(), false);
            }
        }
    }

    private void picture(XWPFDocument doc, ReportCharts.Chart chart) {
        ChartPng.Png png = ChartPng.render(chart.svg());
        double maxPoints = textWidth(false) / 20.0;
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

    // ---- Section I

    private void sectionOne(XWPFDocument doc) {
        heading(doc, HEADING_1, text.get("heading.section1"));
        doc.createParagraph().createRun().setText(text.get("section1.intro"));
        if (report.resolutions().isEmpty()) {
            doc.createParagraph().createRun().setText(text.get("section1.none"));
            return;
        }
        XWPFTable table = doc.createTable(report.resolutions().size() + 1, 6);
        widths(table, textWidth(true), 8, 24, 12, 24, 16, 16);
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

    private String resolutionHeading(Report.ResolutionPart r) {
        return text.resolution(r) + " \u2013 " + r.title();
    }

    private void sectionTwo(XWPFDocument doc) {
        heading(doc, HEADING_1, text.get("heading.section2")).setPageBreak(true);
        Report.Cover c = report.cover();
        doc.createParagraph().createRun().setText(c.since() == null ? text.get("section2.intro.nosince")
                : text.get("section2.intro", c.sinceTitle() == null ? c.since() : c.sinceTitle(), text.date(c.sinceDate())));
        for (Report.ResolutionPart r : report.resolutions()) {
            heading(doc, HEADING_2, resolutionHeading(r));
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
                    run(status, report.statusName(clause.status())
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
        widths(table, textWidth(true), 20, 14, 12, 38, 16);
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
            List<String> flags = new ArrayList<>();
            if (item.parentCode() != null) {
                flags.add(text.get("item.parent", item.parentCode()));
            }
            if (item.internal()) {
                flags.add(text.get("item.internal"));
            }
            if (item.sample()) {
                flags.add(text.get("item.sample"));
            }
            if (!flags.isEmpty()) {
                XWPFParagraph p = row.getCell(0).addParagraph();
                p.setStyle("TableText");
                XWPFRun r = p.createRun();
                r.setItalic(true);
                r.setText(String.join(" \u00b7 ", flags));
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

    private void sectionThree(XWPFDocument doc) {
        heading(doc, HEADING_1, text.get("heading.section3"));
        doc.createParagraph().createRun().setText(text.get("section3.intro"));
        if (report.tsagItems().isEmpty()) {
            doc.createParagraph().createRun().setText(text.get("section3.none"));
            return;
        }
        XWPFTable table = doc.createTable(report.tsagItems().size() + 1, 4);
        widths(table, textWidth(false), 14, 46, 18, 22);
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

    // ---- small pieces

    private static XWPFParagraph heading(XWPFDocument doc, String style, String title) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(style);
        p.createRun().setText(title);
        return p;
    }

    private static void run(XWPFParagraph p, String value, boolean bold) {
        XWPFRun run = p.createRun();
        run.setBold(bold);
        setText(run, value);
    }

    /** Text with line breaks kept as breaks. */
    private static void setText(XWPFRun run, String value) {
        String[] lines = (value == null ? "" : value).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i], i);
        }
    }

    private static void labelled(XWPFParagraph p, String label, String value) {
        p.setStyle("TableText");
        run(p, label + " ", true);
        run(p, value, false);
    }

    private static void line(XWPFTableCell cell, String value) {
        XWPFParagraph p = cell.addParagraph();
        p.setStyle("TableText");
        run(p, value, false);
    }

    private static XWPFParagraph cell(XWPFTable table, int row, int column, String value, boolean bold) {
        XWPFParagraph p = table.getRow(row).getCell(column).getParagraphs().getFirst();
        p.setStyle("TableText");
        run(p, value, bold);
        return p;
    }

    /** The header row: bold on grey, repeated at the top of every page, never split. */
    private static void header(XWPFTable table, String... titles) {
        XWPFTableRow row = table.getRow(0);
        row.setRepeatHeader(true);
        row.setCantSplitRow(true);
        for (int i = 0; i < titles.length; i++) {
            XWPFTableCell cell = row.getCell(i);
            cell.setColor(HEADER_FILL);
            XWPFParagraph p = cell.getParagraphs().getFirst();
            p.setStyle("TableText");
            run(p, titles[i], true);
        }
    }

    /** Column widths in per cent of {@code width} (twips), also written to the grid for LibreOffice. */
    private static void widths(XWPFTable table, int width, int... percents) {
        table.setWidthType(TableWidthType.DXA);
        table.setWidth(String.valueOf(width));
        table.setTableAlignment(TableRowAlign.LEFT);
        var grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid() : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int percent : percents) {
            grid.addNewGridCol().setW(BigInteger.valueOf((long) width * percent / 100));
        }
        for (XWPFTableRow row : table.getRows()) {
            for (int i = 0; i < percents.length && i < row.getTableCells().size(); i++) {
                row.getCell(i).setWidthType(TableWidthType.DXA);
                row.getCell(i).setWidth(String.valueOf((long) width * percents[i] / 100));
            }
        }
    }

    private static void noBorders(XWPFTable table) {
        table.removeBorders();
    }

    /** A simple field such as PAGE, with {@code shown} as its text until Word updates it. */
    private static void field(XWPFParagraph p, String instruction, String shown) {
        fieldChar(p, STFldCharType.BEGIN, false);
        instruction(p, " " + instruction + " ");
        fieldChar(p, STFldCharType.SEPARATE, false);
        p.createRun().setText(shown);
        fieldChar(p, STFldCharType.END, false);
    }

    private static void fieldChar(XWPFParagraph p, STFldCharType.Enum type, boolean dirty) {
        CTFldChar fieldChar = p.createRun().getCTR().addNewFldChar();
        fieldChar.setFldCharType(type);
        if (dirty) {
            fieldChar.setDirty(Boolean.TRUE);
        }
    }

    private static void instruction(XWPFParagraph p, String instruction) {
        CTText instr = p.createRun().getCTR().addNewInstrText();
        instr.setStringValue(instruction);
        instr.setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
    }
}
