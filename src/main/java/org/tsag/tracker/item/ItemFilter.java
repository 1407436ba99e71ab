package org.tsag.tracker.item;

import java.util.Set;

/**
 * What the item grid shows. Every field is optional: null, empty or false means "no restriction".
 * {@code mine} keeps the items whose owner is the signed-in user's name (case-insensitive); owners
 * are free text, so this only finds items whose owner was entered as that name.
 */
public record ItemFilter(
        Set<String> statuses,
        String entity,
        String plan,
        String resolution,
        String period,
        String text,
        boolean overdue,
        Integer dueWithinDays,
        boolean mine) {

    public static final ItemFilter NONE = new ItemFilter(Set.of(), null, null, null, null, null, false, null, false);

    public ItemFilter {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        entity = blankToNull(entity);
        plan = blankToNull(plan);
        resolution = blankToNull(resolution);
        period = blankToNull(period);
        text = blankToNull(text);
    }

    public ItemFilter withStatuses(Set<String> value) {
        return new ItemFilter(value, entity, plan, resolution, period, text, overdue, dueWithinDays, mine);
    }

    public ItemFilter withEntity(String value) {
        return new ItemFilter(statuses, value, plan, resolution, period, text, overdue, dueWithinDays, mine);
    }

    public ItemFilter withPlan(String value) {
        return new ItemFilter(statuses, entity, value, resolution, period, text, overdue, dueWithinDays, mine);
    }

    public ItemFilter withResolution(String value) {
        return new ItemFilter(statuses, entity, plan, value, period, text, overdue, dueWithinDays, mine);
    }

    public ItemFilter withPeriod(String value) {
        return new ItemFilter(statuses, entity, plan, resolution, value, text, overdue, dueWithinDays, mine);
    }

    public ItemFilter withText(String value) {
        return new ItemFilter(statuses, entity, plan, resolution, period, value, overdue, dueWithinDays, mine);
    }

    public ItemFilter withOverdue(boolean value) {
        return new ItemFilter(statuses, entity, plan, resolution, period, text, value, dueWithinDays, mine);
    }

    public ItemFilter withDueWithinDays(Integer value) {
        return new ItemFilter(statuses, entity, plan, resolution, period, text, overdue, value, mine);
    }

    public ItemFilter withMine(boolean value) {
        return new ItemFilter(statuses, entity, plan, resolution, period, text, overdue, dueWithinDays, value);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
