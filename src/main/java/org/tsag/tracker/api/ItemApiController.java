package org.tsag.tracker.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tsag.tracker.item.EventFilter;
import org.tsag.tracker.item.ItemFilter;
import org.tsag.tracker.item.ItemService;
import org.tsag.tracker.item.ItemSort;

/** Action plans, items and their status events. */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
@Tag(name = "Action items", description = "Action plans, their items and the status journal")
class ItemApiController {

    private final ItemService items;

    ItemApiController(ItemService items) {
        this.items = items;
    }

    @GetMapping("/plans")
    @Operation(summary = "Every action plan")
    List<ApiModel.ActionPlan> plans() {
        return items.plans().stream().map(ApiModel.ActionPlan::of).toList();
    }

    @GetMapping("/items")
    @Operation(summary = "Items, filtered and sorted as the grid at /items, one page at a time",
            description = "Internal items are listed only for TSB, chairs and admins.")
    ApiModel.Page<ApiModel.Item> items(
            @Parameter(description = "status codes, comma-separated (items without a report count as NOT_STARTED)")
            @RequestParam(required = false) List<String> status,
            @Parameter(description = "entity code in any role (responsible, collaborating, reports to)")
            @RequestParam(required = false) String entity,
            @Parameter(description = "action plan code") @RequestParam(required = false) String plan,
            @Parameter(description = "resolution number") @RequestParam(required = false) String resolution,
            @Parameter(description = "study period code, e.g. 2025-2028") @RequestParam(required = false) String period,
            @Parameter(description = "full-text search in titles, descriptions and narratives")
            @RequestParam(required = false) String q,
            @Parameter(description = "only open items past their deadline") @RequestParam(defaultValue = "false") boolean overdue,
            @Parameter(description = "only open items due within this many days") @RequestParam(required = false) Integer due,
            @Parameter(description = "only items whose owner is the caller's user name") @RequestParam(defaultValue = "false") boolean mine,
            @Parameter(description = "narrows 'entity' to one role: responsible, collaborating or reports_to")
            @RequestParam(required = false) String role,
            @Parameter(description = "at-risk (open, latest report red or amber) or on-track (open, neither at risk nor overdue)")
            @RequestParam(required = false) String health,
            @Parameter(description = "clause id: items on that clause or an earlier version of it")
            @RequestParam(required = false) Long clause,
            @Parameter(description = "sort keys, comma-separated, '-' for descending: " + ItemSortKeys.DESCRIPTION)
            @RequestParam(required = false) List<String> sort,
            @Parameter(description = "page number, from 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "items per page, 1 to 500") @RequestParam(defaultValue = "50") int size) {
        Paging paging = new Paging(page, size);
        if (due != null && due < 0) {
            throw new IllegalArgumentException("'due' is a number of days, 0 or more.");
        }
        if (role != null && !ItemFilter.ROLES.contains(upper(role))) {
            throw new IllegalArgumentException("'role' is one of responsible, collaborating, reports_to.");
        }
        if (health != null && !ItemFilter.AT_RISK.equals(health) && !ItemFilter.ON_TRACK.equals(health)) {
            throw new IllegalArgumentException("'health' is at-risk or on-track.");
        }
        ItemFilter filter = new ItemFilter(statuses(status), upper(entity), upper(plan), resolution, period, q,
                overdue, due, mine, health, clause, upper(role));
        List<ApiModel.Item> rows = items.find(filter, paging.offset(), paging.size(), sortKeys(sort)).stream()
                .map(ApiModel.Item::of)
                .toList();
        return new ApiModel.Page<>(paging.page(), paging.size(), items.count(filter), rows);
    }

    @GetMapping("/items/{plan}/{code}")
    @Operation(summary = "One item with its clauses, children and whole status history")
    ApiModel.ItemDetails item(@PathVariable String plan, @PathVariable String code) {
        return items.findItem(plan.toUpperCase(Locale.ROOT), code)
                .or(() -> items.findItem(plan, code))
                .map(ApiModel.ItemDetails::of)
                .orElseThrow(() -> new NotFoundException("No item " + code + " in plan " + plan + "."));
    }

    @GetMapping("/events")
    @Operation(summary = "Status events of items, newest first, one page at a time",
            description = "Each event names the status it moved from. Events of internal items are listed only "
                    + "for TSB, chairs and admins.")
    ApiModel.Page<ApiModel.Event> events(
            @Parameter(description = "action plan code") @RequestParam(required = false) String plan,
            @Parameter(description = "resolution number: events of items linked to one of its clauses")
            @RequestParam(required = false) String resolution,
            @Parameter(description = "events that occurred on or after this day (ISO date)")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate since,
            @Parameter(description = "page number, from 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "events per page, 1 to 500") @RequestParam(defaultValue = "50") int size) {
        Paging paging = new Paging(page, size);
        EventFilter filter = new EventFilter(plan, resolution, since);
        List<ApiModel.Event> rows = items.events(filter, paging.offset(), paging.size()).stream()
                .map(ApiModel.Event::of)
                .toList();
        return new ApiModel.Page<>(paging.page(), paging.size(), items.countEvents(filter), rows);
    }

    private Set<String> statuses(List<String> values) {
        Set<String> statuses = new LinkedHashSet<>();
        if (values == null) {
            return statuses;
        }
        List<String> known = items.options().statuses();
        for (String value : values) {
            for (String part : value.split(",")) {
                String code = part.strip().toUpperCase(Locale.ROOT);
                if (code.isEmpty()) {
                    continue;
                }
                if (!known.contains(code)) {
                    throw new IllegalArgumentException("Unknown status '" + part.strip() + "'; known: " + known + ".");
                }
                statuses.add(code);
            }
        }
        return statuses;
    }

    private static List<ItemSort> sortKeys(List<String> values) {
        List<ItemSort> sort = new ArrayList<>();
        if (values == null) {
            return sort;
        }
        for (String value : values) {
            for (String part : value.split(",")) {
                String key = part.strip();
                if (key.isEmpty()) {
                    continue;
                }
                boolean descending = key.startsWith("-");
                String name = descending ? key.substring(1) : key;
                if (!ItemSort.KEYS.contains(name)) {
                    throw new IllegalArgumentException("Unknown sort key '" + name + "'; known: " + ItemSort.KEYS + ".");
                }
                if (sort.stream().noneMatch(s -> s.key().equals(name))) {
                    sort.add(new ItemSort(name, descending));
                }
            }
        }
        return sort;
    }

    private static String upper(String value) {
        return value == null ? null : value.toUpperCase(Locale.ROOT);
    }

    /** The sort keys for the parameter's documentation (annotation values must be constants). */
    static final class ItemSortKeys {
        static final String DESCRIPTION = "code, title, plan, resolution, responsible, collaborating, reportsTo, "
                + "owner, due, status, progress, updated, period";

        private ItemSortKeys() {
        }
    }
}
