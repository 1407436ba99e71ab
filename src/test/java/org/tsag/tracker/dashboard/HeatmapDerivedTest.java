package org.tsag.tracker.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.tsag.tracker.base.SystemAuthentication;
import org.tsag.tracker.demo.DemoDataService;
import org.tsag.tracker.testsupport.IntegrationTest;

/** The heatmap fills a clause without a report with the status derived from its linked items, marked as derived (issue 18). */
@IntegrationTest
@WithMockUser(username = "member@example.org", roles = "MEMBER")
class HeatmapDerivedTest {

    @Autowired
    DashboardService dashboard;

    @Autowired
    DemoDataService demo;

    @BeforeEach
    void loadDemo() {
        SystemAuthentication.run(demo::loadIfEmpty);
    }

    @Test
    void clauses_with_linked_items_get_a_derived_status_in_the_items_period() {
        Dashboard.Heatmap heatmap = dashboard.heatmap();
        assertThat(heatmap.rows()).filteredOn(r -> r.derived("2025-2028"))
                .as("the demo's items are linked to clauses nobody reported on")
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.statusByPeriod()).containsKey("2025-2028"));
        assertThat(heatmap.rows()).filteredOn(r -> !r.derivedPeriods().isEmpty())
                .allSatisfy(r -> assertThat(r.statusByPeriod().keySet()).containsAll(r.derivedPeriods()));
    }
}
