package org.tsag.tracker.item;

import java.time.LocalDate;

/**
 * Which status events of action items to list. Every field is optional: {@code plan} (code, any
 * case), {@code resolution} (number; events of items linked to one of its clauses), {@code since}
 * (events that occurred on or after that day).
 */
public record EventFilter(String plan, String resolution, LocalDate since) {

    public static final EventFilter NONE = new EventFilter(null, null, null);

    public EventFilter {
        plan = plan == null || plan.isBlank() ? null : plan.strip();
        resolution = resolution == null || resolution.isBlank() ? null : resolution.strip();
    }
}
