package org.tsag.tracker.exchange;

import java.util.List;

/**
 * Items changed in the database after the preview was made (someone saved, reported a status or
 * created an item with the same code). Nothing was written; a new preview shows the new state.
 * {@code items} are "plan/code (row n)" texts.
 */
public class ImportConflictException extends RuntimeException {

    private final List<String> items;

    public ImportConflictException(List<String> items) {
        super("Changed in the database since the preview: " + String.join(", ", items));
        this.items = List.copyOf(items);
    }

    public List<String> items() {
        return items;
    }
}
