package org.tsag.tracker.item;

import org.tsag.tracker.status.StatusJournal;
import org.tsag.tracker.status.NewStatusEvent;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.tsag.tracker.base.SystemAuthentication;
import org.tsag.tracker.dashboard.DashboardService;
import org.tsag.tracker.demo.DemoDataService;
import org.tsag.tracker.resolution.ResolutionService;
import org.tsag.tracker.testsupport.IntegrationTest;

/** The grid filters behind the dashboard's "at risk" and "on track" figures and its heatmap cells. */
@IntegrationTest
@WithMockUser(username = "chair@example.org", roles = "CHAIR")
class HealthAndClauseFilterTest {

    private static final String PLAN = "HF";

    @Autowired
    ItemService items;

    @Autowired
    StatusJournal journal;

    @Autowired
    ResolutionService resolutions;

    @Autowired
    DemoDataService demo;

    @Autowired
    DashboardService dashboard;

    long tsb5of2016;
    long tsb8of2024;
    long tsb1of2024;

    @BeforeEach
    void load() {
        SystemAuthentication.run(demo::loadIfEmpty);
        tsb5of2016 = resolutions.findOperativeClauseId("68", 2016, 1, "5").orElseThrow();
        tsb8of2024 = resolutions.findOperativeClauseId("68", 2024, 1, "8").orElseThrow();
        tsb1of2024 = resolutions.findOperativeClauseId("68", 2024, 1, "1").orElseThrow();
        if (items.findItemId(PLAN, "H-RED").isPresent()) {
            return;
        }
        items.createPlan(new NewPlan(PLAN, "Health plan", null, "TSB", null, "AVERAGE", true));
        LocalDate today = LocalDate.now();
        report(item("H-RED", tsb5of2016, today.plusDays(30)), "IN_PROGRESS", "RED");
        report(item("H-AMBER", tsb8of2024, today.plusDays(30)), "IN_PROGRESS", "AMBER");
        report(item("H-GREEN", tsb1of2024, today.plusDays(30)), "IN_PROGRESS", "GREEN");
        report(item("H-LATE", tsb1of2024, today.minusDays(3)), "IN_PROGRESS", "GREEN");
        report(item("H-DONE", tsb1of2024, today.plusDays(30)), "COMPLETED", "RED");
        item("H-NEW", tsb1of2024, null);
    }

    private long item(String code, long clauseId, LocalDate due) {
        return items.createItem(new NewItem(PLAN, code, null, "Health " + code, null, List.of("TSB"), List.of(),
                List.of("TSAG"), List.of(clauseId), null, null, due, null, "MEDIUM", "2025-2028", 1, false, true));
    }

    private void report(long id, String status, String rag) {
        journal.record(new NewStatusEvent(id, "REPORT", status, null, rag, "report", null, LocalDate.now(), "TSB",
                List.of()));
    }

    private List<String> codes(ItemFilter filter) {
        return items.find(filter.withPlan(PLAN), 0, 100, List.of(new ItemSort("code", false))).stream()
                .map(ItemRow::code)
                .toList();
    }

    @Test
    void at_risk_means_open_with_a_red_or_amber_report() {
        assertThat(codes(ItemFilter.NONE.withHealth(ItemFilter.AT_RISK))).containsExactly("H-AMBER", "H-RED");
    }

    @Test
    void on_track_means_open_neither_at_risk_nor_overdue() {
        assertThat(codes(ItemFilter.NONE.withHealth(ItemFilter.ON_TRACK))).containsExactly("H-GREEN", "H-NEW");
    }

    @Test
    void the_dashboard_figures_are_the_grid_counts_behind_their_links() {
        var figures = dashboard.dashboard(null, LocalDate.now()).figures();
        assertThat(figures.atRisk()).isEqualTo(items.count(ItemFilter.NONE.withHealth(ItemFilter.AT_RISK)));
        assertThat(figures.onTrack()).isEqualTo(items.count(ItemFilter.NONE.withHealth(ItemFilter.ON_TRACK)));
    }

    @Test
    void a_clause_in_force_finds_the_items_on_its_earlier_versions() {
        assertThat(codes(ItemFilter.NONE.withClause(tsb8of2024))).containsExactly("H-AMBER", "H-RED");
    }

    @Test
    void an_older_clause_does_not_find_the_items_on_its_successor() {
        assertThat(codes(ItemFilter.NONE.withClause(tsb5of2016))).containsExactly("H-RED");
    }

    @Test
    void a_clause_is_named_by_resolution_revision_and_label() {
        assertThat(items.clauseName(tsb8of2024)).get().asString().startsWith("Res. 68 (2024), ").endsWith(" 8");
        assertThat(items.clauseName(-1)).isEmpty();
    }

    @Test
    void counting_several_filters_at_once_gives_what_the_grid_counts_for_each() {
        ItemFilter plan = ItemFilter.NONE.withPlan(PLAN);
        List<ItemFilter> filters = List.of(
                plan,
                plan.withHealth(ItemFilter.AT_RISK),
                plan.withHealth(ItemFilter.ON_TRACK),
                plan.withOverdue(true),
                plan.withStatuses(java.util.Set.of("NOT_STARTED")),
                plan.withStatuses(java.util.Set.of("COMPLETED")),
                plan.withClause(tsb1of2024),
                plan.withText("nothing matches this"));

        List<Integer> counts = items.counts(filters);

        assertThat(counts).containsExactlyElementsOf(filters.stream().map(items::count).toList());
        assertThat(counts.get(0)).isEqualTo(6);
        assertThat(counts.get(4)).isEqualTo(1);
    }
}
