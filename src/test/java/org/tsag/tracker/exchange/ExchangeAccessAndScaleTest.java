package org.tsag.tracker.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tsag.tracker.db.Tables.ACTION_ITEM;
import static org.tsag.tracker.db.Tables.STATUS_EVENT;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.tsag.tracker.base.SystemAuthentication;
import org.tsag.tracker.demo.DemoDataService;
import org.tsag.tracker.item.ItemFilter;
import org.tsag.tracker.item.ItemService;
import org.tsag.tracker.item.NewPlan;
import org.tsag.tracker.testsupport.IntegrationTest;

/** Who may import, and an import of 5,000 rows. */
@IntegrationTest
@WithMockUser(username = "tsb@example.org", roles = "TSB")
class ExchangeAccessAndScaleTest {

    private static final int ROWS = 5_000;

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

    private byte[] exportXlsx(ItemFilter filter) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exchange.exportXlsx(filter, List.of(), out, ExchangeProgress.NONE);
        return out.toByteArray();
    }

    @Test
    @WithMockUser(username = "member@example.org", roles = "MEMBER")
    void a_member_may_export_but_not_preview_or_import() {
        byte[] xlsx = exportXlsx(ItemFilter.NONE);
        assertThat(xlsx).isNotEmpty();
        int events = dsl.fetchCount(STATUS_EVENT);
        assertThatThrownBy(() -> exchange.preview("plan.xlsx", xlsx, ExchangeProgress.NONE))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> exchange.importFile("plan.xlsx", xlsx)).isInstanceOf(AccessDeniedException.class);
        assertThat(dsl.fetchCount(STATUS_EVENT)).isEqualTo(events);
    }

    @Test
    @WithMockUser(username = "admin@example.org", roles = "ADMIN")
    void an_admin_may_preview_but_applying_edits_items_which_is_for_tsb_and_chairs() {
        byte[] xlsx = SystemAuthentication.call(() -> exportXlsx(ItemFilter.NONE));
        SheetPreview preview = exchange.preview("plan.xlsx", xlsx, ExchangeProgress.NONE);
        assertThat(preview.errors()).isEmpty();
        assertThatThrownBy(() -> exchange.apply(preview, ExchangeProgress.NONE)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void reopening_a_closed_item_from_a_sheet_needs_a_chair_and_a_reason() throws Exception {
        String completed = items.find(ItemFilter.NONE.withStatuses(java.util.Set.of("COMPLETED")).withPlan("WTSA24"), 0, 1,
                List.of()).get(0).code();
        byte[] edited = Sheets.edit(exportXlsx(ItemFilter.NONE.withPlan("WTSA24")), workbook ->
                Sheets.set(Sheets.itemRow(workbook, "WTSA24", completed), Column.STATUS, "In progress"));
        SheetPreview preview = exchange.preview("plan.xlsx", edited, ExchangeProgress.NONE);
        assertThat(preview.errors()).extracting(RowError::messageKey)
                .containsExactlyInAnyOrder("exchange.error.reason", "exchange.error.chair");
        assertThat(preview.errors()).allSatisfy(e -> assertThat(e.column()).isEqualTo("Status"));
    }

    @Test
    void five_thousand_new_rows_are_imported_in_one_go_and_a_second_import_of_the_export_changes_nothing() throws Exception {
        SystemAuthentication.run(() -> items.createPlan(new NewPlan("BULK", "Bulk plan", null, "TSB", null, "AVERAGE", false)));
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("Plan", "Code", "Title", "Responsible", "Reports to", "Due date", "Study period", "Status",
                "Progress (%)", "Narrative"));
        String[] statuses = {"Not started", "In progress", "Continuous/ongoing", "Completed"};
        for (int n = 1; n <= ROWS; n++) {
            rows.add(List.of("BULK", "B-" + n, "Bulk item " + n, n % 2 == 0 ? "TSB" : "TSB, TSAG", "TSAG",
                    "2027-0" + (1 + n % 9) + "-15", "2025-2028", statuses[n % 4], n % 4 == 1 ? String.valueOf(n % 100) : "",
                    n % 10 == 0 ? "Reported in the bulk sheet" : ""));
        }
        int itemsBefore = dsl.fetchCount(ACTION_ITEM);
        int eventsBefore = dsl.fetchCount(STATUS_EVENT);

        ImportResult result = exchange.importFile("bulk.csv", Sheets.csv(rows));

        assertThat(result.created()).isEqualTo(ROWS);
        assertThat(result.events()).isEqualTo(ROWS);
        assertThat(dsl.fetchCount(ACTION_ITEM)).isEqualTo(itemsBefore + ROWS);
        assertThat(dsl.fetchCount(STATUS_EVENT)).isEqualTo(eventsBefore + ROWS);
        assertThat(items.count(ItemFilter.NONE.withPlan("BULK"))).isEqualTo(ROWS);
        assertThat(items.findItem("BULK", "B-4997").orElseThrow().progress()).isEqualTo(97);

        byte[] xlsx = exportXlsx(ItemFilter.NONE.withPlan("BULK"));
        SheetPreview again = exchange.preview("bulk.xlsx", xlsx, ExchangeProgress.NONE);
        assertThat(again.errors()).isEmpty();
        assertThat(again.count(RowDiff.Kind.UNCHANGED)).isEqualTo(ROWS);
    }
}
