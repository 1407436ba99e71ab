package org.tsag.tracker.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The detailed sheet as CSV (commons-csv): one header row with the same headers as the workbook,
 * UTF-8 with a byte order mark so that Excel reads the accents, ISO dates.
 */
final class ItemCsvWriter implements AutoCloseable {

    private final CSVPrinter printer;
    private final ReferenceData reference;

    ItemCsvWriter(OutputStream out, ReferenceData reference) throws IOException {
        this.reference = reference;
        OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        String[] headers = java.util.Arrays.stream(Column.values()).map(Column::header).toArray(String[]::new);
        printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setHeader(headers).get());
    }

    void add(List<StoredItem> page) throws IOException {
        for (StoredItem item : page) {
            List<String> values = new ArrayList<>();
            for (Column column : Column.values()) {
                values.add(SheetValues.text(item, column, reference));
            }
            printer.printRecord(values);
        }
    }

    /** Flushes what was written; the caller's stream stays open. */
    @Override
    public void close() throws IOException {
        printer.flush();
    }
}
