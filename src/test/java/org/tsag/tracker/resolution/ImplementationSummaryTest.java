package org.tsag.tracker.resolution;

import org.tsag.tracker.status.StatusJournal;
import org.tsag.tracker.status.NewClauseEvent;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.tsag.tracker.base.SystemAuthentication;
import org.tsag.tracker.demo.DemoDataService;
import org.tsag.tracker.testsupport.IntegrationTest;

/** The resolution list's summary of the current study period (a database of its own, so counts are exact). */
@IntegrationTest
@WithMockUser(username = "tsb@example.org", roles = "TSB")
class ImplementationSummaryTest {

    @Autowired
    ResolutionService service;

    @Autowired
    StatusJournal journal;

    @Autowired
    DemoDataService demo;

    long tsb5of2016;
    long tsb8of2024;

    @BeforeEach
    void loadDemo() {
        SystemAuthentication.run(demo::loadIfEmpty);
        tsb5of2016 = service.findOperativeClauseId("68", 2016, 1, "5").orElseThrow();
        tsb8of2024 = service.findOperativeClauseId("68", 2024, 1, "8").orElseThrow();
    }

    private long report(long clauseId, String period, String status, LocalDate date) {
        return journal.reportClause(new NewClauseEvent(clauseId, period, "REPORT", status, null, null,
                null, date, List.of()));
    }

    @Test
    void the_list_counts_operative_clauses_by_latest_status_in_the_current_period() {
        report(tsb8of2024, "2025-2028", "IN_PROGRESS", LocalDate.of(2026, 1, 26));
        report(tsb8of2024, "2025-2028", "COMPLETED", LocalDate.of(2026, 9, 14));
        // a report in an earlier period does not count for the current one
        report(tsb5of2016, "2022-2024", "ONGOING", LocalDate.of(2023, 5, 30));
        long tsb1 = service.findOperativeClauseId("68", 2024, 1, "1").orElseThrow();
        report(tsb1, "2025-2028", "ONGOING", LocalDate.of(2026, 1, 26));

        ResolutionSummary summary = service.list().getFirst();
        // reported clauses count as reported; the 15 others take the status derived from their linked items
        assertThat(summary.implementation())
                .extracting(c -> c.status() + "=" + (c.count() - c.derived()))
                .contains("COMPLETED=1", "ONGOING=1");
        assertThat(summary.implementation().stream().mapToInt(ResolutionSummary.StatusCount::count).sum())
                .as("every operative clause counted once").isEqualTo(summary.operativeClauses()).isEqualTo(17);
        int derived = summary.implementation().stream().mapToInt(ResolutionSummary.StatusCount::derived).sum();
        int none = summary.implementation().stream().filter(c -> c.status() == null)
                .mapToInt(ResolutionSummary.StatusCount::count).sum();
        assertThat(derived).as("clauses with linked items").isPositive();
        assertThat(derived + none).isEqualTo(15);
    }

}
