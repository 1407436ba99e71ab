package org.tsag.tracker.exchange;

import org.tsag.tracker.status.StatusJournal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tsag.tracker.db.Tables.ACTION_ITEM;
import static org.tsag.tracker.db.Tables.AUDIT_LOG;
import static org.tsag.tracker.db.Tables.STATUS_EVENT;

import java.io.ByteArrayOutputStream;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.tsag.tracker.base.SystemAuthentication;
import org.tsag.tracker.demo.DemoDataService;
import org.tsag.tracker.item.ItemDetail;
import org.tsag.tracker.item.ItemFilter;
import org.tsag.tracker.item.ItemForm;
import org.tsag.tracker.item.ItemService;
import org.tsag.tracker.status.StatusReport;
import org.tsag.tracker.testsupport.IntegrationTest;

/** TSB exports the action plan, edits the sheet offline and loads it back. */
@IntegrationTest
@WithMockUser(username = "tsb@example.org", roles = "TSB")
class ExchangeRoundTripTest {

    @Autowired
    ExchangeService exchange;

    @Autowired
    StatusJournal journal;

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

    private byte[] exportCsv(ItemFilter filter) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exchange.exportCsv(filter, List.of(), out, ExchangeProgress.NONE);
        return out.toByteArray();
    }

    private int events() {
        return dsl.fetchCount(STATUS_EVENT);
    }

    private int auditRows() {
        return dsl.fetchCount(AUDIT_LOG);
    }

    @Test
    void exporting_and_importing_the_workbook_without_edits_changes_nothing() throws Exception {
        byte[] xlsx = exportXlsx(ItemFilter.NONE);
        int events = events();
        int audit = auditRows();
        int itemCount = dsl.fetchCount(ACTION_ITEM);

        SheetPreview preview = exchange.preview("plan.xlsx", xlsx, ExchangeProgress.NONE);

        assertThat(preview.errors()).isEmpty();
        assertThat(preview.rows()).hasSize(itemCount);
        assertThat(preview.count(RowDiff.Kind.UNCHANGED)).isEqualTo(itemCount);
        assertThat(preview.canApply()).isFalse();
        ImportResult result = exchange.apply(preview, ExchangeProgress.NONE);
        assertThat(result).isEqualTo(new ImportResult(0, 0, 0, itemCount));
        assertThat(events()).isEqualTo(events);
        assertThat(auditRows()).isEqualTo(audit);
    }

    @Test
    void a_status_edited_in_the_sheet_becomes_a_new_event_and_a_title_edit_updates_the_item() throws Exception {
        ItemDetail reported = items.findItem("WTSA24", "68-2").orElseThrow();
        ItemDetail renamed = items.findItem("WTSA24", "68-4").orElseThrow();
        byte[] edited = Sheets.edit(exportXlsx(ItemFilter.NONE), workbook -> {
            Sheets.set(Sheets.itemRow(workbook, "WTSA24", "68-2"), Column.STATUS, "Completed");
            Sheets.set(Sheets.itemRow(workbook, "WTSA24", "68-4"), Column.TITLE, "Renamed in the sheet");
        });
        int events = events();

        SheetPreview preview = exchange.preview("plan.xlsx", edited, ExchangeProgress.NONE);

        assertThat(preview.errors()).isEmpty();
        assertThat(preview.count(RowDiff.Kind.CHANGED)).isEqualTo(2);
        RowDiff status = preview.rows().stream().filter(r -> r.code().equals("68-2")).findFirst().orElseThrow();
        assertThat(status.changes()).extracting(FieldDiff::column, FieldDiff::newValue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Column.STATUS, "Completed"));
        RowDiff title = preview.rows().stream().filter(r -> r.code().equals("68-4")).findFirst().orElseThrow();
        assertThat(title.changes()).singleElement().satisfies(d -> {
            assertThat(d.column()).isEqualTo(Column.TITLE);
            assertThat(d.oldValue()).isEqualTo(renamed.title());
            assertThat(d.newValue()).isEqualTo("Renamed in the sheet");
        });

        ImportResult result = exchange.apply(preview, ExchangeProgress.NONE);

        assertThat(result.events()).isEqualTo(1);
        assertThat(result.updated()).isEqualTo(1);
        assertThat(events()).isEqualTo(events + 1);
        ItemDetail after = items.findItem("WTSA24", "68-2").orElseThrow();
        assertThat(after.status()).isEqualTo("COMPLETED");
        assertThat(after.progress()).isEqualTo(100);
        // the history keeps the earlier reports: one more event, none rewritten
        assertThat(after.events()).hasSize(reported.events().size() + 1);
        assertThat(after.events().get(0).author()).isEqualTo("tsb@example.org");
        ItemDetail titled = items.findItem("WTSA24", "68-4").orElseThrow();
        assertThat(titled.title()).isEqualTo("Renamed in the sheet");
        assertThat(titled.version()).isEqualTo(renamed.version() + 1);
        assertThat(items.fieldChanges(titled.id())).anySatisfy(c -> {
            assertThat(c.field()).isEqualTo("title");
            assertThat(c.newValue()).isEqualTo("Renamed in the sheet");
        });

        // the same file again is now a no-op for those two rows
        SheetPreview again = exchange.preview("plan.xlsx", edited, ExchangeProgress.NONE);
        assertThat(again.count(RowDiff.Kind.CHANGED)).isZero();
    }

    @Test
    void a_malformed_sheet_is_refused_with_errors_naming_sheet_row_and_column_and_nothing_is_written() throws Exception {
        byte[] edited = Sheets.edit(exportXlsx(ItemFilter.NONE), workbook -> {
            Row first = Sheets.itemRow(workbook, "WTSA24", "68-1");
            Sheets.set(first, Column.STATUS, "Finished");
            Sheets.set(first, Column.TITLE, "A valid edit on a row with an error");
            Row second = Sheets.itemRow(workbook, "WTSA24", "68-2");
            Sheets.set(second, Column.DUE_DATE, "next week");
            Sheets.set(second, Column.RESPONSIBLE, "TSB, NASA");
            Sheets.set(Sheets.itemRow(workbook, "WTSA24", "68-3"), Column.PROGRESS, "150");
        });
        int events = events();
        int audit = auditRows();
        String firstTitle = items.findItem("WTSA24", "68-1").orElseThrow().title();

        SheetPreview preview = exchange.preview("plan.xlsx", edited, ExchangeProgress.NONE);

        int row681 = rowOf(edited, "68-1");
        int row682 = rowOf(edited, "68-2");
        assertThat(preview.errors()).extracting(RowError::sheet, RowError::row, RowError::column, RowError::letter,
                        RowError::messageKey)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("Items", row681, "Status", "S", "exchange.error.status"),
                        org.assertj.core.groups.Tuple.tuple("Items", row682, "Due date", "M", "exchange.error.date"),
                        org.assertj.core.groups.Tuple.tuple("Items", row682, "Responsible", "H", "exchange.error.entity"),
                        org.assertj.core.groups.Tuple.tuple("Items", rowOf(edited, "68-3"), "Progress (%)", "T",
                                "exchange.error.number"));
        assertThat(preview.errors()).filteredOn(e -> e.messageKey().equals("exchange.error.entity"))
                .singleElement().extracting(RowError::arguments).isEqualTo(List.of("NASA"));
        assertThat(preview.canApply()).isFalse();
        assertThatThrownBy(() -> exchange.apply(preview, ExchangeProgress.NONE)).isInstanceOf(SheetRejectedException.class);
        assertThat(events()).isEqualTo(events);
        assertThat(auditRows()).isEqualTo(audit);
        assertThat(items.findItem("WTSA24", "68-1").orElseThrow().title()).isEqualTo(firstTitle);
    }

    /** The spreadsheet row number (1-based, as shown) of an item in the Items sheet. */
    private static int rowOf(byte[] xlsx, String code) throws Exception {
        try (var workbook = Sheets.open(xlsx)) {
            return Sheets.itemRow(workbook, "WTSA24", code).getRowNum() + 1;
        }
    }

    @Test
    void a_csv_file_with_an_edited_owner_and_a_new_item_is_imported() throws Exception {
        List<List<String>> rows = Sheets.rows(Sheets.csv(exportCsv(ItemFilter.NONE.withPlan("WTSA24"))));
        List<String> header = rows.get(0);
        int code = header.indexOf("Code");
        int owner = header.indexOf("Owner");
        List<String> edited = rows.stream().filter(r -> r.get(code).equals("68-5")).findFirst().orElseThrow();
        edited.set(owner, "Counsellor, TSAG secretariat");
        List<String> added = java.util.Collections.nCopies(header.size(), "").stream().collect(java.util.stream.Collectors.toList());
        added.set(header.indexOf("Plan"), "WTSA24");
        added.set(code, "68-99");
        added.set(header.indexOf("Title"), "A new item typed into the CSV file");
        added.set(header.indexOf("Responsible"), "TSB; TSAG");
        added.set(header.indexOf("Study period"), "2025-2028");
        added.set(header.indexOf("Status"), "In progress");
        added.set(header.indexOf("Progress (%)"), "20%");
        rows.add(added);
        int events = events();

        SheetPreview preview = exchange.preview("plan.csv", Sheets.csv(rows), ExchangeProgress.NONE);

        assertThat(preview.errors()).isEmpty();
        assertThat(preview.count(RowDiff.Kind.NEW)).isEqualTo(1);
        assertThat(preview.count(RowDiff.Kind.CHANGED)).isEqualTo(1);
        RowDiff newRow = preview.rows().stream().filter(r -> r.kind() == RowDiff.Kind.NEW).findFirst().orElseThrow();
        assertThat(newRow.row()).isEqualTo(rows.size());
        assertThat(newRow.sheet()).isEqualTo("plan.csv");
        ImportResult result = exchange.apply(preview, ExchangeProgress.NONE);

        assertThat(result.created()).isEqualTo(1);
        assertThat(result.updated()).isEqualTo(1);
        assertThat(events()).isEqualTo(events + 1);
        assertThat(items.findItem("WTSA24", "68-5").orElseThrow().owner()).isEqualTo("Counsellor, TSAG secretariat");
        ItemDetail created = items.findItem("WTSA24", "68-99").orElseThrow();
        assertThat(created.responsible()).containsExactly("TSB", "TSAG");
        assertThat(created.status()).isEqualTo("IN_PROGRESS");
        assertThat(created.progress()).isEqualTo(20);
    }

    @Test
    void a_date_typed_as_a_date_cell_in_another_format_and_an_xls_file_are_read() throws Exception {
        byte[] edited = Sheets.edit(exportXlsx(ItemFilter.NONE), workbook -> {
            Row row = Sheets.itemRow(workbook, "WTSA24", "68-5");
            org.apache.poi.ss.usermodel.Cell due = row.getCell(Column.DUE_DATE.ordinal());
            if (due != null) {
                row.removeCell(due);
            }
            due = row.createCell(Column.DUE_DATE.ordinal());
            due.setCellValue(java.time.LocalDate.of(2027, 3, 31));
            org.apache.poi.ss.usermodel.CellStyle style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            due.setCellStyle(style);
        });
        SheetPreview preview = exchange.preview("plan.xlsx", edited, ExchangeProgress.NONE);
        assertThat(preview.errors()).isEmpty();
        assertThat(preview.rows()).filteredOn(r -> r.kind() == RowDiff.Kind.CHANGED).singleElement()
                .satisfies(r -> assertThat(r.changes()).extracting(FieldDiff::newValue).containsExactly("2027-03-31"));

        // Excel 97-2003: a sheet of a few columns, an owner changed
        byte[] xls;
        try (var workbook = new org.apache.poi.hssf.usermodel.HSSFWorkbook()) {
            var sheet = workbook.createSheet("Items");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("Plan");
            header.createCell(1).setCellValue("Code");
            header.createCell(2).setCellValue("Owner");
            Row data = sheet.createRow(1);
            data.createCell(0).setCellValue("WTSA24");
            data.createCell(1).setCellValue("68-5");
            data.createCell(2).setCellValue("Owner from an old workbook");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            xls = out.toByteArray();
        }
        SheetPreview old = exchange.preview("plan.xls", xls, ExchangeProgress.NONE);
        assertThat(old.errors()).isEmpty();
        assertThat(old.rows()).singleElement().satisfies(r -> {
            assertThat(r.row()).isEqualTo(2);
            assertThat(r.kind()).isEqualTo(RowDiff.Kind.CHANGED);
            assertThat(r.changes()).extracting(FieldDiff::column).containsExactly(Column.OWNER);
        });
    }

    @Test
    void an_item_changed_after_the_preview_makes_the_import_fail_and_write_nothing() throws Exception {
        byte[] edited = Sheets.edit(exportXlsx(ItemFilter.NONE), workbook -> {
            Sheets.set(Sheets.itemRow(workbook, "WTSA24", "68-6"), Column.OWNER, "Edited offline");
            Sheets.set(Sheets.itemRow(workbook, "WTSA24", "68-7"), Column.STATUS, "Deferred");
        });
        SheetPreview preview = exchange.preview("plan.xlsx", edited, ExchangeProgress.NONE);
        assertThat(preview.canApply()).isTrue();

        // meanwhile someone reports on 68-7 from the item page
        long reopened = items.findItemId("WTSA24", "68-7").orElseThrow();
        journal.report(reopened, new StatusReport("IN_PROGRESS", 40, null, "Reported meanwhile", null, null, List.of(), null));
        int events = events();
        int audit = auditRows();

        assertThatThrownBy(() -> exchange.apply(preview, ExchangeProgress.NONE))
                .isInstanceOf(ImportConflictException.class)
                .satisfies(e -> assertThat(((ImportConflictException) e).items()).singleElement().asString()
                        .startsWith("WTSA24/68-7 (row "));
        assertThat(events()).isEqualTo(events);
        assertThat(auditRows()).isEqualTo(audit);
        assertThat(items.findItem("WTSA24", "68-6").orElseThrow().owner()).isNotEqualTo("Edited offline");

        // a new preview of the same file now sees that the sheet is older than the report
        SheetPreview again = exchange.preview("plan.xlsx", edited, ExchangeProgress.NONE);
        assertThat(again.errors()).extracting(RowError::messageKey).containsExactly("exchange.error.stale.event");
    }

    @Test
    void a_field_saved_by_someone_else_after_the_preview_is_a_conflict_too() throws Exception {
        byte[] edited = Sheets.edit(exportXlsx(ItemFilter.NONE), workbook ->
                Sheets.set(Sheets.itemRow(workbook, "WTSA24", "68-6"), Column.OWNER, "Edited offline"));
        SheetPreview preview = exchange.preview("plan.xlsx", edited, ExchangeProgress.NONE);
        ItemForm form = ItemForm.of(items.findItem("WTSA24", "68-6").orElseThrow());
        form.setTitle("Saved on the item page meanwhile");
        items.update(form);

        assertThatThrownBy(() -> exchange.apply(preview, ExchangeProgress.NONE)).isInstanceOf(ImportConflictException.class);
        assertThat(items.findItem("WTSA24", "68-6").orElseThrow().owner()).isNotEqualTo("Edited offline");
    }
}
