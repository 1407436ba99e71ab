package org.tsag.tracker.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.tsag.tracker.item.Compendium;

/**
 * Writes TSB's workbook with Apache POI's streaming SXSSF: the detailed "Items" sheet row by row as
 * pages of items arrive (only a window of rows stays in memory), then the sheet of the items under
 * TSAG's responsibility and a summary sheet per resolution. The detailed sheet has a title row and
 * a header row, both frozen with the Plan and Code columns, an auto-filter, set column widths,
 * drop-down lists for the coded columns, and prints landscape with the header on every page.
 */
final class ItemWorkbookWriter implements AutoCloseable {

    static final String TSAG_SHEET = "TSAG";
    static final int HEADER_ROW = 1;
    private static final int WINDOW = 200;
    private static final int MAX_CELL = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
    private static final List<Column> TSAG_COLUMNS = List.of(Column.PLAN, Column.CODE, Column.TITLE, Column.CLAUSES,
            Column.COLLABORATING, Column.REPORTS_TO, Column.DUE_DATE, Column.TARGET_MEETING, Column.STATUS,
            Column.PROGRESS, Column.NARRATIVE);
    private static final List<Column> SUMMARY_COLUMNS = List.of(Column.PLAN, Column.CODE, Column.TITLE, Column.CLAUSES,
            Column.RESPONSIBLE, Column.COLLABORATING, Column.REPORTS_TO, Column.DUE_DATE, Column.STATUS, Column.PROGRESS);

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
    private final ReferenceData reference;
    private final SXSSFSheet items;
    private final CellStyle title;
    private final CellStyle header;
    private final CellStyle infoHeader;
    private final CellStyle text;
    private final CellStyle wrapped;
    private final CellStyle date;
    private final CellStyle bold;
    private final List<StoredItem> written = new ArrayList<>();
    private int nextRow = HEADER_ROW + 1;

    ItemWorkbookWriter(String heading, ReferenceData reference) {
        this.reference = reference;
        workbook.setCompressTempFiles(true);
        title = style(true, (short) 14, null, false);
        header = style(true, (short) 11, IndexedColors.PALE_BLUE, true);
        infoHeader = style(true, (short) 11, IndexedColors.GREY_25_PERCENT, true);
        text = style(false, (short) 11, null, false);
        wrapped = style(false, (short) 11, null, false);
        wrapped.setWrapText(true);
        date = style(false, (short) 11, null, false);
        date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
        bold = style(true, (short) 11, null, false);

        items = workbook.createSheet(SheetReader.ITEMS_SHEET);
        items.createRow(0).createCell(0).setCellValue(heading);
        items.getRow(0).getCell(0).setCellStyle(title);
        headerRow(items, HEADER_ROW, Arrays.asList(Column.values()));
        items.createFreezePane(2, HEADER_ROW + 1);
        printSetup(items);
    }

