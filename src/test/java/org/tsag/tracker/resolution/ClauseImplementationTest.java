package org.tsag.tracker.resolution;

import org.tsag.tracker.status.StatusJournal;
import org.tsag.tracker.status.Evidence;
import org.tsag.tracker.status.NewClauseEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tsag.tracker.db.Tables.EVIDENCE;
import static org.tsag.tracker.db.Tables.STATUS_EVENT;

import java.time.LocalDate;
import java.util.List;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.tsag.tracker.base.SystemAuthentication;
import org.tsag.tracker.demo.DemoDataService;
import org.tsag.tracker.testsupport.IntegrationTest;

/** Reports on an operative clause per study period: append-only, and followed through lineage. */
@IntegrationTest
@WithMockUser(username = "tsb@example.org", roles = "TSB")
class ClauseImplementationTest {

    @Autowired
    ResolutionService service;

    @Autowired
    StatusJournal journal;

    @Autowired
    DemoDataService demo;

    @Autowired
    DSLContext dsl;

    long tsb5of2016;
    long tsb8of2024;

    @BeforeEach
    void loadDemo() {
        SystemAuthentication.run(demo::loadIfEmpty);
        tsb5of2016 = service.findOperativeClauseId("68", 2016, 1, "5").orElseThrow();
        tsb8of2024 = service.findOperativeClauseId("68", 2024, 1, "8").orElseThrow();
    }

    private long report(long clauseId, String period, String status, LocalDate date) {
        return journal.reportClause(new NewClauseEvent(clauseId, period, "REPORT", status, null, "GREEN",
                "Communiqué published", date, List.of(new Evidence("TD", "TSAG TD 415", null))));
    }

    @Test
    void a_2024_clause_shows_the_reports_on_the_2016_clause_it_continues() {
        report(tsb5of2016, "2022-2024", "ONGOING", LocalDate.of(2023, 5, 30));
        report(tsb8of2024, "2025-2028", "IN_PROGRESS", LocalDate.of(2026, 1, 26));

        ResolutionPage page = service.find("68", 2024).orElseThrow();
        assertThat(page.eventsOf(tsb8of2024))
                .extracting(e -> e.studyPeriod() + " " + e.status() + " on " + e.viaYear() + "/" + e.viaLabel())
                .containsExactly("2022-2024 ONGOING on 2016/5", "2025-2028 IN_PROGRESS on 2024/8");
        assertThat(page.eventsOf(tsb8of2024).getFirst().author()).isEqualTo("tsb@example.org");
        assertThat(page.eventsOf(tsb8of2024).getFirst().evidence())
                .containsExactly(new Evidence("TD", "TSAG TD 415", null));

        // the 2016 page sees only its own report
        ResolutionPage old = service.find("68", 2016).orElseThrow();
        assertThat(old.eventsOf(tsb5of2016)).extracting(ClauseEvent::status).containsExactly("ONGOING");
    }

    @Test
    void clause_reports_are_append_only() {
        // its own clause: the database lives as long as the test class
        long tsb11 = service.findOperativeClauseId("68", 2024, 1, "11").orElseThrow();
        long event = report(tsb11, "2025-2028", "IN_PROGRESS", LocalDate.of(2026, 1, 26));
        assertThatThrownBy(() -> dsl.update(STATUS_EVENT)
                .set(STATUS_EVENT.STATUS, "COMPLETED")
                .where(STATUS_EVENT.ID.eq(event))
                .execute())
                .isInstanceOf(DataAccessException.class)
                .rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> dsl.deleteFrom(EVIDENCE).where(EVIDENCE.STATUS_EVENT_ID.eq(event)).execute())
                .isInstanceOf(DataAccessException.class);

        // a later report is a new event; the history keeps both
        report(tsb11, "2025-2028", "COMPLETED", LocalDate.of(2026, 9, 14));
        assertThat(service.find("68", 2024).orElseThrow().eventsOf(tsb11))
                .extracting(ClauseEvent::status)
                .containsExactly("IN_PROGRESS", "COMPLETED");
    }

    @Test
    void only_operative_clauses_in_force_are_reported_on() {
        long preamble = service.find("68", 2024).orElseThrow().revision().sections().getFirst().clauses()
                .getFirst().id();
        assertThatThrownBy(() -> report(preamble, "2025-2028", "ONGOING", LocalDate.of(2026, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> report(tsb8of2024, "1999-2000", "ONGOING", LocalDate.of(2026, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @WithMockUser(username = "member@example.org", roles = "MEMBER")
    void members_cannot_report() {
        assertThatThrownBy(() -> report(tsb8of2024, "2025-2028", "ONGOING", LocalDate.of(2026, 1, 1)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_search_finds_resolutions_by_number_and_title_words() {
        assertThat(service.list(new ResolutionFilter("industr"))).extracting(ResolutionSummary::number)
                .containsExactly("68");
        assertThat(service.list(new ResolutionFilter("68"))).hasSize(1);
        assertThat(service.list(new ResolutionFilter("evolving role"))).hasSize(1);
        assertThat(service.list(new ResolutionFilter("satellite"))).isEmpty();
        assertThat(service.list(new ResolutionFilter("'; drop table resolution; --"))).isEmpty();
        assertThat(service.list(new ResolutionFilter("  "))).hasSize(1);
    }
}
