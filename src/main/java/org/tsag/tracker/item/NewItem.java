package org.tsag.tracker.item;

import java.time.LocalDate;
import java.util.List;

/**
 * An action item to create. Entities are given by code (TSB, TSAG, ...), the target meeting by
 * meeting code and the study period by its code.
 */
public record NewItem(
        String planCode,
        String code,
        String parentCode,
        String title,
        String description,
        List<String> responsible,
        List<String> collaborating,
        List<String> reportsTo,
        List<Long> clauseIds,
        String owner,
        LocalDate startDate,
        LocalDate dueDate,
        String targetMeetingCode,
        String priority,
        String studyPeriod,
        int weight,
        boolean internal,
        boolean sample) {
}