    private CellStyle style(boolean strong, short size, IndexedColors fill, boolean border) {
        CellStyle style = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(strong);
        font.setFontHeightInPoints(size);
        style.setFont(font);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        if (fill != null) {
            style.setFillForegroundColor(fill.getIndex());
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
        if (border) {
            style.setBorderBottom(BorderStyle.THIN);
        }
        return style;
    }

    private void headerRow(Sheet sheet, int index, List<Column> columns) {
        Row row = sheet.createRow(index);
        for (int c = 0; c < columns.size(); c++) {
            Column column = columns.get(c);
            Cell cell = row.createCell(c);
            cell.setCellValue(column.header());
            boolean info = column.use() == Column.Use.INFO || column.use() == Column.Use.LOCK;
            cell.setCellStyle(info ? infoHeader : header);
            sheet.setColumnWidth(c, column.width() * 256);
        }
    }

    private static void printSetup(Sheet sheet) {
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW, -1, -1));
    }

    /** Appends a page of items to the detailed sheet. */
    void add(List<StoredItem> page) throws IOException {
        for (StoredItem item : page) {
            Row row = items.createRow(nextRow++);
            writeCells(row, item, Arrays.asList(Column.values()));
        }
        written.addAll(page);
    }

    private void writeCells(Row row, StoredItem item, List<Column> columns) {
        for (int c = 0; c < columns.size(); c++) {
            Column column = columns.get(c);
            Object value = SheetValues.value(item, column, reference);
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(c);
            switch (value) {
                case LocalDate d -> {
                    cell.setCellValue(d);
                    cell.setCellStyle(date);
                }
                case Integer n -> cell.setCellValue(n);
                case Long n -> cell.setCellValue(n);
                default -> {
                    String s = String.valueOf(value);
                    cell.setCellValue(s.length() > MAX_CELL ? s.substring(0, MAX_CELL) : s);
                    cell.setCellStyle(column.width() >= 40 ? wrapped : text);
                }
            }
        }
    }

    /**
     * Ends the detailed sheet (auto-filter and drop-down lists), adds the TSAG sheet and one
     * summary sheet per resolution, and writes the workbook.
     *
     * @return the number of sheets
     */
    int finish(List<Compendium> resolutions, OutputStream out) throws IOException {
        int lastRow = Math.max(HEADER_ROW + 1, nextRow - 1);
        items.setAutoFilter(new CellRangeAddress(HEADER_ROW, lastRow, 0, Column.values().length - 1));
        validations(lastRow);
        tsagSheet();
        for (Compendium compendium : resolutions) {
            summarySheet(compendium);
        }
        workbook.write(out);
        return workbook.getNumberOfSheets();
    }

    private void validations(int lastRow) {
        DataValidationHelper helper = items.getDataValidationHelper();
        list(helper, Column.STATUS, lastRow, reference.statuses().stream().map(ReferenceData.StatusInfo::name).toArray(String[]::new));
        list(helper, Column.PRIORITY, lastRow, "HIGH", "MEDIUM", "LOW");
        list(helper, Column.RAG, lastRow, "RED", "AMBER", "GREEN");
        list(helper, Column.INTERNAL, lastRow, "yes", "no");
    }

    private void list(DataValidationHelper helper, Column column, int lastRow, String... values) {
        CellRangeAddressList range = new CellRangeAddressList(HEADER_ROW + 1, lastRow, column.ordinal(), column.ordinal());
        DataValidation validation = helper.createValidation(helper.createExplicitListConstraint(values), range);
        validation.setShowErrorBox(true);
        validation.setEmptyCellAllowed(true);
        items.addValidationData(validation);
    }

    private void tsagSheet() {
        SXSSFSheet sheet = workbook.createSheet(TSAG_SHEET);
        Row top = sheet.createRow(0);
        top.createCell(0).setCellValue("Items under the responsibility of TSAG: TSAG is invited to act on them");
        top.getCell(0).setCellStyle(title);
        headerRow(sheet, HEADER_ROW, TSAG_COLUMNS);
        int r = HEADER_ROW + 1;
        for (StoredItem item : written) {
            if (item.responsible().contains("TSAG")) {
                writeCells(sheet.createRow(r++), item, TSAG_COLUMNS);
            }
        }
        sheet.createFreezePane(0, HEADER_ROW + 1);
        sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, Math.max(HEADER_ROW + 1, r - 1), 0, TSAG_COLUMNS.size() - 1));
        printSetup(sheet);
    }

    /** The compendium of one resolution, counted over the exported items that cite it. */
    private void summarySheet(Compendium compendium) {
        String name = WorkbookUtil.createSafeSheetName("Res " + compendium.resolution());
        if (workbook.getSheet(name) != null) {
            return;
        }
        List<StoredItem> cited = written.stream().filter(i -> i.resolutions().contains(compendium.resolution())).toList();
        SXSSFSheet sheet = workbook.createSheet(name);
        int[] widths = {28, 28, 45, 14, 14, 18, 14, 12, 18, 12};
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        int r = 0;
        Row top = sheet.createRow(r++);
        top.createCell(0).setCellValue("Resolution " + compendium.resolution() + " - " + compendium.title());
        top.getCell(0).setCellStyle(title);
        r++;
        r = table(sheet, r, "Entities instructed or invited to act (operative sections of the revision in force)",
                List.of("Section", "Entity", "Name"),
                compendium.addressees().stream()
                        .map(a -> List.<Object>of(a.section(), a.entity(), a.entityName()))
                        .toList());
        r = table(sheet, r, "Responsible for the action items", List.of("Entity", "Name", "Items"),
                entityCounts(cited, StoredItem::responsible));
        r = table(sheet, r, "Other entities asked to cooperate", List.of("Entity", "Name", "Items"),
                entityCounts(cited, StoredItem::collaborating));
        r = table(sheet, r, "Reporting requirements", List.of("Reports to", "Name", "Items"),
                entityCounts(cited, StoredItem::reportsTo));
        Map<String, Integer> statuses = new LinkedHashMap<>();
        for (ReferenceData.StatusInfo status : reference.statuses()) {
            int count = (int) cited.stream().filter(i -> status.code().equals(i.status())).count();
            if (count > 0) {
                statuses.put(status.name(), count);
            }
        }
        int unreported = (int) cited.stream().filter(i -> i.status() == null).count();
        if (unreported > 0) {
            statuses.put("No report yet", unreported);
        }
        r = table(sheet, r, "Items by status", List.of("Status", "Items"),
                statuses.entrySet().stream().map(e -> List.<Object>of(e.getKey(), e.getValue())).toList());
        Row heading = sheet.createRow(r++);
        heading.createCell(0).setCellValue("Action items");
        heading.getCell(0).setCellStyle(bold);
        int headerIndex = r;
        Row headerCells = sheet.createRow(r++);
        for (int c = 0; c < SUMMARY_COLUMNS.size(); c++) {
            headerCells.createCell(c).setCellValue(SUMMARY_COLUMNS.get(c).header());
            headerCells.getCell(c).setCellStyle(header);
        }
        for (StoredItem item : cited) {
            writeCells(sheet.createRow(r++), item, SUMMARY_COLUMNS);
        }
        sheet.setAutoFilter(new CellRangeAddress(headerIndex, Math.max(headerIndex + 1, r - 1), 0, SUMMARY_COLUMNS.size() - 1));
        printSetup(sheet);
    }

    private List<List<Object>> entityCounts(List<StoredItem> items, java.util.function.Function<StoredItem, List<String>> role) {
        Map<String, Integer> counts = new TreeMap<>((a, b) -> Integer.compare(reference.entities().indexOf(a),
                reference.entities().indexOf(b)));
        for (StoredItem item : items) {
            role.apply(item).forEach(e -> counts.merge(e, 1, Integer::sum));
        }
        return counts.entrySet().stream()
                .map(e -> List.<Object>of(e.getKey(), reference.entityNames().getOrDefault(e.getKey(), e.getKey()), e.getValue()))
                .toList();
    }

    private int table(Sheet sheet, int start, String caption, List<String> headers, List<List<Object>> rows) {
        int r = start;
        Row captionRow = sheet.createRow(r++);
        captionRow.createCell(0).setCellValue(caption);
        captionRow.getCell(0).setCellStyle(bold);
        Row headerCells = sheet.createRow(r++);
        for (int c = 0; c < headers.size(); c++) {
            headerCells.createCell(c).setCellValue(headers.get(c));
            headerCells.getCell(c).setCellStyle(header);
        }
        if (rows.isEmpty()) {
            sheet.createRow(r++).createCell(0).setCellValue("none");
        }
        for (List<Object> values : rows) {
            Row row = sheet.createRow(r++);
            for (int c = 0; c < values.size(); c++) {
                Object value = values.get(c);
                if (value instanceof Integer n) {
                    row.createCell(c).setCellValue(n);
                } else if (value != null) {
                    row.createCell(c).setCellValue(String.valueOf(value));
                }
            }
        }
        return r + 1;
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }
}
