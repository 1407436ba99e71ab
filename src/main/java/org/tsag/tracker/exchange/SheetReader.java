package org.tsag.tracker.exchange;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
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

import javax.xml.parsers.ParserConfigurationException;

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
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads the detailed sheet of a workbook (.xlsx streamed, or .xls; the sheet named "Items", else the first)
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
        return content[0] == 'P' ? readXlsx(fileName, content) : readXls(fileName, content, progress);
    }

    /**
     * .xlsx through POI's event API: the sheet's XML is read as a stream, so a large upload never
     * becomes a whole workbook in memory.
     */
    private static RawSheet readXlsx(String fileName, byte[] content) {
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(content))) {
            XSSFReader reader = new XSSFReader(pkg);
            List<String> names = new ArrayList<>();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (sheets.hasNext()) {
                sheets.next().close();
                names.add(sheets.getSheetName());
            }
            if (names.isEmpty()) {
                return failed(fileName, "exchange.error.nosheet");
            }
            int wanted = Math.max(0, names.indexOf(ITEMS_SHEET));
            RowCollector rows = new RowCollector();
            sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            for (int i = 0; sheets.hasNext(); i++) {
                try (InputStream sheet = sheets.next()) {
                    if (i == wanted) {
                        XMLReader parser = XMLHelper.newXMLReader();
                        parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(),
                                new ReadOnlySharedStringsTable(pkg), rows, new IsoDates(), false));
                        parser.parse(new InputSource(sheet));
                    }
                }
            }
            return withHeader(names.get(wanted), rows.rows);
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
            return failed(fileName, "exchange.error.unreadable", String.valueOf(e.getMessage()));
        }
    }

    /** Collects the cells of the streamed sheet, filling the gaps that blank cells leave. */
    private static final class RowCollector implements XSSFSheetXMLHandler.SheetContentsHandler {
        final List<RawRow> rows = new ArrayList<>();
        private List<String> cells;
        private int next;

        @Override
        public void startRow(int rowNum) {
            cells = new ArrayList<>();
            next = 0;
        }

        @Override
        public void endRow(int rowNum) {
            rows.add(new RawRow(rowNum + 1, cells));
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? next : new CellReference(reference).getCol();
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(value == null ? "" : value);
            next = column + 1;
        }
    }

    /** Dates as ISO dates and plain numbers without decimals, whatever the cell's format. */
    private static final class IsoDates extends DataFormatter {
        IsoDates() {
            super(java.util.Locale.ROOT);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            return formatRawCellContents(value, formatIndex, formatString, false);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value, use1904).toLocalDate().toString();
            }
            if (formatString == null || "General".equalsIgnoreCase(formatString)) {
                return number(value);
            }
            return super.formatRawCellContents(value, formatIndex, formatString, use1904);
        }
    }

    /** .xls (Excel 97-2003) through the user model; such files are small. */
    private static RawSheet readXls(String fileName, byte[] content, ExchangeProgress progress) {
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
