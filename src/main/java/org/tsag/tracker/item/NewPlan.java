package org.tsag.tracker.item;

import java.time.LocalDate;

/** An action plan to create; {@code rollup} is AVERAGE or WEIGHTED. */
public record NewPlan(
        String code,
        String title,
        String description,
        String approvedBy,
        LocalDate approvedOn,
        String rollup,
        boolean sample) {
}
