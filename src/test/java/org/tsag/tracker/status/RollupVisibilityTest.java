package org.tsag.tracker.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.tsag.tracker.base.SystemAuthentication;
import org.tsag.tracker.item.ItemFilter;
import org.tsag.tracker.item.ItemService;
import org.tsag.tracker.item.NewItem;
import org.tsag.tracker.item.NewPlan;
import org.tsag.tracker.report.ReportRequest;
import org.tsag.tracker.report.ReportService;
import org.tsag.tracker.testsupport.IntegrationTest;

/**
 * Issue 19, item 7: a parent's progress rolled up from its children counts only the children the
 * reader may see. Two visible children are completed, an internal one is not started: a member
 * sees the parent at 100%, TSB at 67%.
 */
@IntegrationTest
class RollupVisibilityTest {

    @Autowired
    ItemService items;

    @Autowired
    StatusJournal journal;

    @Autowired
    ReportService reports;

    String plan;

    @BeforeEach
    void createItems() {
        plan = "RV" + System.nanoTime();
        SystemAuthentication.run(() -> {
            items.createPlan(new NewPlan(plan, "Roll-up visibility", null, "TSAG", null, "AVERAGE", false));
            create("IE-4", null, false);
            long a = create("IE-4.1", "IE-4", false);
            long b = create("IE-4.2", "IE-4", false);
            create("IE-4.3", "IE-4", true);
            for (long id : List.of(a, b)) {
                journal.report(id, new StatusReport("COMPLETED", null, null, "Done", null, LocalDate.of(2026, 5, 1),
                        List.of(), null));
            }
        });
    }

    @Test
    @WithMockUser(username = "member@example.org", roles = {"MEMBER"})
    void a_member_sees_the_parent_at_the_progress_of_the_children_they_may_see() {
        assertThat(gridProgress("IE-4")).isEqualTo(100);
        var detail = items.findItem(plan, "IE-4").orElseThrow();
        assertThat(detail.progress()).isEqualTo(100);
        assertThat(detail.children()).hasSize(2);
    }

    @Test
    @WithMockUser(username = "tsb@example.org", roles = {"TSB"})
    void tsb_sees_the_parent_with_its_internal_children_counted() {
        // (100 + 100 + 0) / 3
        assertThat(gridProgress("IE-4")).isEqualTo(67);
        assertThat(items.findItem(plan, "IE-4").orElseThrow().progress()).isEqualTo(67);
        assertThat(reportProgress(true)).isEqualTo(67);
    }

    @Test
    @WithMockUser(username = "tsb@example.org", roles = {"TSB"})
    void a_report_without_internal_items_rolls_up_without_them() {
        assertThat(reportProgress(false)).isEqualTo(100);
    }

    private Integer gridProgress(String code) {
        return items.find(ItemFilter.NONE.withPlan(plan), 0, 100, List.of()).stream()
                .filter(r -> r.code().equals(code)).findFirst().orElseThrow().progress();
    }

    private Integer reportProgress(boolean internal) {
        return reports.report(new ReportRequest(List.of(plan), List.of(), "2025-2028", null, internal, null)).allItems().stream()
                .filter(i -> i.code().equals("IE-4")).findFirst().orElseThrow().progress();
    }

    private long create(String code, String parent, boolean internal) {
        return items.createItem(new NewItem(plan, code, parent, "Item " + code, null, List.of("TSB"), List.of(),
                List.of("TSAG"), List.of(), null, null, null, null, "MEDIUM", "2025-2028", 1, internal, false));
    }
}
