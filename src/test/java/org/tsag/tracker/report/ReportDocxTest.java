package org.tsag.tracker.report;

import org.tsag.tracker.status.StatusJournal;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.imageio.ImageIO;

import org.apache.poi.xwpf.usermodel.BodyElementType;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.tsag.tracker.base.SystemAuthentication;
import org.tsag.tracker.demo.DemoDataService;
import org.tsag.tracker.status.NewClauseEvent;
import org.tsag.tracker.resolution.ResolutionService;
import org.tsag.tracker.testsupport.IntegrationTest;

/** The .docx report opened again with POI: Word structure (styles, TOC, sections, tables) and the demo data's values. */
@IntegrationTest
@WithMockUser(username = "tsb@example.org", roles = "TSB")
class ReportDocxTest {

    static final LocalDate AS_OF = LocalDate.of(2026, 11, 28);
    /** Every plan and period, compared with the TSAG meeting of September 2026. */
    static final ReportRequest ALL = new ReportRequest(List.of(), List.of(), null, "TSAG-2026-09", false, AS_OF);

    @Autowired
    ReportService reports;

    @Autowired
    StatusJournal journal;

    @Autowired
    DemoDataService demo;

    @Autowired
    ResolutionService resolutions;

    /** The database is fresh for each test class. */
    private static boolean clauseReported;

    @BeforeEach
    void loadDemo() {
        SystemAuthentication.run(demo::loadIfEmpty);
        if (!clauseReported) {
            // the demo reports on items only; a report on a clause itself feeds the heatmap and Section II
            long clause = resolutions.find("68", 2024).orElseThrow().revision().sections().get(4).clauses().stream()
                    .filter(c -> "9".equals(c.label())).findFirst().orElseThrow().id();
            journal.reportClause(new NewClauseEvent(clause, "2025-2028", "REPORT", "IN_PROGRESS", 40, "GREEN",
                    "Topic register in place; first lifecycle report due in February 2027.", LocalDate.of(2026, 9, 14), List.of()));
            clauseReported = true;
        }
    }

    private XWPFDocument docx(String name, ReportRequest request) throws IOException {
        byte[] bytes = ReportFiles.generate(name, out -> reports.writeDocx(request, out));
        return new XWPFDocument(new ByteArrayInputStream(bytes));
    }

    private static List<String> headings(XWPFDocument doc, String style) {
        return doc.getParagraphs().stream().filter(p -> style.equals(p.getStyle())).map(XWPFParagraph::getText).toList();
    }

    private static Optional<XWPFTable> tableWithHeader(XWPFDocument doc, String header) {
        return doc.getTables().stream()
                .filter(t -> t.getRow(0).getTableCells().stream().anyMatch(c -> c.getText().equals(header)))
                .findFirst();
    }

