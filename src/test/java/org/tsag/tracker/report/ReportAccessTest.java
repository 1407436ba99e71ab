package org.tsag.tracker.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.tsag.tracker.base.SystemAuthentication;
import org.tsag.tracker.demo.DemoDataService;
import org.tsag.tracker.testsupport.IntegrationTest;

/** Who may produce reports, and internal items only on request and only for TSB and chairs. */
@IntegrationTest
class ReportAccessTest {

    static final ReportRequest PUBLIC = new ReportRequest(List.of(), List.of(), null, null, false, ReportDocxTest.AS_OF);
    static final ReportRequest WITH_INTERNAL = new ReportRequest(List.of(), List.of(), null, null, true, ReportDocxTest.AS_OF);
    /** The demo's internal items. */
    static final List<String> INTERNAL = List.of("68-9.1", "IE-4.3");

    @Autowired
    ReportService reports;

    @Autowired
    DemoDataService demo;

    @BeforeEach
    void loadDemo() {
        SystemAuthentication.run(demo::loadIfEmpty);
    }

    private List<String> codes(ReportRequest request) {
        return reports.report(request).allItems().stream().map(Report.ItemEntry::code).toList();
    }

    @Test
    @WithMockUser(username = "member@example.org", roles = "MEMBER")
    void a_member_cannot_generate_a_report() {
        OutputStream out = new ByteArrayOutputStream();
        assertThatThrownBy(() -> reports.writeDocx(PUBLIC, out)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reports.writePdf(PUBLIC, out)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reports.report(PUBLIC)).isInstanceOf(AccessDeniedException.class);
        assertThat(out.toString()).isEmpty();
    }

    @Test
    @WithMockUser(username = "tsb@example.org", roles = "TSB")
    void internal_items_are_left_out_unless_tsb_asks_for_them() {
        assertThat(codes(PUBLIC)).contains("68-9", "IE-4").doesNotContainAnyElementsOf(INTERNAL);
        assertThat(reports.report(PUBLIC).cover().internalIncluded()).isFalse();
        assertThat(codes(WITH_INTERNAL)).containsAll(INTERNAL);
        assertThat(reports.report(WITH_INTERNAL).cover().internalIncluded()).isTrue();
    }

    @Test
    @WithMockUser(username = "chair@example.org", roles = "CHAIR")
    void a_chair_may_include_internal_items() {
        assertThat(codes(WITH_INTERNAL)).containsAll(INTERNAL);
    }

    @Test
    @WithMockUser(username = "admin@example.org", roles = "ADMIN")
    void an_admin_generates_reports_but_never_with_internal_items() {
        assertThat(reports.mayIncludeInternal()).isFalse();
        assertThat(codes(WITH_INTERNAL)).isNotEmpty().doesNotContainAnyElementsOf(INTERNAL);
        assertThat(reports.report(WITH_INTERNAL).cover().internalIncluded()).isFalse();
    }

    @Test
    @WithMockUser(username = "member@example.org", roles = "MEMBER")
    void a_member_prints_a_public_item_but_not_an_internal_one() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        reports.writeItemPdf("WTSA24", "68-9", out);
        assertThat(out.toByteArray()).startsWith("%PDF".getBytes());
        ByteArrayOutputStream internal = new ByteArrayOutputStream();
        assertThatThrownBy(() -> reports.writeItemPdf("WTSA24", "68-9.1", internal)).isInstanceOf(IllegalArgumentException.class);
        assertThat(internal.size()).isZero();
    }
}
