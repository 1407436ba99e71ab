package org.tsag.tracker.item;

import java.util.Set;

/**
 * What the item grid shows. Every field is optional: null, empty or false means "no restriction".
 * {@code mine} keeps the items whose owner is the signed-in user's name (case-insensitive); owners
 * are free text, so this only finds items whose owner was entered as that name. {@code health} is
 * {@link #AT_RISK} (open, latest report RED or AMBER) or {@link #ON_TRACK} (open, neither at risk
 * nor overdue), as the dashboard counts them. {@code clause} keeps the items linked to that clause
 * or to an earlier version of it in its lineage (the same request under an older number).
 * {@code entityRole} (RESPONSIBLE, COLLABORATING, REPORTS_TO) narrows {@code entity} to that role;
 * without it the entity may have any role in the item.
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
        boolean mine,
        String health,
        Long clause,
        String entityRole) {

    public static final String AT_RISK = "at-risk";
    public static final String ON_TRACK = "on-track";
    /** The roles an entity can have in an item; {@code entityRole} narrows the entity filter to one. */
    public static final java.util.List<String> ROLES = java.util.List.of("RESPONSIBLE", "COLLABORATING", "REPORTS_TO");

    public static final ItemFilter NONE = new ItemFilter(Set.of(), null, null, null, null, null, false, null, false);

    /** The filter without the health and clause criteria. */
    public ItemFilter(Set<String> statuses, String entity, String plan, String resolution, String period, String text,
            boolean overdue, Integer dueWithinDays, boolean mine) {
        this(statuses, entity, plan, resolution, period, text, overdue, dueWithinDays, mine, null, null, null);
    }

    public ItemFilter {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        entity = blankToNull(entity);
        plan = blankToNull(plan);
        resolution = blankToNull(resolution);
        period = blankToNull(period);
        text = blankToNull(text);
        health = AT_RISK.equals(health) || ON_TRACK.equals(health) ? health : null;
        entityRole = entityRole != null && ROLES.contains(entityRole) ? entityRole : null;
    }

    public ItemFilter withStatuses(Set<String> value) {
        return new ItemFilter(value, entity, plan, resolution, period, text, overdue, dueWithinDays, mine, health, clause, entityRole);
    }

    public ItemFilter withEntity(String value) {
        return new ItemFilter(statuses, value, plan, resolution, period, text, overdue, dueWithinDays, mine, health, clause, entityRole);
    }

    public ItemFilter withPlan(String value) {
        return new ItemFilter(statuses, entity, value, resolution, period, text, overdue, dueWithinDays, mine, health, clause, entityRole);
    }

    public ItemFilter withResolution(String value) {
        return new ItemFilter(statuses, entity, plan, value, period, text, overdue, dueWithinDays, mine, health, clause, entityRole);
    }

    public ItemFilter withPeriod(String value) {
        return new ItemFilter(statuses, entity, plan, resolution, value, text, overdue, dueWithinDays, mine, health, clause, entityRole);
    }

    public ItemFilter withText(String value) {
        return new ItemFilter(statuses, entity, plan, resolution, period, value, overdue, dueWithinDays, mine, health, clause, entityRole);
    }

    public ItemFilter withOverdue(boolean value) {
        return new ItemFilter(statuses, entity, plan, resolution, period, text, value, dueWithinDays, mine, health, clause, entityRole);
    }

    public ItemFilter withDueWithinDays(Integer value) {
        return new ItemFilter(statuses, entity, plan, resolution, period, text, overdue, value, mine, health, clause, entityRole);
    }

    public ItemFilter withMine(boolean value) {
        return new ItemFilter(statuses, entity, plan, resolution, period, text, overdue, dueWithinDays, value, health, clause, entityRole);
    }

    public ItemFilter withHealth(String value) {
        return new ItemFilter(statuses, entity, plan, resolution, period, text, overdue, dueWithinDays, mine, value, clause, entityRole);
    }

    public ItemFilter withClause(Long value) {
        return new ItemFilter(statuses, entity, plan, resolution, period, text, overdue, dueWithinDays, mine, health, value, entityRole);
    }

    public ItemFilter withEntityRole(String value) {
        return new ItemFilter(statuses, entity, plan, resolution, period, text, overdue, dueWithinDays, mine, health, clause,
                value);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
