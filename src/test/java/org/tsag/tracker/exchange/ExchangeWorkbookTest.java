package org.tsag.tracker.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.tsag.tracker.base.SystemAuthentication;
import org.tsag.tracker.demo.DemoDataService;
import org.tsag.tracker.item.ItemFilter;
import org.tsag.tracker.item.ItemRow;
import org.tsag.tracker.item.ItemService;
import org.tsag.tracker.item.ItemSort;
import org.tsag.tracker.testsupport.IntegrationTest;

/** The workbook follows TSB's layout and holds what the grid shows for the same filter. */
@IntegrationTest
@WithMockUser(username = "tsb@example.org", roles = "TSB")
class ExchangeWorkbookTest {

    @Autowired
    ExchangeService exchange;

    @Autowired
    ItemService items;

    @Autowired
    DemoDataService demo;

    @BeforeEach
    void loadDemo() {
        SystemAuthentication.run(demo::loadIfEmpty);
    }

    private XSSFWorkbook export(ItemFilter filter, List<ItemSort> sort) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportSummary summary = exchange.exportXlsx(filter, sort, out, ExchangeProgress.NONE);
        XSSFWorkbook workbook = Sheets.open(out.toByteArray());
        assertThat(summary.sheets()).isEqualTo(workbook.getNumberOfSheets());
        return workbook;
    }

    private static List<List<String>> dataRows(XSSFSheet sheet, Column... columns) {
        List<List<String>> rows = new ArrayList<>();
        for (int r = 2; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            List<String> values = new ArrayList<>();
            for (Column column : columns) {
                values.add(Sheets.text(row, column));
            }
            rows.add(values);
        }
        return rows;
    }

    @Test
    void the_detailed_sheet_has_frozen_headers_an_auto_filter_widths_and_drop_down_lists() throws Exception {
        try (XSSFWorkbook workbook = export(ItemFilter.NONE, List.of())) {
            XSSFSheet sheet = workbook.getSheet("Items");
            PaneInformation pane = sheet.getPaneInformation();
            assertThat(pane.isFreezePane()).isTrue();
            assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 2);
            assertThat(pane.getVerticalSplitPosition()).isEqualTo((short) 2);
            int lastColumn = Column.values().length - 1;
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef())
                    .isEqualTo("A2:" + Column.letter(lastColumn) + (sheet.getLastRowNum() + 1));
            Row header = sheet.getRow(1);
            for (Column column : Column.values()) {
                assertThat(header.getCell(column.ordinal()).getStringCellValue()).isEqualTo(column.header());
                assertThat(sheet.getColumnWidth(column.ordinal())).isEqualTo(column.width() * 256);
            }
            assertThat(sheet.getDataValidations()).hasSize(4);
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
            assertThat(sheet.getRepeatingRows().formatAsString()).isEqualTo("2:2");
        }
    }

    @Test
    void the_workbook_has_a_tsag_sheet_and_a_summary_sheet_per_resolution() throws Exception {
        try (XSSFWorkbook workbook = export(ItemFilter.NONE, List.of())) {
            assertThat(workbook.getSheetName(0)).isEqualTo("Items");
            assertThat(workbook.getSheetName(1)).isEqualTo("TSAG");
            assertThat(workbook.getSheet("Res 68")).isNotNull();

            XSSFSheet tsag = workbook.getSheet("TSAG");
            List<String> tsagCodes = new ArrayList<>();
            for (int r = 2; r <= tsag.getLastRowNum(); r++) {
                tsagCodes.add(tsag.getRow(r).getCell(1).getStringCellValue());
            }
            List<String> expected = items.find(ItemFilter.NONE.withEntity("TSAG"), 0, 1000, List.of()).stream()
                    .filter(i -> i.responsible().contains("TSAG"))
                    .map(ItemRow::code)
                    .toList();
            assertThat(tsagCodes).isNotEmpty().containsExactlyElementsOf(expected);

            XSSFSheet summary = workbook.getSheet("Res 68");
            assertThat(summary.getRow(0).getCell(0).getStringCellValue()).startsWith("Resolution 68 - ");
            List<String> captions = new ArrayList<>();
            summary.forEach(row -> {
                if (row.getCell(0) != null) {
                    captions.add(row.getCell(0).toString());
                }
            });
            assertThat(captions).contains("Responsible for the action items", "Other entities asked to cooperate",
                    "Reporting requirements", "Items by status", "Action items");
            int resolution68 = items.count(ItemFilter.NONE.withResolution("68"));
            int itemsHeader = -1;
            for (Row row : summary) {
                if (row.getCell(0) != null && "Plan".equals(row.getCell(0).toString())) {
                    itemsHeader = row.getRowNum();
                }
            }
            assertThat(summary.getLastRowNum() - itemsHeader).isEqualTo(resolution68);
        }
    }

    @Test
    void the_export_holds_what_the_grid_shows_for_its_filter_and_sort() throws Exception {
        ItemFilter filter = ItemFilter.NONE.withStatuses(Set.of("IN_PROGRESS"));
        List<ItemSort> sort = List.of(new ItemSort("due", true));
        try (XSSFWorkbook workbook = export(filter, sort)) {
            List<List<String>> rows = dataRows(workbook.getSheet("Items"), Column.PLAN, Column.CODE, Column.STATUS);
            List<List<String>> grid = items.find(filter, 0, 1000, sort).stream()
                    .map(i -> List.of(i.plan(), i.code(), "In progress"))
                    .toList();
            assertThat(grid).isNotEmpty();
            assertThat(rows).isEqualTo(grid);
            assertThat(workbook.getSheet("Items").getRow(0).getCell(0).getStringCellValue()).contains("status IN_PROGRESS");
        }
    }

    @Test
    @WithMockUser(username = "member@example.org", roles = "MEMBER")
    void members_get_no_internal_items_in_their_export() throws Exception {
        List<String> internal;
        internal = SystemAuthentication.call(() -> items.find(ItemFilter.NONE, 0, 1000, List.of()).stream()
                .filter(ItemRow::internal)
                .map(ItemRow::code)
                .toList());
        assertThat(internal).as("the demo data has internal items").isNotEmpty();
        try (XSSFWorkbook workbook = export(ItemFilter.NONE, List.of())) {
            List<String> codes = dataRows(workbook.getSheet("Items"), Column.CODE).stream().map(r -> r.get(0)).toList();
            assertThat(codes).hasSize(items.count(ItemFilter.NONE)).doesNotContainAnyElementsOf(internal);
            assertThat(dataRows(workbook.getSheet("Items"), Column.INTERNAL)).allMatch(r -> r.get(0).equals("no"));
        }
    }
}
