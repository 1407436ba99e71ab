package org.tsag.tracker.exchange;

/** One field of an item as the database has it and as the file has it (empty text for no value). */
public record FieldDiff(Column column, String oldValue, String newValue) {
}
