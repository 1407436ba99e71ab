package org.tsag.tracker.resolution;

import java.time.LocalDate;

/** A study period with its dates; {@code current} when it includes today. */
public record StudyPeriod(String code, LocalDate startDate, LocalDate endDate, boolean current) {
}
