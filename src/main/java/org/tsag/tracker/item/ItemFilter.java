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
        return edit(d -> d.statuses = value);
    }

    public ItemFilter withEntity(String value) {
        return edit(d -> d.entity = value);
    }

    public ItemFilter withPlan(String value) {
        return edit(d -> d.plan = value);
    }

    public ItemFilter withResolution(String value) {
        return edit(d -> d.resolution = value);
    }

    public ItemFilter withPeriod(String value) {
        return edit(d -> d.period = value);
    }

    public ItemFilter withText(String value) {
        return edit(d -> d.text = value);
    }

    public ItemFilter withOverdue(boolean value) {
        return edit(d -> d.overdue = value);
    }

    public ItemFilter withDueWithinDays(Integer value) {
        return edit(d -> d.dueWithinDays = value);
    }

    public ItemFilter withMine(boolean value) {
        return edit(d -> d.mine = value);
    }

    public ItemFilter withHealth(String value) {
        return edit(d -> d.health = value);
    }

    public ItemFilter withClause(Long value) {
        return edit(d -> d.clause = value);
    }

    public ItemFilter withEntityRole(String value) {
        return edit(d -> d.entityRole = value);
    }

    /** A copy with the fields that {@code change} sets on a draft of this filter. */
    private ItemFilter edit(java.util.function.Consumer<Draft> change) {
        Draft draft = new Draft(this);
        change.accept(draft);
        return draft.filter();
    }

    /** The fields of a filter, to change one without spelling out the others. */
    private static final class Draft {
        Set<String> statuses;
        String entity;
        String plan;
        String resolution;
        String period;
        String text;
        boolean overdue;
        Integer dueWithinDays;
        boolean mine;
        String health;
        Long clause;
        String entityRole;

        Draft(ItemFilter f) {
            statuses = f.statuses;
            entity = f.entity;
            plan = f.plan;
            resolution = f.resolution;
            period = f.period;
            text = f.text;
            overdue = f.overdue;
            dueWithinDays = f.dueWithinDays;
            mine = f.mine;
            health = f.health;
            clause = f.clause;
            entityRole = f.entityRole;
        }

        ItemFilter filter() {
            return new ItemFilter(statuses, entity, plan, resolution, period, text, overdue, dueWithinDays, mine, health,
                    clause, entityRole);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
