package org.tsag.tracker.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tsag.tracker.db.Tables.ACTION_ITEM;
import static org.tsag.tracker.db.Tables.AUDIT_LOG;
import static org.tsag.tracker.db.Tables.STATUS_EVENT;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.tsag.tracker.base.SystemAuthentication;
import org.tsag.tracker.demo.DemoDataService;
import org.tsag.tracker.item.ItemFilter;
import org.tsag.tracker.item.ItemForm;
import org.tsag.tracker.item.ItemService;
import org.tsag.tracker.testsupport.IntegrationTest;

/**
 * A sheet that changes the status of many items at once: the import writes the events in batches,
 * yet exactly one event per changed item, by the importing user, all in one transaction, and a
 * single conflicting row still leaves everything as it was.
 */
@IntegrationTest
@WithMockUser(username = "tsb@example.org", roles = "TSB")
class ExchangeBatchImportTest {

    private static final Set<String> CLOSED = Set.of("Completed", "Superseded", "Withdrawn");

    @Autowired
    ExchangeService exchange;

    @Autowired
    ItemService items;

    @Autowired
    DemoDataService demo;

    @Autowired
    DSLContext dsl;

    @BeforeEach
    void loadDemo() {
        SystemAuthentication.run(demo::loadIfEmpty);
    }

    /** The edited sheet, the expected new status by item code, and the items given a new title and new links. */
    private record Edited(byte[] sheet, Map<String, String> expected, String renamed, String relinked,
            List<String> responsible) {
    }

    /** The plan's CSV export with every open item moved to another open status, one title and one link edited. */
    private Edited everyOpenStatusChanged() throws Exception {
        Map<String, String> expected = new HashMap<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exchange.exportCsv(ItemFilter.NONE.withPlan("WTSA24"), List.of(), out, ExchangeProgress.NONE);
        List<List<String>> rows = Sheets.rows(Sheets.csv(out.toByteArray()));
        List<String> header = rows.get(0);
        int code = header.indexOf("Code");
        int status = header.indexOf("Status");
        int title = header.indexOf("Title");
        int responsible = header.indexOf("Responsible");
        for (List<String> row : rows.subList(1, rows.size())) {
            String current = row.get(status);
            if (CLOSED.contains(current)) {
                continue;
            }
            String next = "In progress".equals(current) ? "ONGOING" : "IN_PROGRESS";
            row.set(status, next);
            expected.put(row.get(code), next);
        }
        // one row also gets a new title, another new responsible entities: fields and links in the same import
        rows.get(1).set(title, "Renamed in the batch sheet");
        List<String> relinked = rows.get(2);
        List<String> wanted = "TSB, TSAG".equals(relinked.get(responsible)) ? List.of("TSAG") : List.of("TSB", "TSAG");
        relinked.set(responsible, String.join(", ", wanted));
        return new Edited(Sheets.csv(rows), expected, rows.get(1).get(code), relinked.get(code), wanted);
    }

    private long lastEventId() {
        return dsl.select(DSL.coalesce(DSL.max(STATUS_EVENT.ID), 0L)).from(STATUS_EVENT).fetchSingle().value1();
    }

    private long lastAuditId() {
        return dsl.select(DSL.coalesce(DSL.max(AUDIT_LOG.ID), 0L)).from(AUDIT_LOG).fetchSingle().value1();
    }

