package org.tsag.tracker.item;

import java.time.LocalDate;

/** An action plan as readers see it; {@code rollup} is AVERAGE or WEIGHTED. */
public record Plan(
        String code,
        String title,
        String description,
        String approvedBy,
        LocalDate approvedOn,
        String rollup,
        boolean sample) {
}
