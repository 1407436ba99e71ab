package org.tsag.tracker.item;

import org.tsag.tracker.status.StatusJournal;
import org.tsag.tracker.status.StatusTransitionException;
import org.tsag.tracker.status.ItemReport;
import org.tsag.tracker.status.StatusReport;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tsag.tracker.db.Tables.ACTION_ITEM;
import static org.tsag.tracker.db.Tables.STATUS_EVENT;

import java.time.LocalDate;
import java.util.List;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.tsag.tracker.base.SystemAuthentication;
import org.tsag.tracker.testsupport.IntegrationTest;

/** Status reports for many items at once (imports): checked like single reports, written together or not at all. */
@IntegrationTest
@WithMockUser(username = "tsb@example.org", roles = {"TSB"})
class ItemBatchReportTest {

    @Autowired
    ItemService items;

    @Autowired
    StatusJournal journal;

    @Autowired
    DSLContext dsl;

    String plan;
    long first;
    long second;
    long done;

    @BeforeEach
    void createItems() {
        plan = "B" + System.nanoTime();
        SystemAuthentication.run(() -> {
            items.createPlan(new NewPlan(plan, "Batch plan", null, "TSAG", null, "AVERAGE", false));
            first = create("1");
            second = create("2");
            done = create("3");
            journal.report(done, report("COMPLETED", null, "Finished"));
        });
    }

    @Test
    void reports_for_many_items_become_one_event_each_in_order_by_the_reporter() {
        List<Long> ids = journal.reportAll(List.of(
                new ItemReport(first, report("IN_PROGRESS", 20, "Started")),
                new ItemReport(second, report("COMPLETED", null, null))));

        assertThat(ids).hasSize(2);
        assertThat(ids.get(0)).isLessThan(ids.get(1));
        var firstEvent = dsl.selectFrom(STATUS_EVENT).where(STATUS_EVENT.ID.eq(ids.get(0))).fetchSingle();
        assertThat(firstEvent.getActionItemId()).isEqualTo(first);
        assertThat(firstEvent.getStatus()).isEqualTo("IN_PROGRESS");
        assertThat(firstEvent.getProgress()).isEqualTo(20);
        assertThat(firstEvent.getKind()).isEqualTo("REPORT");
        assertThat(firstEvent.getAuthor()).isEqualTo("tsb@example.org");
        assertThat(firstEvent.getNarrative()).isEqualTo("Started");
        assertThat(firstEvent.getOccurredOn()).isEqualTo(LocalDate.of(2026, 5, 1));
        var secondEvent = dsl.selectFrom(STATUS_EVENT).where(STATUS_EVENT.ID.eq(ids.get(1))).fetchSingle();
        assertThat(secondEvent.getActionItemId()).isEqualTo(second);
        // a status that implies a progress records it, as a single report does
        assertThat(secondEvent.getProgress()).isEqualTo(100);
        assertThat(currentEvent(first)).isEqualTo(ids.get(0));
        assertThat(currentEvent(second)).isEqualTo(ids.get(1));
    }

    @Test
    void one_refused_report_among_many_writes_none() {
        // leaving a closed status needs a chair and a reason: the whole batch is refused
        assertThatThrownBy(() -> journal.reportAll(List.of(
                new ItemReport(first, report("IN_PROGRESS", 20, "Started")),
                new ItemReport(done, report("IN_PROGRESS", 50, "Not quite")))))
                .isInstanceOf(StatusTransitionException.class)
                .extracting(e -> ((StatusTransitionException) e).messageKey()).isEqualTo("item.report.error.chair");
        assertThat(events(first)).isZero();
        assertThat(events(done)).isEqualTo(1);
    }

    @Test
    void an_unknown_item_or_an_item_reported_twice_is_refused_and_nothing_is_written() {
        assertThatThrownBy(() -> journal.reportAll(List.of(
                new ItemReport(first, report("IN_PROGRESS", 20, null)),
                new ItemReport(-1L, report("IN_PROGRESS", 20, null)))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> journal.reportAll(List.of(
                new ItemReport(first, report("IN_PROGRESS", 20, null)),
                new ItemReport(first, report("ONGOING", null, null)))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(events(first)).isZero();
    }

    @Test
    @WithMockUser(username = "chair@example.org", roles = {"CHAIR"})
    void a_chair_reopens_with_a_reason_among_other_reports() {
        List<Long> ids = journal.reportAll(List.of(
                new ItemReport(done, report("IN_PROGRESS", 50, "TSAG found the report incomplete")),
                new ItemReport(first, report("IN_PROGRESS", 10, null))));

        assertThat(dsl.select(STATUS_EVENT.KIND, STATUS_EVENT.AUTHOR).from(STATUS_EVENT).where(STATUS_EVENT.ID.in(ids))
                .orderBy(STATUS_EVENT.ID).fetch().map(r -> r.value1() + " by " + r.value2()))
                .containsExactly("REOPEN by chair@example.org", "REPORT by chair@example.org");
    }

    @Test
    void many_field_edits_are_saved_together_unless_one_item_was_saved_meanwhile() {
        ItemForm a = ItemForm.of(items.findItem(plan, "1").orElseThrow());
        ItemForm b = ItemForm.of(items.findItem(plan, "2").orElseThrow());
        a.setTitle("First, renamed");
        b.setTitle("Second, renamed");
        ItemForm stale = ItemForm.of(items.findItem(plan, "1").orElseThrow());

        assertThat(items.updateAll(List.of(a, b))).isEqualTo(2);
        assertThat(items.findItem(plan, "2").orElseThrow().title()).isEqualTo("Second, renamed");

        ItemForm c = ItemForm.of(items.findItem(plan, "2").orElseThrow());
        c.setTitle("Second, again");
        stale.setTitle("First, from an old form");
        assertThatThrownBy(() -> items.updateAll(List.of(c, stale))).isInstanceOf(ItemChangedException.class);
        assertThat(items.findItem(plan, "1").orElseThrow().title()).isEqualTo("First, renamed");
        assertThat(items.findItem(plan, "2").orElseThrow().title()).isEqualTo("Second, renamed");
    }

    private long create(String code) {
        return items.createItem(new NewItem(plan, code, null, "Item " + code, null, List.of("TSB"), List.of(),
                List.of("TSAG"), List.of(), null, null, null, null, "MEDIUM", "2025-2028", 1, false, false));
    }

    private static StatusReport report(String status, Integer progress, String narrative) {
        return new StatusReport(status, progress, null, narrative, null, LocalDate.of(2026, 5, 1), List.of(), null);
    }

    private int events(long itemId) {
        return dsl.fetchCount(STATUS_EVENT, STATUS_EVENT.ACTION_ITEM_ID.eq(itemId));
    }

    private Long currentEvent(long itemId) {
        return dsl.select(ACTION_ITEM.CURRENT_EVENT_ID).from(ACTION_ITEM).where(ACTION_ITEM.ID.eq(itemId)).fetchSingle().value1();
    }
}
