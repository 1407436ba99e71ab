package org.tsag.tracker.exchange;

import java.util.List;

import org.tsag.tracker.status.StatusReport;

/**
 * What an import would do, row by row, before anything is written: new, changed (old and new value
 * per field) and unchanged items, and the errors that stop it. It also keeps the state of every
 * item it compared with, so that applying it fails if an item changed in the meantime.
 */
public final class SheetPreview {

    private final String fileName;
    private final String sheet;
    private final List<RowDiff> rows;
    private final List<RowError> errors;
    private final List<String> ignoredColumns;
    private final List<Planned> planned;

    SheetPreview(String fileName, String sheet, List<RowDiff> rows, List<RowError> errors, List<String> ignoredColumns,
            List<Planned> planned) {
        this.fileName = fileName;
        this.sheet = sheet;
        this.rows = List.copyOf(rows);
        this.errors = List.copyOf(errors);
        this.ignoredColumns = List.copyOf(ignoredColumns);
        this.planned = List.copyOf(planned);
    }

    /**
     * The writes for one row. {@code before} is the item as compared (null for a new item);
     * {@code fields} says whether its own fields change, {@code links} whether its entities or
     * target meeting do, and {@code report} is the status event to append, if any.
     */
    record Planned(ParsedRow row, StoredItem before, RowDiff.Kind kind, boolean fields, boolean links,
            StatusReport report) {
    }

    public String fileName() {
        return fileName;
    }

    /** The sheet that was read (the file name for CSV). */
    public String sheet() {
        return sheet;
    }

    /** Every data row that could be read, in file order. */
    public List<RowDiff> rows() {
        return rows;
    }

    public List<RowError> errors() {
        return errors;
    }

    /** Headers the import does not know; their columns are left alone. */
    public List<String> ignoredColumns() {
        return ignoredColumns;
    }

    public long count(RowDiff.Kind kind) {
        return rows.stream().filter(r -> r.kind() == kind).count();
    }

    /** True when the file is free of errors and would write something. */
    public boolean canApply() {
        return errors.isEmpty() && rows.stream().anyMatch(r -> r.kind() != RowDiff.Kind.UNCHANGED);
    }

    List<Planned> planned() {
        return planned;
    }
}
