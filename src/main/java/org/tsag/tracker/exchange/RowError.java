package org.tsag.tracker.exchange;

import java.util.List;

/**
 * A problem with one cell or row of an imported file. {@code row} is the row number the user sees
 * in the spreadsheet (the header is row 1 in a CSV file); {@code column} is the column's header and
 * {@code letter} its spreadsheet letter, both null when the whole row or file is concerned.
 * {@code messageKey} and {@code arguments} are a translation key and its arguments.
 */
public record RowError(String sheet, int row, String column, String letter, String messageKey, List<String> arguments) {

    public RowError {
        arguments = List.copyOf(arguments);
    }
}
