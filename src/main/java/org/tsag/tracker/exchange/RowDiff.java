package org.tsag.tracker.exchange;

import java.util.List;

/**
 * The outcome of one row of an imported file against the database: a new item, a changed one
 * (with old and new value per field), or an unchanged one.
 */
public record RowDiff(String sheet, int row, String plan, String code, Kind kind, List<FieldDiff> changes) {

    public enum Kind {
        NEW, CHANGED, UNCHANGED
    }

    public RowDiff {
        changes = List.copyOf(changes);
    }
}
