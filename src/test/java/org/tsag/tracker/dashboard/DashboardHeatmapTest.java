package org.tsag.tracker.dashboard;

import org.tsag.tracker.status.StatusJournal;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.tsag.tracker.base.SystemAuthentication;
import org.tsag.tracker.demo.DemoDataService;
import org.tsag.tracker.status.Evidence;
import org.tsag.tracker.status.NewClauseEvent;
import org.tsag.tracker.resolution.ResolutionService;
import org.tsag.tracker.testsupport.IntegrationTest;

/** The heatmap of operative clauses in force by study period, built from clause events and lineage. */
@IntegrationTest
@WithMockUser(username = "tsb@example.org", roles = "TSB")
class DashboardHeatmapTest {

    @Autowired
    DashboardService dashboard;

    @Autowired
    StatusJournal journal;

    @Autowired
    ResolutionService resolutions;

    @Autowired
    DemoDataService demo;

    @BeforeEach
    void loadDemo() {
        SystemAuthentication.run(demo::loadIfEmpty);
    }

    private void report(long clauseId, String period, String status, LocalDate date) {
        journal.reportClause(new NewClauseEvent(clauseId, period, "REPORT", status, null, null,
                "reported", date, List.of(new Evidence("TD", "TSAG TD 1", null))));
    }

    @Test
    void a_clause_in_force_shows_its_own_reports_and_those_of_the_clause_it_continues() {
        long tsb5of2016 = resolutions.findOperativeClauseId("68", 2016, 1, "5").orElseThrow();
        long tsb8of2024 = resolutions.findOperativeClauseId("68", 2024, 1, "8").orElseThrow();
        report(tsb5of2016, "2022-2024", "ONGOING", LocalDate.of(2023, 5, 30));
        report(tsb8of2024, "2025-2028", "IN_PROGRESS", LocalDate.of(2026, 1, 26));
        // the latest report of a period wins
        report(tsb8of2024, "2025-2028", "COMPLETED", LocalDate.of(2026, 6, 1));

        Dashboard.Heatmap heatmap = dashboard.dashboard(null, LocalDate.of(2026, 11, 28)).heatmap();

        assertThat(heatmap.periods()).contains("2022-2024", "2025-2028");
        assertThat(heatmap.periods().indexOf("2022-2024")).isLessThan(heatmap.periods().indexOf("2025-2028"));
        List<Dashboard.ClauseRow> clause8 = heatmap.rows().stream()
                .filter(r -> r.resolution().equals("68") && r.label().equals("8") && r.section().contains("Director"))
                .toList();
        assertThat(clause8).hasSize(1);
        assertThat(clause8.getFirst().statusByPeriod())
                .containsEntry("2022-2024", "ONGOING")
                .containsEntry("2025-2028", "COMPLETED")
                .doesNotContainKey("2017-2020");
        // only the revision in force has rows: twelve clauses for the Director of TSB in 2024
        assertThat(heatmap.rows().stream()
                .filter(r -> r.resolution().equals("68") && r.section().contains("Director"))
                .count()).isEqualTo(12);
    }
}
