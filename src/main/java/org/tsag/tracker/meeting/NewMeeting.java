package org.tsag.tracker.meeting;

import java.time.LocalDate;

/** What it takes to record a meeting; {@code studyPeriod} is a code such as 2025-2028. */
public record NewMeeting(
        String code,
        String kind,
        String title,
        String place,
        LocalDate startDate,
        LocalDate endDate,
        String studyPeriod,
        boolean sample) {
}
