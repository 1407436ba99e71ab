package org.tsag.tracker.exchange;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * One data row of an imported sheet, typed and checked against the reference codes. {@code given}
 * holds the columns the file has: a column the file lacks keeps the database's value, while a
 * blank cell in a column it has clears the value. Codes are spelled as the database spells them.
 */
record ParsedRow(
        String sheet,
        int row,
        Set<Column> given,
        String plan,
        String code,
        String parent,
        String title,
        String description,
        List<String> responsible,
        List<String> collaborating,
        List<String> reportsTo,
        String owner,
        LocalDate startDate,
        LocalDate dueDate,
        String targetMeeting,
        String priority,
        String period,
        Integer weight,
        Boolean internal,
        String status,
        Integer progress,
        String rag,
        String narrative,
        Integer version,
        Long lastEvent) {

    boolean has(Column column) {
        return given.contains(column);
    }

    String key() {
        return plan + "/" + code;
    }
}
