package org.tsag.tracker.item;

import org.tsag.tracker.status.StatusJournal;
import org.tsag.tracker.status.StatusTransitionException;
import org.tsag.tracker.status.StatusReport;
import org.tsag.tracker.status.Evidence;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tsag.tracker.db.Tables.STATUS_EVENT;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.security.test.context.support.WithMockUser;
import org.tsag.tracker.base.SystemAuthentication;
import org.tsag.tracker.testsupport.IntegrationTest;

/** Status reports, the workflow, bulk updates, optimistic locking and the roll-up. */
@IntegrationTest
@WithMockUser(username = "tsb@example.org", roles = {"TSB"})
class ItemWorkflowTest {

    @Autowired
    ItemService items;

    @Autowired
    StatusJournal journal;

    @Autowired
    DSLContext dsl;

    String plan;
    long open;
    long done;

    @BeforeEach
    void createItems() {
        plan = "W" + System.nanoTime();
        SystemAuthentication.run(() -> {
            items.createPlan(new NewPlan(plan, "Workflow plan", null, "TSAG", null, "AVERAGE", false));
            open = create(plan, "1", null, 1);
            done = create(plan, "2", null, 1);
            journal.report(done, report("COMPLETED", null, "Finished"));
        });
    }

    @Test
    void a_bulk_update_writes_one_event_per_item() {
        long other = SystemAuthentication.call(() -> create(plan, "3", null, 1));
        int written = journal.bulkReport(List.of(open, other), report("IN_PROGRESS", 20, "Reviewed at TSAG"));
        assertThat(written).isEqualTo(2);
        assertThat(events(open)).isEqualTo(1);
        assertThat(events(other)).isEqualTo(1);
    }

    @Test
    void a_bulk_update_with_one_refused_item_writes_nothing() {
        // reopening the completed item needs a chair: the whole update is refused
        assertThatThrownBy(() -> journal.bulkReport(List.of(open, done), report("IN_PROGRESS", 20, "Reviewed")))
                .isInstanceOf(StatusTransitionException.class);
        assertThat(events(open)).isZero();
        assertThat(events(done)).isEqualTo(1);
    }

