package org.tsag.tracker.exchange;

import java.time.LocalDate;
import java.util.List;

/**
 * An item as the database holds it, with everything a sheet row shows. {@code status},
 * {@code progress}, {@code rag}, {@code narrative} and {@code lastReport} come from the current
 * (latest) event; {@code progress} is the item's own (reported, or implied by its status).
 */
record StoredItem(
        long id,
        String plan,
        String code,
        String parent,
        String title,
        String description,
        List<String> resolutions,
        List<String> clauses,
        String clauseText,
        List<String> responsible,
        List<String> collaborating,
        List<String> reportsTo,
        String owner,
        LocalDate startDate,
        LocalDate dueDate,
        String targetMeeting,
        String priority,
        String period,
        int weight,
        boolean internal,
        String status,
        Integer progress,
        String rag,
        String narrative,
        LocalDate lastReport,
        int version,
        Long lastEvent) {
}