    private static XWPFTableRow rowOf(XWPFDocument doc, String code) {
        return doc.getTables().stream()
                .flatMap(t -> t.getRows().stream())
                .filter(r -> r.getCell(0).getParagraphs().getFirst().getText().equals(code) && r.getTableCells().size() == 5)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + code));
    }

    @Test
    void headings_use_words_heading_styles_with_outline_levels_and_a_toc_field() throws IOException {
        try (XWPFDocument doc = docx("report-all.docx", ALL)) {
            for (int level = 1; level <= 3; level++) {
                var style = doc.getStyles().getStyle("Heading" + level);
                assertThat(style).as("Heading" + level + " is defined in the styles part").isNotNull();
                assertThat(style.getName()).isEqualTo("heading " + level);
                assertThat(style.getCTStyle().getPPr().getOutlineLvl().getVal().intValue()).isEqualTo(level - 1);
            }
            assertThat(headings(doc, "Heading1")).containsExactly(
                    "Overview",
                    "Section I \u2013 List of resolutions",
                    "Section II \u2013 Progress reports on implementation",
                    "Section III \u2013 Items under TSAG\u2019s own responsibility");
            assertThat(headings(doc, "Heading2")).contains(
                    "Resolution 68 (Rev. New Delhi, 2024) \u2013 Evolving role of industry in the ITU Telecommunication Standardization Sector",
                    "Action items not linked to a resolution");
            assertThat(headings(doc, "Heading3")).anySatisfy(h -> assertThat(h).endsWith(" 2 \u2013 68 (TSB-2)"));
            assertThat(headings(doc, "Heading3")).anySatisfy(h -> assertThat(h).endsWith(" 1 \u2013 68 (TSAG-1)"));

            String body = doc.getDocument().xmlText();
            assertThat(body).contains("TOC \\o \"1-3\" \\h \\z \\u");
            assertThat(doc.getSettings().getCTSettings().xmlText()).contains("updateFields");
        }
    }

    @Test
    void the_cover_is_a_td_with_a_number_to_fill_in_and_a_filled_abstract() throws IOException {
        try (XWPFDocument doc = docx("report-all.docx", ALL)) {
            XWPFTable head = doc.getTables().getFirst();
            assertThat(head.getRow(0).getCell(1).getText()).isEqualTo("TSAG-TD [number]");
            assertThat(head.getText()).contains("STUDY PERIOD ALL STUDY PERIODS");
            XWPFTable block = doc.getTables().get(1);
            assertThat(block.getRow(0).getCell(1).getText()).isEqualTo("Director, TSB");
            assertThat(block.getRow(1).getCell(1).getText()).startsWith("Progress report");
            String summary = block.getRow(6).getCell(1).getText();
            assertThat(summary).contains("one WTSA resolution", "as of 28 November 2026",
                    "Since TSAG meeting, September 2026 (18 September 2026)", "became overdue",
                    "under TSAG\u2019s own responsibility", "Items internal to TSB are not included");
            assertThat(doc.getParagraphs().stream().map(XWPFParagraph::getText))
                    .anySatisfy(t -> assertThat(t).contains("TSAG meeting, February 2027, Geneva, 1 February 2027"));
        }
    }

    @Test
    void tables_repeat_their_header_row_and_the_wide_ones_are_in_a_landscape_section() throws IOException {
        try (XWPFDocument doc = docx("report-all.docx", ALL)) {
            XWPFTable resolutions = tableWithHeader(doc, "Entities instructed or invited").orElseThrow();
            List<XWPFTable> data = doc.getTables().subList(2, doc.getTables().size());
            assertThat(data).hasSizeGreaterThan(5).allSatisfy(t -> assertThat(t.getRow(0).isRepeatHeader()).isTrue());

            // section properties close each section: portrait (cover, overview), landscape (I and II), portrait (III)
            List<IBodyElement> body = doc.getBodyElements();
            List<Integer> breaks = new ArrayList<>();
            List<CTSectPr> sections = new ArrayList<>();
            for (int i = 0; i < body.size(); i++) {
                if (body.get(i) instanceof XWPFParagraph p && p.getCTP().getPPr() != null && p.getCTP().getPPr().isSetSectPr()) {
                    breaks.add(i);
                    sections.add(p.getCTP().getPPr().getSectPr());
                }
            }
            sections.add(doc.getDocument().getBody().getSectPr());
            assertThat(sections).hasSize(3);
            assertThat(sections).extracting(s -> s.getPgSz().getOrient())
                    .containsExactly(STPageOrientation.PORTRAIT, STPageOrientation.LANDSCAPE, STPageOrientation.PORTRAIT);
            CTSectPr landscape = sections.get(1);
            assertThat(((java.math.BigInteger) landscape.getPgSz().getW()).intValue())
                    .isGreaterThan(((java.math.BigInteger) landscape.getPgSz().getH()).intValue());

            int sectionOne = body.indexOf(resolutions);
            int anItemTable = body.indexOf(tableWithHeader(doc, "Latest report and evidence").orElseThrow());
            int tsagTable = body.indexOf(tableWithHeader(doc, "TSAG is invited to ...").orElseThrow());
            assertThat(sectionOne).isBetween(breaks.get(0), breaks.get(1));
            assertThat(anItemTable).isBetween(breaks.get(0), breaks.get(1));
            assertThat(tsagTable).isGreaterThan(breaks.get(1));
            assertThat(body.get(tsagTable).getElementType()).isEqualTo(BodyElementType.TABLE);
        }
    }

    @Test
    void section_one_lists_the_resolution_with_who_must_act_cooperate_and_report() throws IOException {
        try (XWPFDocument doc = docx("report-all.docx", ALL)) {
            XWPFTableRow row = tableWithHeader(doc, "Entities instructed or invited").orElseThrow().getRow(1);
            assertThat(row.getCell(0).getText()).isEqualTo("68");
            assertThat(row.getCell(1).getText()).isEqualTo("Evolving role of industry in the ITU Telecommunication Standardization Sector");
            assertThat(row.getCell(2).getText()).isEqualTo("Rev. New Delhi, 2024");
            assertThat(row.getCell(3).getText()).contains("Director of TSB", "TSAG", "Sector Members");
            assertThat(row.getCell(4).getText()).contains("BDT", "Regional groups");
            assertThat(row.getCell(5).getText()).contains("TSAG", "ITU Council", "WTSA");
        }
    }

    @Test
    void an_item_shows_status_latest_narrative_with_evidence_and_what_changed_since_the_meeting() throws IOException {
        try (XWPFDocument doc = docx("report-all.docx", ALL)) {
            XWPFTableRow row = rowOf(doc, "68-2");
            assertThat(row.getCell(0).getText()).contains("Address the needs of developing countries in CxO meetings");
            assertThat(row.getCell(1).getText()).contains("Responsible: TSB", "Collaborating: MS, BDT, RG");
            assertThat(row.getCell(2).getText()).contains("In progress (60\u00a0%)", "Red: at risk", "Due 31 October 2026 (overdue)");
            assertThat(row.getCell(3).getText()).contains("18 November 2026",
                    "Revised procedure drafted with the BDT regional offices",
                    "Evidence: Other: Draft consultation procedure, version 2 (TSB internal)");
            assertThat(row.getCell(4).getText()).contains("progress 55\u00a0% \u2192 60\u00a0%", "became overdue");

            // the clause's own report is printed under its heading
            assertThat(doc.getParagraphs().stream().map(XWPFParagraph::getText))
                    .contains("Implementation reported for the clause: In progress (40\u00a0%)");

            XWPFTableRow completed = rowOf(doc, "68-4.2");
            assertThat(completed.getCell(2).getText()).contains("Completed (100\u00a0%)");
            assertThat(completed.getCell(4).getText()).isEqualTo("No change.");
            // a sub-item says whose part it is
            assertThat(completed.getCell(0).getText()).contains("part of 68-4");
        }
    }

    @Test
    void the_closing_table_lists_what_tsag_is_invited_to_do() throws IOException {
        try (XWPFDocument doc = docx("report-all.docx", ALL)) {
            XWPFTable table = tableWithHeader(doc, "TSAG is invited to ...").orElseThrow();
            assertThat(table.getRow(0).isRepeatHeader()).isTrue();
            List<String> codes = table.getRows().stream().skip(1).map(r -> r.getCell(0).getText()).toList();
            // in the order of Section II: IE-6 implements resolves to instruct TSB 7, IE-7 no clause
            assertThat(codes).containsExactly("IE-6", "68-13", "68-14", "68-15", "IE-7");
            XWPFTableRow evaluate = table.getRows().get(2);
            assertThat(evaluate.getCell(1).getText()).contains("TSAG to continue to evaluate the CTO/CxO process");
        }
    }

    @Test
    void the_charts_are_embedded_as_pictures_with_alternative_text() throws IOException {
        try (XWPFDocument doc = docx("report-all.docx", ALL)) {
            List<XWPFPictureData> pictures = doc.getAllPictures();
            assertThat(pictures).hasSizeGreaterThanOrEqualTo(3);
            for (XWPFPictureData picture : pictures) {
                assertThat(picture.getPictureTypeEnum()).isEqualTo(org.apache.poi.common.usermodel.PictureType.PNG);
                var image = ImageIO.read(new ByteArrayInputStream(picture.getData()));
                assertThat(image.getWidth()).isGreaterThan(600);
            }
            assertThat(doc.getDocument().xmlText()).contains("descr=\"Action items by resolution and status\"");
            assertThat(doc.getParagraphs().stream().map(XWPFParagraph::getText))
                    .contains("Figure 1 \u2013 Action items by resolution and status",
                            "Figure 2 \u2013 Action items by responsible entity and status",
                            "Figure 3 \u2013 Operative clauses by study period: latest reported status");
        }
    }

    @Test
    void a_report_for_one_plan_and_period_keeps_to_them() throws IOException {
        ReportRequest cxo = new ReportRequest(List.of("CXO"), List.of(), "2025-2028", "TSAG-2026-09", false, AS_OF);
        Report report = reports.report(cxo);
        assertThat(report.allItems()).extracting(Report.ItemEntry::plan).containsOnly("CXO");
        assertThat(report.allItems()).extracting(Report.ItemEntry::code).contains("CXO-T3").doesNotContain("CXO-T1");
        assertThat(report.cover().plans()).extracting(Report.Plan::code).containsExactly("CXO");
        try (XWPFDocument doc = docx("report-cxo.docx", cxo)) {
            assertThat(headings(doc, "Heading3")).isNotEmpty();
            assertThat(doc.getTables().get(0).getText()).contains("STUDY PERIOD 2025-2028");
        }
    }
}
