package org.tsag.tracker.meeting;

import java.time.LocalDate;

/** A meeting as views and other features see it. */
public record Meeting(
        long id,
        String code,
        String kind,
        String title,
        String place,
        LocalDate startDate,
        LocalDate endDate,
        String studyPeriod,
        boolean sample) {
}