    @Test
    void a_bulk_update_with_an_unknown_item_writes_nothing() {
        assertThatThrownBy(() -> journal.bulkReport(List.of(open, -1L), report("IN_PROGRESS", 20, "Reviewed")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(events(open)).isZero();
    }

    @Test
    void a_completed_item_is_not_reopened_by_tsb() {
        assertThatThrownBy(() -> journal.report(done, report("IN_PROGRESS", 50, "Not quite done")))
                .isInstanceOf(StatusTransitionException.class)
                .extracting(e -> ((StatusTransitionException) e).messageKey()).isEqualTo("item.report.error.chair");
    }

    @Test
    @WithMockUser(username = "chair@example.org", roles = {"CHAIR"})
    void a_chair_reopens_a_completed_item_only_with_a_reason() {
        assertThatThrownBy(() -> journal.report(done, report("IN_PROGRESS", 50, " ")))
                .isInstanceOf(StatusTransitionException.class)
                .extracting(e -> ((StatusTransitionException) e).messageKey()).isEqualTo("item.report.error.reason");
        long reopened = journal.report(done, report("IN_PROGRESS", 50, "TSAG found the report incomplete"));
        assertThat(dsl.fetchSingle(STATUS_EVENT, STATUS_EVENT.ID.eq(reopened)).getKind()).isEqualTo("REOPEN");
        assertThat(dsl.fetchSingle(STATUS_EVENT, STATUS_EVENT.ID.eq(reopened)).getAuthor()).isEqualTo("chair@example.org");
    }

    @Test
    void a_status_implies_its_progress_when_none_is_given() {
        long event = journal.report(open, report("COMPLETED", null, "Done"));
        assertThat(dsl.fetchSingle(STATUS_EVENT, STATUS_EVENT.ID.eq(event)).getProgress()).isEqualTo(100);
    }

    @Test
    void a_correction_is_a_new_event_and_the_corrected_one_stays() {
        long wrong = journal.report(open, report("IN_PROGRESS", 80, "Eighty percent"));
        long fix = journal.report(open, new StatusReport("IN_PROGRESS", 30, null, "Typo: thirty percent", null,
                LocalDate.of(2026, 5, 2), List.of(new Evidence("TD", "TSAG TD 415", null)), wrong));
        var fixRow = dsl.fetchSingle(STATUS_EVENT, STATUS_EVENT.ID.eq(fix));
        assertThat(fixRow.getKind()).isEqualTo("CORRECTION");
        assertThat(fixRow.getCorrectsEventId()).isEqualTo(wrong);
        assertThat(dsl.fetchSingle(STATUS_EVENT, STATUS_EVENT.ID.eq(wrong)).getProgress()).isEqualTo(80);
    }

    @Test
    void events_are_append_only_no_service_method_changes_or_deletes_one_and_the_database_refuses() {
        List<String> writers = Stream.of(ItemService.class, StatusJournal.class).flatMap(c -> Arrays.stream(c.getDeclaredMethods()))
                .filter(m -> Modifier.isPublic(m.getModifiers()))
                .map(Method::getName)
                .filter(n -> n.matches("(?i).*(delete|remove|edit|update|change).*(event|report).*"))
                .toList();
        assertThat(writers).isEmpty();
        long event = journal.report(open, report("IN_PROGRESS", 10, "First"));
        assertThatThrownBy(() -> dsl.update(STATUS_EVENT).set(STATUS_EVENT.PROGRESS, 99).where(STATUS_EVENT.ID.eq(event)).execute())
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> dsl.deleteFrom(STATUS_EVENT).where(STATUS_EVENT.ID.eq(event)).execute())
                .isInstanceOf(DataAccessException.class);
    }

    @Test
    void a_lock_conflict_between_two_sessions_reports_who_changed_what_and_writes_nothing() {
        ItemDetail item = items.findItem(plan, "1").orElseThrow();
        ItemForm first = ItemForm.of(item);
        ItemForm second = ItemForm.of(item);

        first.setTitle("Title from the first session");
        SystemAuthentication.call(() -> items.update(first));

        second.setOwner("Owner from the second session");
        assertThatThrownBy(() -> items.update(second))
                .isInstanceOfSatisfying(ItemChangedException.class, e -> {
                    assertThat(e.currentVersion()).isEqualTo(item.version() + 1);
                    assertThat(e.changes()).extracting(FieldChange::actor, FieldChange::field, FieldChange::oldValue,
                                    FieldChange::newValue)
                            .containsExactly(org.assertj.core.groups.Tuple.tuple("system", "title", "Item 1",
                                    "Title from the first session"));
                });
        ItemDetail now = items.findItem(plan, "1").orElseThrow();
        assertThat(now.title()).isEqualTo("Title from the first session");
        assertThat(now.owner()).isNull();

        // re-applied on the current version, the second user's input is saved
        second.setVersion(now.version());
        second.setTitle(now.title());
        items.update(second);
        assertThat(items.findItem(plan, "1").orElseThrow().owner()).isEqualTo("Owner from the second session");
        assertThat(items.fieldChanges(now.id())).extracting(FieldChange::field).containsExactly("owner", "title");
    }

    @Test
    void saving_with_the_due_date_before_the_start_date_is_refused() {
        ItemForm form = ItemForm.of(items.findItem(plan, "1").orElseThrow());
        form.setStartDate(LocalDate.of(2026, 5, 1));
        form.setDueDate(LocalDate.of(2026, 4, 1));
        assertThatThrownBy(() -> items.update(form)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void progress_rolls_up_to_the_parent_as_an_average() {
        long parent = SystemAuthentication.call(() -> create(plan, "P", null, 1));
        rollupChildren(plan, "P");
        assertThat(progress(plan, "P")).isEqualTo(50);
        assertThat(items.findItem(plan, "P").orElseThrow().progress()).isEqualTo(50);
        assertThat(items.findItem(plan, "P").orElseThrow().children()).hasSize(2);
        assertThat(parent).isPositive();
    }

    @Test
    void progress_rolls_up_to_the_parent_weighted_by_the_childrens_weight() {
        String weighted = "X" + System.nanoTime();
        SystemAuthentication.run(() -> {
            items.createPlan(new NewPlan(weighted, "Weighted plan", null, "TSAG", null, "WEIGHTED", false));
            create(weighted, "P", null, 1);
        });
        rollupChildren(weighted, "P");
        // (3 x 100 + 1 x 0) / 4
        assertThat(progress(weighted, "P")).isEqualTo(75);
        assertThat(items.findItem(weighted, "P").orElseThrow().progress()).isEqualTo(75);
    }

    @Test
    void progress_rolls_up_through_every_level_of_the_hierarchy() {
        String deep = "D" + System.nanoTime();
        SystemAuthentication.run(() -> {
            items.createPlan(new NewPlan(deep, "Deep plan", null, "TSAG", null, "AVERAGE", false));
            create(deep, "P", null, 1);
            create(deep, "P.1", "P", 1);
            create(deep, "P.2", "P", 1);
        });
        // P.1 has children of its own: completed and not started, so P.1 stands at 50
        rollupChildren(deep, "P.1");
        journal.report(items.findItemId(deep, "P.2").orElseThrow(), report("IN_PROGRESS", 90, "Nearly"));
        assertThat(progress(deep, "P.1")).isEqualTo(50);
        // P: (50 + 90) / 2, with P.1 counted at its rolled-up progress, not its own report
        assertThat(progress(deep, "P")).isEqualTo(70);
        assertThat(items.findItem(deep, "P").orElseThrow().progress()).isEqualTo(70);
    }

    private void rollupChildren(String planCode, String parent) {
        long heavy = SystemAuthentication.call(() -> create(planCode, parent + ".1", parent, 3));
        long light = SystemAuthentication.call(() -> create(planCode, parent + ".2", parent, 1));
        journal.report(heavy, report("COMPLETED", null, "Done"));
        journal.report(light, report("NOT_STARTED", null, "Later"));
    }

    private Integer progress(String planCode, String code) {
        return items.find(ItemFilter.NONE.withPlan(planCode), 0, 100, List.of()).stream()
                .filter(r -> r.code().equals(code)).findFirst().orElseThrow().progress();
    }

    private long create(String planCode, String code, String parent, int weight) {
        return items.createItem(new NewItem(planCode, code, parent, "Item " + code, null, List.of("TSB"), List.of(),
                List.of("TSAG"), List.of(), null, null, null, null, "MEDIUM", "2025-2028", weight, false, false));
    }

    private static StatusReport report(String status, Integer progress, String narrative) {
        return new StatusReport(status, progress, null, narrative, null, LocalDate.of(2026, 5, 1), List.of(), null);
    }

    private int events(long itemId) {
        return dsl.fetchCount(STATUS_EVENT, STATUS_EVENT.ACTION_ITEM_ID.eq(itemId));
    }

    @Test
    void carrying_over_moves_open_items_to_the_next_period_keeps_history_and_records_an_event() {
        long old = SystemAuthentication.call(() -> items.createItem(new NewItem(plan, "OLD", null, "Old item", null,
                List.of("TSB"), List.of(), List.of("TSAG"), List.of(), null, null, null, null, "MEDIUM", "2022-2024",
                1, false, false)));
        journal.report(old, report("IN_PROGRESS", 40, "Half done"));

        assertThat(items.carryOver("2022-2024", "2025-2028", List.of(old))).isEqualTo(1);

        ItemDetail item = items.findItem(plan, "OLD").orElseThrow();
        assertThat(item.period()).isEqualTo("2025-2028");
        assertThat(items.periods(old)).containsExactly("2022-2024", "2025-2028");
        assertThat(item.events()).extracting(ItemDetail.Event::kind).containsExactly("CARRY_OVER", "REPORT");
        assertThat(item.events().getFirst().status()).isEqualTo("IN_PROGRESS");
        assertThat(item.events().getFirst().progress()).isEqualTo(40);
        assertThat(item.status()).isEqualTo("IN_PROGRESS");
    }

    @Test
    void a_closed_item_is_not_carried_over_and_nothing_moves() {
        long old = SystemAuthentication.call(() -> items.createItem(new NewItem(plan, "OPEN", null, "Open item", null,
                List.of("TSB"), List.of(), List.of("TSAG"), List.of(), null, null, null, null, "MEDIUM", "2025-2028",
                1, false, false)));
        assertThatThrownBy(() -> items.carryOver("2025-2028", "2022-2024", List.of(old, done)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(items.findItem(plan, "OPEN").orElseThrow().period()).isEqualTo("2025-2028");
        assertThat(items.periods(old)).containsExactly("2025-2028");
        assertThat(events(old)).isZero();
    }
}
