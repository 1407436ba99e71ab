package org.tsag.tracker.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.text.Normalizer;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.tsag.tracker.base.SystemAuthentication;
import org.tsag.tracker.demo.DemoDataService;
import org.tsag.tracker.testsupport.IntegrationTest;

/** The PDF report and item sheets, read back with PDFBox: the text is there, Arabic and Chinese included. */
@IntegrationTest
@WithMockUser(username = "tsb@example.org", roles = "TSB")
class ReportPdfTest {

    static final String ARABIC_TITLE = "مبادرة التواصل مع قطاع الصناعة في المنطقة العربية";
    static final String CHINESE_TITLE = "面向亚太地区中小企业的ITU-T标准化推广活动";

    @Autowired
    ReportService reports;

    @Autowired
    DemoDataService demo;

    @BeforeEach
    void loadDemo() {
        SystemAuthentication.run(demo::loadIfEmpty);
    }

    /**
     * The text as a reader would copy it. Arabic is stored shaped (presentation forms), which NFKC
     * folds back to the letters; PDFBox already returns right-to-left runs in logical order.
     */
    static String text(PDDocument pdf) throws IOException {
        return Normalizer.normalize(new PDFTextStripper().getText(pdf), Normalizer.Form.NFKC);
    }

    @Test
    void the_report_pdf_has_the_sections_the_items_and_the_non_latin_titles() throws IOException {
        byte[] bytes = ReportFiles.generate("report-all.pdf", out -> reports.writePdf(ReportDocxTest.ALL, out));
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            // table cells wrap lines anywhere, Chinese included
            String text = text(pdf).replaceAll("\\s+", " ");
            assertThat(text.replace(" ", "")).contains(CHINESE_TITLE);
            assertThat(text).contains(
                    "TSAG-TD [number]",
                    "Section I \u2013 List of resolutions",
                    "Section II \u2013 Progress reports on implementation",
                    "Section III \u2013 Items under TSAG\u2019s own responsibility",
                    "TSAG is invited to ...",
                    "Revised procedure drafted with the BDT regional offices",
                    "68-13",
                    ARABIC_TITLE);
            assertThat(pdf.getNumberOfPages()).isGreaterThan(5);
            // Sections I and II are on landscape pages, the cover is portrait
            List<PDPage> pages = java.util.stream.StreamSupport.stream(pdf.getPages().spliterator(), false).toList();
            assertThat(pages.getFirst().getMediaBox().getWidth()).isLessThan(pages.getFirst().getMediaBox().getHeight());
            assertThat(pages).anySatisfy(p -> assertThat(p.getMediaBox().getWidth()).isGreaterThan(p.getMediaBox().getHeight()));
            // the bookmarks mirror the headings
            assertThat(pdf.getDocumentCatalog().getDocumentOutline()).isNotNull();
            assertThat(pdf.getDocumentCatalog().getDocumentOutline().getFirstChild().getTitle()).isEqualTo("Overview");
        }
    }

    @Test
    void the_fonts_are_embedded_subsets_of_the_bundled_ones() throws IOException {
        byte[] bytes = ReportFiles.generate("item-IE-5.2.pdf", out -> reports.writeItemPdf("IEAP", "IE-5.2", out));
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            List<String> fonts = new java.util.ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    fonts.add(font.getName());
                }
            }
            assertThat(fonts).anySatisfy(f -> assertThat(f).contains("DejaVuSans"));
            assertThat(fonts).anySatisfy(f -> assertThat(f).contains("DroidSansFallback"));
        }
    }

    @Test
    void an_item_pdf_prints_its_facts_clauses_and_history_in_arabic_and_chinese_too() throws IOException {
        byte[] arabic = ReportFiles.generate("item-IE-5.1.pdf", out -> reports.writeItemPdf("IEAP", "IE-5.1", out));
        try (PDDocument pdf = Loader.loadPDF(arabic)) {
            String text = text(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("IE-5.1", ARABIC_TITLE, "Action plan IEAP",
                    "Clauses implemented", "Res. 68 (Rev. New Delhi, 2024)", "Status reports, newest first");
        }
        byte[] chinese = ReportFiles.generate("item-IE-5.2.pdf", out -> reports.writeItemPdf("IEAP", "IE-5.2", out));
        try (PDDocument pdf = Loader.loadPDF(chinese)) {
            assertThat(text(pdf)).contains("IE-5.2", CHINESE_TITLE, "Responsible TSB", "Collaborating SM, BDT, RG");
        }
        byte[] history = ReportFiles.generate("item-68-2.pdf", out -> reports.writeItemPdf("WTSA24", "68-2", out));
        try (PDDocument pdf = Loader.loadPDF(history)) {
            assertThat(text(pdf)).contains("68-2", "Revised procedure drafted with the BDT regional offices",
                    "TD: TSAG TD 597", "Recorded by TSB (Industry engagement)");
        }
    }
}
