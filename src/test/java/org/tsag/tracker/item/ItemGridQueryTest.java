package org.tsag.tracker.item;

import org.tsag.tracker.status.StatusJournal;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.tsag.tracker.demo.DemoDataService;
import org.tsag.tracker.resolution.ResolutionService;
import org.tsag.tracker.testsupport.IntegrationTest;

/** The grid's query: sorting by each column, every filter, and who sees internal items. */
@IntegrationTest
@WithMockUser(username = ItemFixtures.OWNER, roles = {"TSB"})
class ItemGridQueryTest {

    static final ItemFilter ABC = ItemFilter.NONE.withText("sortfixture zebra");
    static final ItemFilter FIXTURES = ItemFilter.NONE.withText("sortfixture");

    @Autowired
    ItemService items;

    @Autowired
    DemoDataService demo;

    @Autowired
    ResolutionService resolutions;

    @Autowired
    StatusJournal journal;

    @BeforeEach
    void load() {
        ItemFixtures.load(demo, items, journal, resolutions);
    }

    @ParameterizedTest
    @ValueSource(strings = {"code", "title", "resolution", "responsible", "collaborating", "reportsTo", "owner",
            "due", "status", "progress", "updated", "period"})
    void sorting_by_a_column_orders_the_rows_by_it_both_ways(String key) {
        assertThat(codes(ABC, List.of(new ItemSort(key, false)))).containsExactly("S-A", "S-B", "S-C");
        assertThat(codes(ABC, List.of(new ItemSort(key, true)))).containsExactly("S-C", "S-B", "S-A");
    }

    @Test
    void sorting_by_plan_orders_by_plan_code_both_ways() {
        assertThat(codes(ABC, List.of(new ItemSort("plan", false)))).containsExactly("S-C", "S-B", "S-A");
        assertThat(codes(ABC, List.of(new ItemSort("plan", true)))).containsExactly("S-A", "S-B", "S-C");
    }

    @Test
    void without_a_sort_the_original_order_of_plan_and_position_is_kept() {
        assertThat(codes(ABC, List.of())).containsExactly("S-C", "S-B", "S-A");
        List<ItemRow> demoPlan = items.find(ItemFilter.NONE.withPlan("WTSA24"), 0, 5, List.of());
        assertThat(demoPlan).extracting(ItemRow::code).containsExactly("68-1", "68-2", "68-3", "68-3.1", "68-4");
    }

