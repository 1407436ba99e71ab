package org.tsag.tracker.exchange;

import java.util.List;

/** The value an exported sheet shows for an item in a column: text, a number or a date. */
final class SheetValues {

    private SheetValues() {
    }

    static Object value(StoredItem item, Column column, ReferenceData reference) {
        Object value = ImportPlanner.storedValue(item, column);
        if (column == Column.STATUS) {
            return reference.statusName(item.status());
        }
        return switch (value) {
            case null -> null;
            case List<?> list -> list.isEmpty() ? null : String.join(", ", list.stream().map(String::valueOf).toList());
            case Boolean b -> ImportPlanner.yesNo(b);
            default -> value;
        };
    }

    /** The value as CSV text: ISO dates, plain numbers. */
    static String text(StoredItem item, Column column, ReferenceData reference) {
        Object value = value(item, column, reference);
        return value == null ? "" : String.valueOf(value);
    }
}
