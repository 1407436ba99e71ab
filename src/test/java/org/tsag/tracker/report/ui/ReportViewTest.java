package org.tsag.tracker.report.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.tsag.tracker.base.SystemAuthentication;
import org.tsag.tracker.demo.DemoDataService;
import org.tsag.tracker.report.ReportOptions;
import org.tsag.tracker.report.ReportService;
import org.tsag.tracker.testsupport.ViewTestBase;

/** The report page without a browser: the choices become the request, and the links download the documents. */
@WithMockUser(username = "tsb@example.org", roles = "TSB")
class ReportViewTest extends ViewTestBase {

    @Autowired
    DemoDataService demo;

    @Autowired
    ReportService reports;

    @BeforeEach
    void loadDemo() {
        SystemAuthentication.run(demo::loadIfEmpty);
    }

    @SuppressWarnings("unchecked")
    private MultiSelectComboBox<String> multi(String id) {
        return find(MultiSelectComboBox.class).withId(id).single();
    }

    @SuppressWarnings("unchecked")
    private ComboBox<String> combo(String id) {
        return find(ComboBox.class).withId(id).single();
    }

    @Test
    void tsb_chooses_a_plan_and_downloads_it_as_a_word_document() throws IOException {
        UI.getCurrent().navigate("reports");
        ReportView view = (ReportView) getCurrentView();
        ReportOptions options = reports.options(LocalDate.now());
        // it starts from the current study period and the last TSAG meeting
        assertThat(combo("report-period").getValue()).isEqualTo(options.defaultPeriod());
        assertThat(combo("report-since").getValue()).isEqualTo(options.defaultSince());

        test(multi("report-plans")).selectItem("CXO \u2013 CTO/CxO topics (Res. 68, resolves 9)");
        test(combo("report-period")).selectItem("2025-2028");
        assertThat(view.request().plans()).containsExactly("CXO");
        assertThat(view.request().period()).isEqualTo("2025-2028");
        assertThat(view.request().includeInternal()).isFalse();

        Anchor docx = find(Anchor.class).withId("report-docx").single();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        test(docx).download(out);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
             XWPFWordExtractor words = new XWPFWordExtractor(doc)) {
            String text = words.getText();
            assertThat(text).contains("CXO-T3", "Quantum-safe security", "Section I \u2013 List of resolutions")
                    .doesNotContain("68-2\n", "CXO-T1\n");
        }
    }

    @Test
    void the_pdf_link_downloads_the_same_report_as_pdf() throws IOException {
        UI.getCurrent().navigate("reports");
        test(multi("report-plans")).selectItem("IEAP \u2013 Industry Engagement Action Plan (TSAG, 2023)");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        test(find(Anchor.class).withId("report-pdf").single()).download(out);
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("IE-5.2", "TSAG-TD [number]");
        }
    }

    @Test
    void tsb_may_include_internal_items() {
        UI.getCurrent().navigate("reports");
        ReportView view = (ReportView) getCurrentView();
        Checkbox internal = find(Checkbox.class).withId("report-internal").single();
        assertThat(internal.isVisible()).isTrue();
        test(internal).click();
        assertThat(view.request().includeInternal()).isTrue();
        assertThat(find(SideNavItem.class).all()).anySatisfy(item -> assertThat(item.getPath()).isEqualTo("reports"));
    }

    @Test
    @WithMockUser(username = "admin@example.org", roles = "ADMIN")
    void an_admin_gets_reports_without_the_internal_choice() {
        UI.getCurrent().navigate("reports");
        assertThat(getCurrentView()).isInstanceOf(ReportView.class);
        // hidden components are not found
        assertThat(find(Checkbox.class).withId("report-internal").all()).isEmpty();
    }

    @Test
    @WithMockUser(username = "member@example.org", roles = "MEMBER")
    void a_member_can_neither_open_the_page_nor_see_it_in_the_menu() {
        UI.getCurrent().navigate("reports");
        assertThat(getCurrentView()).isNotInstanceOf(ReportView.class);
        assertThat(find(SideNavItem.class).all()).noneSatisfy(item -> assertThat(item.getPath()).isEqualTo("reports"));
    }

    @Test
    @WithMockUser(username = "member@example.org", roles = "MEMBER")
    void the_item_page_offers_the_item_as_a_pdf() throws IOException {
        UI.getCurrent().navigate("items/IEAP/IE-5.2");
        Anchor link = find(Anchor.class).withId("item-pdf").single();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        test(link).download(out);
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("IE-5.2", "面向亚太地区中小企业的ITU-T标准化推广活动");
        }
    }

    @Test
    @WithMockUser(username = "member@example.org", roles = "MEMBER")
    void the_item_pdf_is_in_the_page_s_language() throws IOException {
        UI.getCurrent().setLocale(org.tsag.tracker.i18n.Languages.FRENCH);
        UI.getCurrent().navigate("items/WTSA24/68-2");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        test(find(Anchor.class).withId("item-pdf").single()).download(out);
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("68-2", "Plan d\u2019action WTSA24", "Clauses mises en œuvre")
                    .doesNotContain("Status reports, newest first");
        }
    }
}