    @Test
    void many_status_changes_become_exactly_one_event_each_by_the_importer_in_one_transaction() throws Exception {
        Edited edited = everyOpenStatusChanged();
        Map<String, String> expected = edited.expected();
        assertThat(expected).hasSizeGreaterThan(10);
        long before = lastEventId();
        long auditBefore = lastAuditId();

        SheetPreview preview = exchange.preview("plan.csv", edited.sheet(), ExchangeProgress.NONE);
        assertThat(preview.errors()).isEmpty();
        ImportResult result = exchange.apply(preview, ExchangeProgress.NONE);

        assertThat(result.events()).isEqualTo(expected.size());
        assertThat(result.updated()).isEqualTo(2);
        var written = dsl.select(ACTION_ITEM.CODE, STATUS_EVENT.STATUS, STATUS_EVENT.KIND, STATUS_EVENT.AUTHOR,
                        STATUS_EVENT.OCCURRED_ON, STATUS_EVENT.NARRATIVE, STATUS_EVENT.ID, ACTION_ITEM.CURRENT_EVENT_ID,
                        DSL.field("status_event.xmin::text", String.class))
                .from(STATUS_EVENT)
                .join(ACTION_ITEM).on(ACTION_ITEM.ID.eq(STATUS_EVENT.ACTION_ITEM_ID))
                .where(STATUS_EVENT.ID.gt(before))
                .fetch();
        // exactly the expected events: one per changed item, with the sheet's status, by the importer, today
        Map<String, String> statuses = new HashMap<>();
        written.forEach(r -> statuses.put(r.value1(), r.value2()));
        assertThat(written).hasSize(expected.size());
        assertThat(statuses).isEqualTo(expected);
        assertThat(written).allSatisfy(r -> {
            assertThat(r.value3()).isEqualTo("REPORT");
            assertThat(r.value4()).isEqualTo("tsb@example.org");
            assertThat(r.value5()).isEqualTo(LocalDate.now());
            assertThat(r.value6()).isNull();
            // each new event is its item's current event
            assertThat(r.value8()).isEqualTo(r.value7());
        });
        // one transaction: every row written by the same transaction id
        assertThat(written.stream().map(r -> r.value9()).distinct()).hasSize(1);
        // the audit triggers named the importer for every change; the move of each item's current event
        // is derived from the (append-only, authored) event and not audited a second time (V052)
        assertThat(dsl.fetchCount(AUDIT_LOG, AUDIT_LOG.ID.gt(auditBefore).and(AUDIT_LOG.ACTOR.ne("tsb@example.org")))).isZero();
        assertThat(dsl.fetchCount(AUDIT_LOG, AUDIT_LOG.ID.gt(auditBefore).and(AUDIT_LOG.TABLE_NAME.eq("action_item"))
                .and(DSL.condition("jsonb_exists({0}, 'title')", AUDIT_LOG.NEW_VALUES)))).isEqualTo(1);
        assertThat(dsl.fetchCount(AUDIT_LOG, AUDIT_LOG.ID.gt(auditBefore).and(AUDIT_LOG.TABLE_NAME.eq("action_item"))
                .and(DSL.condition("jsonb_exists({0}, 'current_event_id')", AUDIT_LOG.NEW_VALUES)))).isZero();
        assertThat(items.findItem("WTSA24", edited.renamed()).orElseThrow().title()).isEqualTo("Renamed in the batch sheet");
        assertThat(items.findItem("WTSA24", edited.relinked()).orElseThrow().responsible())
                .containsExactlyInAnyOrderElementsOf(edited.responsible());
        // and the sheet exported now reads back unchanged
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        exchange.exportCsv(ItemFilter.NONE.withPlan("WTSA24"), List.of(), again, ExchangeProgress.NONE);
        SheetPreview reread = exchange.preview("again.csv", again.toByteArray(), ExchangeProgress.NONE);
        assertThat(reread.errors()).isEmpty();
        assertThat(reread.canApply()).isFalse();
    }

    @Test
    void one_conflicting_row_among_many_changes_leaves_everything_unwritten() throws Exception {
        Edited edited = everyOpenStatusChanged();
        SheetPreview preview = exchange.preview("plan.csv", edited.sheet(), ExchangeProgress.NONE);
        assertThat(preview.errors()).isEmpty();
        // meanwhile someone saves the last changed item on its page
        RowDiff last = preview.rows().stream().filter(r -> r.kind() == RowDiff.Kind.CHANGED).reduce((a, b) -> b).orElseThrow();
        ItemForm form = ItemForm.of(items.findItem("WTSA24", last.code()).orElseThrow());
        form.setOwner("Saved on the item page meanwhile");
        items.update(form);
        long before = lastEventId();
        long audit = lastAuditId();
        String title = items.findItem("WTSA24", edited.renamed()).orElseThrow().title();

        assertThatThrownBy(() -> exchange.apply(preview, ExchangeProgress.NONE))
                .isInstanceOf(ImportConflictException.class)
                .satisfies(e -> assertThat(((ImportConflictException) e).items()).singleElement().asString()
                        .startsWith("WTSA24/" + last.code() + " (row "));

        assertThat(lastEventId()).isEqualTo(before);
        assertThat(lastAuditId()).isEqualTo(audit);
        assertThat(items.findItem("WTSA24", edited.renamed()).orElseThrow().title()).isEqualTo(title);
    }
}
