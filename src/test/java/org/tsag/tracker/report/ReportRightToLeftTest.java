package org.tsag.tracker.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.tsag.tracker.base.SystemAuthentication;
import org.tsag.tracker.demo.DemoDataService;
import org.tsag.tracker.i18n.Languages;
import org.tsag.tracker.testsupport.IntegrationTest;

/** The Word and PDF reports are laid out right to left in Arabic, with item codes still reading 68-3 (issue 15). */
@IntegrationTest
@WithMockUser(username = "tsb@example.org", roles = "TSB")
class ReportRightToLeftTest {

    @Autowired
    ReportService reports;

    @Autowired
    DemoDataService demo;

    @BeforeEach
    void loadDemo() {
        SystemAuthentication.run(demo::loadIfEmpty);
    }

    private XWPFDocument docx(String name, java.util.Locale reader) throws IOException {
        byte[] bytes = ReportFiles.generate(name, out -> reports.writeDocx(ReportLanguagesTest.ALL, reader, out));
        return new XWPFDocument(new ByteArrayInputStream(bytes));
    }

    /** Every paragraph of the body, table cells included. */
    private static List<XWPFParagraph> paragraphs(List<IBodyElement> elements) {
        List<XWPFParagraph> out = new ArrayList<>();
        for (IBodyElement element : elements) {
            if (element instanceof XWPFParagraph p) {
                out.add(p);
            } else if (element instanceof XWPFTable t) {
                t.getRows().forEach(r -> r.getTableCells().forEach(c -> out.addAll(paragraphs(c.getBodyElements()))));
            }
        }
        return out;
    }

    private static boolean rtl(XWPFRun run) {
        return run.getCTR().isSetRPr() && run.getCTR().getRPr().sizeOfRtlArray() > 0;
    }

    @Test
    void in_arabic_the_docx_paragraphs_tables_and_arabic_runs_are_right_to_left_and_codes_are_not() throws IOException {
        try (XWPFDocument doc = docx("report-ar.docx", Languages.ARABIC)) {
            List<XWPFParagraph> paragraphs = paragraphs(doc.getBodyElements());
            assertThat(paragraphs).isNotEmpty()
                    .allSatisfy(p -> assertThat(p.getCTP().getPPr().isSetBidi()).as(p.getText()).isTrue());
            assertThat(doc.getTables()).isNotEmpty()
                    .allSatisfy(t -> assertThat(t.getCTTbl().getTblPr().isSetBidiVisual()).isTrue());
            assertThat(doc.getDocument().getBody().getSectPr().isSetBidi()).isTrue();
            List<XWPFRun> runs = paragraphs.stream().flatMap(p -> p.getRuns().stream()).toList();
            XWPFRun heading = runs.stream().filter(r -> r.text().contains("قائمة القرارات")).findFirst().orElseThrow();
            assertThat(rtl(heading)).as(heading.getCTR().xmlText()).isTrue();
            // an item code is its own left-to-right run, so 68-13 does not turn into 13-68
            List<XWPFRun> codes = runs.stream().filter(r -> r.text().matches("68-\\d+")).toList();
            assertThat(codes).isNotEmpty().noneMatch(ReportRightToLeftTest::rtl);
            assertThat(doc.getFooterList().getFirst().getParagraphs().getFirst().getCTP().getPPr().isSetBidi()).isTrue();
            // the document's language, for Word's proofing of the right-to-left runs
            assertThat(doc.getStyle().getDocDefaults().getRPrDefault().getRPr().getLangArray(0).getBidi()).isEqualTo("ar-SA");
        } catch (org.apache.xmlbeans.XmlException e) {
            throw new IOException(e);
        }
    }

    @Test
    void in_english_the_docx_has_no_right_to_left_settings() throws IOException {
        try (XWPFDocument doc = docx("report-en.docx", Languages.ENGLISH)) {
            List<XWPFParagraph> paragraphs = paragraphs(doc.getBodyElements());
            assertThat(paragraphs).noneMatch(p -> p.getCTP().isSetPPr() && p.getCTP().getPPr().isSetBidi());
            assertThat(doc.getTables()).noneMatch(t -> t.getCTTbl().getTblPr().isSetBidiVisual());
            assertThat(paragraphs.stream().flatMap(p -> p.getRuns().stream())).noneMatch(ReportRightToLeftTest::rtl);
            assertThat(doc.getStyle().getDocDefaults().getRPrDefault().getRPr().getLangArray(0).getVal()).isEqualTo("en-GB");
        } catch (org.apache.xmlbeans.XmlException e) {
            throw new IOException(e);
        }
    }

    @Test
    void in_arabic_the_pdf_is_right_to_left_with_codes_in_left_to_right_spans() throws IOException {
        Report report = reports.report(ReportLanguagesTest.ALL);
        String arabic = new PdfReport(report, new Wording(Languages.ARABIC)).xhtml();
        String english = new PdfReport(report, new Wording(Languages.ENGLISH)).xhtml();
        assertThat(arabic).contains("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"ar\" dir=\"rtl\">",
                "<body dir=\"rtl\" class=\"rtl\">", "<span dir=\"ltr\">68-13</span>");
        assertThat(english).doesNotContain("dir=\"rtl\"").contains("<body>");

        // the Section I heading starts at the right margin in Arabic and at the left one in English
        float[] ar = extent(pdf(Languages.ARABIC, "report-ar.pdf"), "قائمة القرارات");
        float[] en = extent(pdf(Languages.ENGLISH, "report-en.pdf"), "List of resolutions");
        assertThat(en[0]).isLessThan(80f);
        assertThat(ar[0]).isGreaterThan(ar[2] / 3);
        assertThat(ar[1]).isGreaterThan(ar[2] - 80f);
        PDDocument doc = Loader.loadPDF(ReportFiles.generate("report-ar-codes.pdf",
                out -> reports.writePdf(ReportLanguagesTest.ALL, Languages.ARABIC, out)));
        try (doc) {
            assertThat(ReportPdfTest.text(doc)).contains("68-13");
        }
    }

    private byte[] pdf(java.util.Locale reader, String name) {
        return ReportFiles.generate(name, out -> reports.writePdf(ReportLanguagesTest.ALL, reader, out));
    }

    /** The leftmost and rightmost x of the first line that contains {@code text}, and its page's width. */
    static float[] extent(byte[] bytes, String text) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            float[] found = new float[3];
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String line, List<TextPosition> positions) throws IOException {
                    String normal = java.text.Normalizer.normalize(line, java.text.Normalizer.Form.NFKC);
                    if (found[2] == 0 && normal.contains(text) && !positions.isEmpty()) {
                        found[0] = (float) positions.stream().mapToDouble(TextPosition::getXDirAdj).min().orElseThrow();
                        found[1] = (float) positions.stream().mapToDouble(p -> p.getXDirAdj() + p.getWidthDirAdj()).max().orElseThrow();
                        found[2] = getCurrentPage().getMediaBox().getWidth();
                    }
                    super.writeString(line, positions);
                }
            };
            stripper.getText(pdf);
            assertThat(found[2]).as("a line with " + text).isPositive();
            return found;
        }
    }
}
