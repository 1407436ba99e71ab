package org.tsag.tracker.item;

import java.time.LocalDate;
import java.util.List;

/**
 * One line of the item grid. {@code progress} is the rolled-up progress of the children when the
 * item has any, else the item's own (reported or implied by its status).
 */
public record ItemRow(
        long id,
        String plan,
        String code,
        String title,
        List<String> clauses,
        List<String> responsible,
        List<String> collaborating,
        List<String> reportsTo,
        String owner,
        LocalDate dueDate,
        String targetMeeting,
        LocalDate targetMeetingDate,
        String status,
        boolean closed,
        Integer progress,
        LocalDate updated,
        String period,
        boolean internal,
        boolean sample) {

    /** The due date, or else the date of the target meeting. */
    public LocalDate deadline() {
        return dueDate != null ? dueDate : targetMeetingDate;
    }

    public boolean overdue(LocalDate today) {
        return !closed && deadline() != null && deadline().isBefore(today);
    }

    public boolean dueWithin(LocalDate today, int days) {
        return !closed && deadline() != null && !deadline().isBefore(today) && !deadline().isAfter(today.plusDays(days));
    }
}
