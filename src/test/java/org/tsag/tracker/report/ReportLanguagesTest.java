package org.tsag.tracker.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.tsag.tracker.base.SystemAuthentication;
import org.tsag.tracker.demo.DemoDataService;
import org.tsag.tracker.i18n.Languages;
import org.tsag.tracker.testsupport.IntegrationTest;

/** The report's headings, labels and column names in the reader's language (issue 15); the data stays as entered. */
@IntegrationTest
@WithMockUser(username = "tsb@example.org", roles = "TSB")
class ReportLanguagesTest {

    static final ReportRequest ALL = new ReportRequest(List.of(), List.of(), null, "TSAG-2026-09", false,
            LocalDate.of(2026, 11, 28));

    @Autowired
    ReportService reports;

    @Autowired
    DemoDataService demo;

    @BeforeEach
    void loadDemo() {
        SystemAuthentication.run(demo::loadIfEmpty);
    }

    private List<String> headings(Locale reader) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        reports.writeDocx(ALL, reader, out);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
            return doc.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle()))
                    .map(XWPFParagraph::getText).toList();
        }
    }

    @Test
    void a_french_reader_gets_french_headings_and_an_english_one_english_headings() throws IOException {
        assertThat(headings(Languages.FRENCH)).contains("Section I \u2013 Liste des résolutions",
                "Section III \u2013 Points relevant de la responsabilité propre du GCNT");
        assertThat(headings(null)).contains("Section I \u2013 List of resolutions");
        assertThat(headings(Languages.ENGLISH)).contains("Section I \u2013 List of resolutions");
    }

    @Test
    void arabic_and_chinese_headings_and_the_pdf_in_arabic() throws IOException {
        assertThat(headings(Languages.ARABIC)).contains("القسم الأول \u2013 قائمة القرارات");
        assertThat(headings(Languages.CHINESE)).contains("第一部分 \u2013 决议清单");
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        reports.writePdf(ALL, Languages.ARABIC, pdf);
        assertThat(pdf.toByteArray()).hasSizeGreaterThan(1000);
    }

    @Test
    void the_pdf_s_html_lang_is_the_reader_s_language() {
        Report report = reports.report(ALL);
        for (Locale language : Languages.SUPPORTED) {
            assertThat(new PdfReport(report, new Wording(language)).xhtml()).as(language.toString())
                    .contains("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"" + language.getLanguage() + "\"");
        }
        assertThat(new PdfReport(report, new Wording()).xhtml()).contains("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">");
    }

    @Test
    void status_names_percentages_and_the_abstract_follow_the_reader_s_language() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        reports.writeDocx(ALL, Languages.FRENCH, out);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
             XWPFWordExtractor words = new XWPFWordExtractor(doc)) {
            // the status names of the screens (status.IN_PROGRESS), as the dashboard names them
            assertThat(words.getText()).contains("En cours (" + new Wording(Languages.FRENCH).percent(60) + ")",
                            "Le présent document rend compte des progrès accomplis", "Résolution 68", "Aucun changement.")
                    .doesNotContain("In progress", "This document reports", "No change.");
            // Word checks the spelling in French
            assertThat(doc.getStyle().getDocDefaults().getRPrDefault().getRPr().getLangArray(0).getVal()).isEqualTo("fr-FR");
        } catch (org.apache.xmlbeans.XmlException e) {
            throw new IOException(e);
        }
        assertThat(new Wording(Languages.ARABIC).status("IN_PROGRESS", "In progress")).isEqualTo("قيد التنفيذ");
        assertThat(new Wording(Languages.ENGLISH).status("IN_PROGRESS", "In progress")).isEqualTo("In progress");
        // a status the translations lack keeps the database's name
        assertThat(new Wording(Languages.FRENCH).status("NEW_ONE", "New one")).isEqualTo("New one");
        assertThat(new Wording(Languages.FRENCH).percent(60)).isEqualTo("60\u00a0%");
        assertThat(new Wording(Languages.CHINESE).percent(60)).isEqualTo("60%");
        assertThat(new Wording(Languages.ARABIC).percent(60)).isEqualTo("60%");
        assertThat(new Wording().percent(60)).isEqualTo("60\u00a0%");
    }

    @Test
    void every_translated_key_exists_in_english_and_every_pattern_formats() {
        ResourceBundle english = ResourceBundle.getBundle("report.wording", Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        for (Locale language : Languages.SUPPORTED) {
            Wording wording = new Wording(language);
            for (String key : english.keySet()) {
                // a broken MessageFormat pattern (a plain apostrophe, an unclosed brace) throws here
                assertThat(wording.get(key, 1, 2, 3, 4, 5, 6, 7, 8)).as(language + " " + key).isNotNull();
            }
        }
    }
}