    @Test
    void every_sort_key_outside_the_allowlist_is_refused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ItemSort("title; drop table action_item", false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void filtering_by_status_keeps_items_whose_latest_event_has_that_status() {
        assertThat(codes(ABC.withStatuses(Set.of("COMPLETED")), List.of())).containsExactly("S-C");
        assertThat(codes(ABC.withStatuses(Set.of("COMPLETED", "NOT_STARTED")), List.of("code"))).containsExactly("S-A", "S-C");
    }

    @Test
    void filtering_by_entity_matches_any_role() {
        assertThat(codes(ABC.withEntity("ACAD"), List.of())).containsExactly("S-A");
        assertThat(codes(ABC.withEntity("br"), List.of())).containsExactly("S-B");
        assertThat(codes(ABC.withEntity("WTSA"), List.of())).containsExactly("S-C");
    }

    @Test
    void filtering_by_plan() {
        assertThat(codes(ABC.withPlan("SY"), List.of())).containsExactly("S-B");
        assertThat(items.count(ItemFilter.NONE.withPlan("CXO"))).isEqualTo(8);
    }

    @Test
    void filtering_by_resolution_keeps_items_linked_to_its_clauses() {
        assertThat(codes(FIXTURES.withResolution("68"), List.of("code"))).containsExactly("S-A", "S-B", "S-C");
        assertThat(items.count(FIXTURES.withResolution("999"))).isZero();
    }

    @Test
    void filtering_by_study_period() {
        assertThat(codes(ABC.withPeriod("2017-2020"), List.of())).containsExactly("S-A");
    }

    @Test
    void full_text_search_covers_title_description_and_event_narratives() {
        assertThat(codes(ItemFilter.NONE.withText("charlie"), List.of())).containsExactly("S-C");
        assertThat(codes(ItemFilter.NONE.withText("kangaroo"), List.of())).containsExactly("S-D");
        // stemming: "consulting" finds the narrative's "consulted"
        assertThat(codes(ItemFilter.NONE.withText("kangaroo consulting"), List.of())).containsExactly("S-D");
        assertThat(items.count(ItemFilter.NONE.withText("communiqué"))).isPositive();
    }

    @Test
    void the_search_vector_keeps_the_narratives_when_title_or_description_change() {
        // an item of its own: the shared fixtures keep their titles
        long id = org.tsag.tracker.base.SystemAuthentication.call(() -> items.findItemId("SW", "S-W").orElseGet(() -> {
            long created = items.createItem(new NewItem("SW", "S-W", null, "Wombat task", "searchfixture", List.of("TSB"),
                    List.of(), List.of("TSAG"), List.of(), "Walt", null, null, null, "LOW", "2025-2028", 1, false, true));
            journal.record(new org.tsag.tracker.status.NewStatusEvent(created, "REPORT", "IN_PROGRESS", 5, null,
                    "The platypus replied", null, java.time.LocalDate.of(2026, 4, 1), "TSB", List.of()));
            return created;
        }));
        assertThat(codes(ItemFilter.NONE.withText("platypus"), List.of())).containsExactly("S-W");
        ItemForm form = ItemForm.of(items.findItem("SW", "S-W").orElseThrow());
        String title = form.getTitle().startsWith("Wombat") ? "Numbat task" : "Wombat task";
        form.setTitle(title);
        form.setDescription("searchfixture echidna");
        items.update(form);
        assertThat(codes(ItemFilter.NONE.withText(title.split(" ")[0]), List.of())).containsExactly("S-W");
        assertThat(codes(ItemFilter.NONE.withText(title.startsWith("Wombat") ? "numbat" : "wombat"), List.of())).isEmpty();
        assertThat(codes(ItemFilter.NONE.withText("echidna"), List.of())).containsExactly("S-W");
        assertThat(codes(ItemFilter.NONE.withText("platypus"), List.of())).containsExactly("S-W");
        // a later report is found at once
        journal.record(new org.tsag.tracker.status.NewStatusEvent(id, "REPORT", "IN_PROGRESS", 6, null,
                "Quokka " + title, null, java.time.LocalDate.of(2026, 4, 2), "TSB", List.of()));
        assertThat(codes(ItemFilter.NONE.withText("quokka"), List.of())).containsExactly("S-W");
    }

    @Test
    void the_grid_count_is_exact_up_to_its_limit_and_one_more_above_it() {
        int all = items.count(ItemFilter.NONE);
        assertThat(all).isGreaterThan(3);
        assertThat(items.countUpTo(ItemFilter.NONE, 3)).isEqualTo(4);
        assertThat(items.countUpTo(ItemFilter.NONE, all)).isEqualTo(all);
        assertThat(items.countUpTo(FIXTURES, 1_000)).isEqualTo(items.count(FIXTURES));
        assertThat(items.countUpTo(FIXTURES.withPlan("NONE-SUCH"), 1_000)).isZero();
    }

    @Test
    void overdue_keeps_open_items_whose_deadline_has_passed() {
        assertThat(codes(FIXTURES.withOverdue(true), List.of())).containsExactly("S-D");
    }

    @Test
    void due_within_n_days_keeps_open_items_due_between_today_and_then() {
        assertThat(codes(FIXTURES.withDueWithinDays(10), List.of())).containsExactly("S-E");
        assertThat(codes(FIXTURES.withDueWithinDays(2), List.of())).isEmpty();
    }

    @Test
    void mine_keeps_the_items_owned_by_the_signed_in_user() {
        assertThat(codes(ItemFilter.NONE.withMine(true), List.of())).containsExactly("S-D");
    }

    @Test
    void count_matches_the_rows_found() {
        assertThat(items.count(FIXTURES)).isEqualTo(5);
        assertThat(items.find(FIXTURES, 0, 100, List.of())).hasSize(5);
        assertThat(items.find(FIXTURES, 2, 2, List.of(new ItemSort("code", false))))
                .extracting(ItemRow::code).containsExactly("S-C", "S-D");
    }

    @Test
    void the_grid_row_shows_entities_clauses_status_and_deadline() {
        ItemRow c = items.find(ItemFilter.NONE.withPlan("SX"), 0, 10, List.of()).getFirst();
        assertThat(c.clauses()).containsExactly("68/3");
        assertThat(c.responsible()).containsExactly("TSB");
        assertThat(c.collaborating()).containsExactly("CXO");
        assertThat(c.reportsTo()).containsExactly("WTSA");
        assertThat(c.status()).isEqualTo("COMPLETED");
        assertThat(c.progress()).isEqualTo(100);
        assertThat(c.closed()).isTrue();
    }

    @Test
    @WithMockUser(username = "member@example.org", roles = "MEMBER")
    void a_member_never_sees_internal_items_in_list_count_or_page() {
        assertThat(codes(FIXTURES, List.of("code"))).containsExactly("S-A", "S-B", "S-C", "S-E");
        assertThat(items.count(FIXTURES)).isEqualTo(4);
        assertThat(items.count(ItemFilter.NONE)).isEqualTo(46 + 5 - 3);
        assertThat(items.findItem("SW", "S-D")).isEmpty();
        assertThat(items.findItem("WTSA24", "68-9.1")).isEmpty();
        assertThat(items.plansWithCode("S-D")).isEmpty();
    }

    @Test
    void tsb_sees_internal_items_everywhere() {
        assertThat(items.count(FIXTURES)).isEqualTo(5);
        assertThat(items.count(ItemFilter.NONE)).isEqualTo(46 + 5);
        assertThat(items.findItem("SW", "S-D")).isPresent();
        assertThat(items.plansWithCode("S-D")).containsExactly("SW");
    }

    private List<String> codes(ItemFilter filter, List<?> sort) {
        List<ItemSort> sorts = sort.stream()
                .map(s -> s instanceof ItemSort is ? is : new ItemSort((String) s, false))
                .toList();
        return items.find(filter, 0, 100, sorts).stream().map(ItemRow::code).toList();
    }

    @Test
    void an_item_on_a_clause_of_a_revised_resolution_is_marked_superseded_through_the_clause_lineage() {
        long old2016 = resolutions.findOperativeClauseId("68", 2016, 1, "5").orElseThrow();
        long itemId = org.tsag.tracker.base.SystemAuthentication.call(() -> {
            items.createPlan(new NewPlan("OLD16", "Old plan", null, "TSB", null, "AVERAGE", true));
            return items.createItem(new NewItem("OLD16", "68-5", null, "Old clause 5", null, List.of("TSB"),
                    List.of(), List.of("TSAG"), List.of(old2016), null, null, null, null, "MEDIUM", "2017-2020", 1,
                    false, true));
        });
        assertThat(items.successors(itemId))
                .extracting(ClauseSuccessor::oldLabel, ClauseSuccessor::newYear, ClauseSuccessor::newLabel,
                        ClauseSuccessor::deleted)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("5", 2024, "8", false));
        long current = items.findItemId("WTSA24", "68-1").orElseThrow();
        assertThat(items.successors(current)).isEmpty();
    }

    @Test
    void a_named_view_is_saved_per_user_and_replaced_by_name() {
        items.saveView("Completed by TSB", "status=COMPLETED&entity=TSB");
        items.saveView("Completed by TSB", "status=COMPLETED&entity=TSB&sort=-due");
        assertThat(items.savedViews()).extracting(SavedFilter::name, SavedFilter::query)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Completed by TSB", "status=COMPLETED&entity=TSB&sort=-due"));
    }

    @Test
    @WithMockUser(username = "someone.else@example.org", roles = "MEMBER")
    void another_user_does_not_see_my_saved_views() {
        assertThat(items.savedViews()).extracting(SavedFilter::name).doesNotContain("Completed by TSB");
    }
}
