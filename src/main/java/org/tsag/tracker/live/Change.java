package org.tsag.tracker.live;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Function;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One committed change as a database trigger announced it (see V050): the table, the statement
 * ({@code INSERT}, {@code UPDATE}, {@code DELETE}), and what it touched as far as the trigger could
 * tell. A change that names no item, clause or plan (reference data, a list cut at 50, or
 * {@link #everything()}) means that anything may have changed.
 *
 * @param table       the table the statement changed, or {@code *} for "unknown, assume everything"
 * @param operation   INSERT, UPDATE or DELETE, or null when unknown
 * @param items       ids of the action items it touched
 * @param clauses     ids of the clauses whose implementation status it reported
 * @param plans       codes of the action plans of those items
 * @param resolutions numbers of the resolutions of those items and clauses
 * @param more        a list was cut short: more was touched than the lists name
 * @param raisedAt    when the trigger ran (just before the commit), or null when unknown
 * @param receivedAt  when this node received it
 * @param from        for new journal entries, the earliest day they report on (every state before that
 *                    day is as it was), or null when unknown or not a journal entry
 */
public record Change(
        String table,
        String operation,
        Set<Long> items,
        Set<Long> clauses,
        Set<String> plans,
        Set<String> resolutions,
        boolean more,
        Instant raisedAt,
        Instant receivedAt,
        LocalDate from) {

    /** The table name of a change that stands for "anything may have changed". */
    public static final String EVERYTHING = "*";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public Change {
        items = Set.copyOf(items);
        clauses = Set.copyOf(clauses);
        plans = Set.copyOf(plans);
        resolutions = Set.copyOf(resolutions);
    }

    /** After the listener lost its connection: notifications of that time are lost, so assume everything changed. */
    public static Change everything() {
        Instant now = Instant.now();
        return new Change(EVERYTHING, null, Set.of(), Set.of(), Set.of(), Set.of(), true, now, now, null);
    }

    /** One item changed by a statement on {@code table} (for tests and callers that know exactly what they changed). */
    public static Change ofItem(String table, String operation, long item, String plan) {
        Instant now = Instant.now();
        return new Change(table, operation, Set.of(item), Set.of(), plan == null ? Set.of() : Set.of(plan), Set.of(),
                false, now, now, null);
    }

    /** Reads a notification's payload; anything unreadable counts as {@link #everything()}. */
    public static Change parse(String payload, Instant receivedAt) {
        try {
            JsonNode json = JSON.readTree(payload);
            if (json == null || !json.isObject() || !json.path("t").isString()) {
                return everything();
            }
            JsonNode at = json.path("at");
            return new Change(
                    json.path("t").asString(),
                    json.path("op").isString() ? json.path("op").asString() : null,
                    values(json.path("items"), JsonNode::asLong),
                    values(json.path("clauses"), JsonNode::asLong),
                    values(json.path("plans"), JsonNode::asString),
                    values(json.path("resolutions"), JsonNode::asString),
                    json.path("more").asBoolean(false),
                    at.isNumber() ? Instant.ofEpochMilli(at.asLong()) : null,
                    receivedAt,
                    day(json.path("from")));
        } catch (JacksonException | DateTimeParseException e) {
            return everything();
        }
    }

    private static LocalDate day(JsonNode value) {
        return value.isString() ? LocalDate.parse(value.asString()) : null;
    }

    private static <T> Set<T> values(JsonNode array, Function<JsonNode, T> value) {
        Set<T> values = new LinkedHashSet<>();
        if (array.isArray()) {
            for (int i = 0; i < array.size(); i++) {
                if (!array.get(i).isNull()) {
                    values.add(value.apply(array.get(i)));
                }
            }
        }
        return values;
    }

    /** Whether it names what it touched; if not, a screen must assume that anything it shows may have changed. */
    public boolean pinned() {
        return !EVERYTHING.equals(table) && !more && !(items.isEmpty() && clauses.isEmpty() && plans.isEmpty());
    }
}
