package org.tsag.tracker.notification;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;

/**
 * How often a user gets the digest. A period runs from one boundary to the next: immediate ones
 * every {@code tracker.notify.immediate-window}, daily ones at midnight, weekly ones on Monday at
 * midnight, in {@code tracker.notify.zone}. {@code NONE}: no digest e-mail (the bell still shows).
 */
public enum Frequency {
    IMMEDIATE, DAILY, WEEKLY, NONE;

    /** The latest period boundary at or before {@code now}. */
    Instant boundary(Instant now, ZoneId zone, Duration window) {
        return switch (this) {
            case IMMEDIATE -> Instant.ofEpochMilli(Math.floorDiv(now.toEpochMilli(), window.toMillis()) * window.toMillis());
            case DAILY -> now.atZone(zone).toLocalDate().atStartOfDay(zone).toInstant();
            case WEEKLY -> now.atZone(zone).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                    .atStartOfDay(zone).toInstant();
            case NONE -> throw new IllegalStateException("no periods without a digest");
        };
    }

    /** The boundary before {@code boundary}: where the period that ends there began. */
    Instant previous(Instant boundary, ZoneId zone, Duration window) {
        return switch (this) {
            case IMMEDIATE -> boundary.minus(window);
            case DAILY -> boundary.atZone(zone).minusDays(1).toLocalDate().atStartOfDay(zone).toInstant();
            case WEEKLY -> boundary.atZone(zone).minusWeeks(1).toLocalDate().atStartOfDay(zone).toInstant();
            case NONE -> throw new IllegalStateException("no periods without a digest");
        };
    }
}
