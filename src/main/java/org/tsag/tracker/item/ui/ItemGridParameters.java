package org.tsag.tracker.item.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.router.QueryParameters;
import org.tsag.tracker.item.ItemFilter;
import org.tsag.tracker.item.ItemSort;

/**
 * The grid's state in the URL: {@code status}, {@code entity}, {@code plan}, {@code resolution},
 * {@code period}, {@code q}, {@code sort}, plus {@code overdue}, {@code due} (days), {@code mine},
 * {@code health} ({@code at-risk}, {@code on-track}), {@code clause} (a clause id, as the dashboard's
 * heatmap links it) and {@code role} (the entity's role: responsible, collaborating, reports_to).
 * Lists are comma-separated; a sort key with a leading "-" is descending. Unknown values are
 * ignored rather than failing, since people edit and share these links by hand.
 */
public record ItemGridParameters(ItemFilter filter, List<ItemSort> sort) {

    public static ItemGridParameters parse(QueryParameters parameters) {
        Map<String, List<String>> p = parameters.getParameters();
        Set<String> statuses = new LinkedHashSet<>();
        for (String value : values(p, "status")) {
            statuses.add(value.toUpperCase(Locale.ROOT));
        }
        Integer due = null;
        String dueText = first(p, "due");
        if (dueText != null) {
            try {
                due = Math.max(0, Integer.parseInt(dueText));
            } catch (NumberFormatException e) {
                due = null;
            }
        }
        Long clause = null;
        String clauseText = first(p, "clause");
        if (clauseText != null) {
            try {
                clause = Long.parseLong(clauseText);
            } catch (NumberFormatException e) {
                clause = null;
            }
        }
        String health = first(p, "health");
        ItemFilter filter = new ItemFilter(statuses, upper(first(p, "entity")), upper(first(p, "plan")),
                first(p, "resolution"), first(p, "period"), first(p, "q"),
                "true".equalsIgnoreCase(first(p, "overdue")), due, "true".equalsIgnoreCase(first(p, "mine")),
                health == null ? null : health.toLowerCase(Locale.ROOT), clause, upper(first(p, "role")));
        List<ItemSort> sort = new ArrayList<>();
        for (String value : values(p, "sort")) {
            boolean descending = value.startsWith("-");
            String key = descending ? value.substring(1) : value;
            if (ItemSort.KEYS.contains(key) && sort.stream().noneMatch(s -> s.key().equals(key))) {
                sort.add(new ItemSort(key, descending));
            }
        }
        return new ItemGridParameters(filter, List.copyOf(sort));
    }

    public QueryParameters toQueryParameters() {
        Map<String, List<String>> p = new LinkedHashMap<>();
        if (!filter.statuses().isEmpty()) {
            p.put("status", List.of(String.join(",", filter.statuses().stream().sorted().toList())));
        }
        put(p, "entity", filter.entity());
        put(p, "plan", filter.plan());
        put(p, "resolution", filter.resolution());
        put(p, "period", filter.period());
        put(p, "q", filter.text());
        if (!sort.isEmpty()) {
            p.put("sort", List.of(String.join(",", sort.stream().map(s -> (s.descending() ? "-" : "") + s.key()).toList())));
        }
        if (filter.overdue()) {
            p.put("overdue", List.of("true"));
        }
        if (filter.dueWithinDays() != null) {
            p.put("due", List.of(String.valueOf(filter.dueWithinDays())));
        }
        if (filter.mine()) {
            p.put("mine", List.of("true"));
        }
        put(p, "health", filter.health());
        put(p, "role", filter.entityRole() == null ? null : filter.entityRole().toLowerCase(Locale.ROOT));
        if (filter.clause() != null) {
            p.put("clause", List.of(String.valueOf(filter.clause())));
        }
        return new QueryParameters(p);
    }

    private static void put(Map<String, List<String>> p, String name, String value) {
        if (value != null) {
            p.put(name, List.of(value));
        }
    }

    private static String first(Map<String, List<String>> p, String name) {
        List<String> values = p.getOrDefault(name, List.of());
        return values.isEmpty() || values.get(0).isBlank() ? null : values.get(0).strip();
    }

    private static List<String> values(Map<String, List<String>> p, String name) {
        List<String> result = new ArrayList<>();
        for (String value : p.getOrDefault(name, List.of())) {
            for (String part : value.split(",")) {
                if (!part.isBlank()) {
                    result.add(part.strip());
                }
            }
        }
        return result;
    }

    private static String upper(String value) {
        return value == null ? null : value.toUpperCase(Locale.ROOT);
    }
}
