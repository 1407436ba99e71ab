package org.tsag.tracker.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.tsag.tracker.base.SystemAuthentication;
import org.tsag.tracker.demo.DemoDataService;
import org.tsag.tracker.i18n.Languages;
import org.tsag.tracker.item.ItemDetail;
import org.tsag.tracker.item.ItemService;
import org.tsag.tracker.testsupport.IntegrationTest;

/**
 * The item page's PDF in the reader's language: its wording, status names, dates and percentages; right to
 * left in Arabic with the item code still reading 68-2. The item's own texts stay as entered.
 */
@IntegrationTest
@WithMockUser(username = "tsb@example.org", roles = "TSB")
class ItemSheetLanguagesTest {

    @Autowired
    ReportService reports;

    @Autowired
    ItemService items;

    @Autowired
    DemoDataService demo;

    @BeforeEach
    void loadDemo() {
        SystemAuthentication.run(demo::loadIfEmpty);
    }

    private byte[] pdf(Locale reader, String name) {
        return ReportFiles.generate(name, out -> reports.writeItemPdf("WTSA24", "68-2", reader, out));
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return ReportPdfTest.text(doc).replaceAll("\\s+", " ");
        }
    }

    private String xhtml(Locale reader) {
        ItemDetail item = items.findItem("WTSA24", "68-2").orElseThrow();
        return new ItemSheet(item, items.periods(item.id()), Map.of(), new Wording(reader)).xhtml();
    }

    @Test
    void a_french_reader_gets_french_wording_status_names_dates_and_percentages() throws IOException {
        String text = text(pdf(Languages.FRENCH, "item-68-2-fr.pdf"));
        assertThat(text).contains("68-2", "Plan d’action WTSA24", "Clauses mises en œuvre",
                "Rapports d’état, du plus récent au plus ancien", "État En cours", "Avancement 60 %",
                "Échéance 31 octobre 2026", "Réunion cible TSAG-2026-09", "Priorité Moyenne", "données d’exemple",
                "18 novembre 2026 · Rapport · En cours · 60 % · Rouge: à risque",
                "Enregistré par TSB (Industry engagement)", "TD: TSAG TD 597",
                // the item's own texts as entered
                "Revised procedure drafted with the BDT regional offices");
        assertThat(text).doesNotContain("Status reports, newest first", "Due date", "In progress", "31 October 2026");
        assertThat(xhtml(Languages.FRENCH)).contains("lang=\"fr\"").doesNotContain("dir=\"rtl\"");
    }

    @Test
    void an_english_reader_gets_the_sheet_as_before() throws IOException {
        assertThat(text(pdf(null, "item-68-2-en.pdf"))).contains("Action plan WTSA24", "Status In progress",
                "Progress 60\u00a0%".replace('\u00a0', ' '), "Due date 31 October 2026", "Status reports, newest first");
        assertThat(xhtml(Languages.ENGLISH)).contains("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">", "<body>")
                .doesNotContain("dir=\"rtl\"");
    }

    @Test
    void in_arabic_the_sheet_is_right_to_left_with_the_code_left_to_right() throws IOException {
        assertThat(xhtml(Languages.ARABIC)).contains(
                "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"ar\" dir=\"rtl\">",
                "<body dir=\"rtl\" class=\"rtl\">",
                "<h1 class=\"first\"><span dir=\"ltr\">68-2</span>",
                // a narrative entered in English keeps its own direction, as dir="auto" does on screen
                "<div dir=\"ltr\">Revised procedure drafted with the BDT regional offices");
        assertThat(xhtml(Languages.ENGLISH)).doesNotContain("dir=\"ltr\">Revised");
        byte[] arabic = pdf(Languages.ARABIC, "item-68-2-ar.pdf");
        assertThat(text(arabic)).contains("68-2", "الفقرات المنفذة", "تقارير الحالة، الأحدث أولاً", "قيد التنفيذ",
                "Revised procedure drafted with the BDT regional offices");
        // the "Clauses implemented" heading starts at the right margin in Arabic and at the left one in English
        float[] ar = ReportRightToLeftTest.extent(arabic, "الفقرات المنفذة");
        float[] en = ReportRightToLeftTest.extent(pdf(Languages.ENGLISH, "item-68-2-en.pdf"), "Clauses implemented");
        assertThat(en[0]).isLessThan(80f);
        assertThat(ar[0]).isGreaterThan(ar[2] / 3);
        assertThat(ar[1]).isGreaterThan(ar[2] - 80f);
    }
}
