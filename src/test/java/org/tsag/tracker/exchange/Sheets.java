package org.tsag.tracker.exchange;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reads and edits exported files the way a person would in a spreadsheet program. */
public final class Sheets {

    private Sheets() {
    }

    public static XSSFWorkbook open(byte[] xlsx) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
    }

    /** The data row of the Items sheet holding this plan and code. */
    public static Row itemRow(XSSFWorkbook workbook, String plan, String code) {
        Sheet sheet = workbook.getSheet("Items");
        for (int r = 2; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row != null && plan.equals(text(row, Column.PLAN)) && code.equals(text(row, Column.CODE))) {
                return row;
            }
        }
        throw new IllegalArgumentException("No row for " + plan + "/" + code);
    }

    public static String text(Row row, Column column) {
        Cell cell = row.getCell(column.ordinal());
        return cell == null ? "" : cell.toString();
    }

    /** Types a value into a cell (a new cell: POI keeps an inline string if the old one is reused). */
    public static void set(Row row, Column column, String value) {
        Cell old = row.getCell(column.ordinal());
        if (old != null) {
            row.removeCell(old);
        }
        row.createCell(column.ordinal()).setCellValue(value);
    }

    /** Opens the workbook, lets {@code edit} change it, and saves it again. */
    public static byte[] edit(byte[] xlsx, Consumer<XSSFWorkbook> edit) throws IOException {
        try (XSSFWorkbook workbook = open(xlsx)) {
            edit.accept(workbook);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    public static List<CSVRecord> csv(byte[] content) throws IOException {
        String text = new String(content, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        try (var parser = CSVFormat.DEFAULT.parse(new java.io.StringReader(text))) {
            return parser.getRecords();
        }
    }

    public static byte[] csv(List<List<String>> records) throws IOException {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            for (List<String> record : records) {
                printer.printRecord(record);
            }
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    public static List<List<String>> rows(List<CSVRecord> records) {
        List<List<String>> rows = new ArrayList<>();
        records.forEach(r -> rows.add(new ArrayList<>(r.toList())));
        return rows;
    }

    static InputStreamReader reader(byte[] content) {
        return new InputStreamReader(new ByteArrayInputStream(content), StandardCharsets.UTF_8);
    }
}
