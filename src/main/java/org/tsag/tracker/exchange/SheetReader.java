package org.tsag.tracker.exchange;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Reads the detailed sheet of a workbook (.xlsx or .xls, the sheet named "Items", else the first)
 * or a CSV file (commons-csv; comma or semicolon, UTF-8 with or without BOM, else Windows-1252)
 * into rows of cell texts, with the header row found by its "Plan" and "Code" columns. Dates come
 * out as ISO dates and whole numbers without decimals, whatever the cell format.
 */
final class SheetReader {

    static final String ITEMS_SHEET = "Items";
    private static final int HEADER_SEARCH_ROWS = 10;

    private SheetReader() {
    }

    /** A sheet as read: where its columns are, its data rows, and what was wrong with it as a whole. */
    record RawSheet(String name, int headerRow, Map<Column, Integer> columns, List<String> ignoredHeaders,
            List<RawRow> rows, List<RowError> errors) {

        String cell(RawRow row, Column column) {
            Integer index = columns.get(column);
            return index == null || index >= row.cells().size() ? "" : row.cells().get(index);
        }

        String letter(Column column) {
            Integer index = columns.get(column);
            return index == null ? null : Column.letter(index);
        }
    }

    /** A data row: its number as the spreadsheet shows it, and its cells as text. */
    record RawRow(int number, List<String> cells) {
    }

    static boolean isWorkbook(byte[] content) {
        // .xlsx is a zip file, .xls an OLE2 compound document
        return content.length >= 4 && ((content[0] == 'P' && content[1] == 'K')
                || ((content[0] & 0xFF) == 0xD0 && (content[1] & 0xFF) == 0xCF && (content[2] & 0xFF) == 0x11
                && (content[3] & 0xFF) == 0xE0));
    }

    static RawSheet read(String fileName, byte[] content, ExchangeProgress progress) {
        return isWorkbook(content) ? readWorkbook(fileName, content, progress) : readCsv(fileName, content, progress);
    }

    // ---- workbooks

    private static RawSheet readWorkbook(String fileName, byte[] content, ExchangeProgress progress) {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            if (workbook.getNumberOfSheets() == 0) {
                return failed(fileName, "exchange.error.nosheet");
            }
            Sheet sheet = workbook.getSheet(ITEMS_SHEET);
            if (sheet == null) {
                sheet = workbook.getSheetAt(0);
            }
            DataFormatter formatter = new DataFormatter(java.util.Locale.ROOT);
            List<RawRow> rows = new ArrayList<>();
            int last = sheet.getLastRowNum();
            for (int r = sheet.getFirstRowNum(); r <= last && r >= 0; r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    cells.add(text(row.getCell(c), formatter));
                }
                rows.add(new RawRow(r + 1, cells));
                if (r % 500 == 0) {
                    progress.update(r, last + 1);
                }
            }
            return withHeader(sheet.getSheetName(), rows);
        } catch (IOException | RuntimeException e) {
            return failed(fileName, "exchange.error.unreadable", String.valueOf(e.getMessage()));
        }
    }

    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : number(cell.getNumericCellValue());
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            case BLANK -> "";
            default -> formatter.formatCellValue(cell);
        };
    }

    private static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    // ---- CSV

    private static RawSheet readCsv(String fileName, byte[] content, ExchangeProgress progress) {
        String text = decode(content);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = count(firstLine, ';') > count(firstLine, ',') ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get();
        List<RawRow> rows = new ArrayList<>();
        try (Reader reader = new StringReader(text); CSVParser parser = CSVParser.parse(reader, format)) {
            for (CSVRecord record : parser) {
                rows.add(new RawRow((int) record.getRecordNumber(), record.toList()));
                if (record.getRecordNumber() % 500 == 0) {
                    progress.update((int) record.getRecordNumber(), Math.max(1, text.length() / 200));
                }
            }
        } catch (IOException | RuntimeException e) {
            return failed(fileName, "exchange.error.unreadable", String.valueOf(e.getMessage()));
        }
        return withHeader(fileName, rows);
    }

    private static String decode(byte[] content) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException e) {
            // Excel's plain "CSV" on Windows is written in the ANSI code page
            return new String(content, Charset.forName("windows-1252"));
        }
    }

    private static int count(String text, char c) {
        return (int) text.chars().filter(x -> x == c).count();
    }

    // ---- the header row

    private static RawSheet withHeader(String name, List<RawRow> rows) {
        for (int i = 0; i < Math.min(HEADER_SEARCH_ROWS, rows.size()); i++) {
            RawRow candidate = rows.get(i);
            Map<Column, Integer> columns = new EnumMap<>(Column.class);
            List<String> ignored = new ArrayList<>();
            List<RowError> errors = new ArrayList<>();
            for (int c = 0; c < candidate.cells().size(); c++) {
                String header = candidate.cells().get(c);
                if (header.isBlank()) {
                    continue;
                }
                var column = Column.byHeader(header);
                if (column.isEmpty()) {
                    ignored.add(header.strip());
                } else if (columns.containsKey(column.get())) {
                    errors.add(new RowError(name, candidate.number(), header.strip(), Column.letter(c),
                            "exchange.error.column.twice", List.of(header.strip())));
                } else {
                    columns.put(column.get(), c);
                }
            }
            if (columns.containsKey(Column.PLAN) && columns.containsKey(Column.CODE)) {
                List<RawRow> data = rows.subList(i + 1, rows.size()).stream()
                        .filter(r -> r.cells().stream().anyMatch(s -> !s.isBlank()))
                        .toList();
                return new RawSheet(name, candidate.number(), columns, ignored, data, errors);
            }
        }
        return new RawSheet(name, 1, Map.of(), List.of(), List.of(),
                List.of(new RowError(name, 1, null, null, "exchange.error.noheader", List.of())));
    }

    private static RawSheet failed(String name, String key, String... arguments) {
        return new RawSheet(name, 0, Map.of(), List.of(), List.of(),
                List.of(new RowError(name, 0, null, null, key, List.of(arguments))));
    }
}
