package org.tsag.tracker.meeting.ui;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.tsag.tracker.base.CurrentUser;
import org.tsag.tracker.since.Since;
import org.tsag.tracker.since.SinceService;
import org.tsag.tracker.item.ItemFilter;
import org.tsag.tracker.item.ItemRow;
import org.tsag.tracker.item.ItemService;

/**
 * What both meeting views show: the visible items grouped by action plan or by resolution, one
 * group per slide, and what changed since the last meeting ({@code from}/{@code to} as the
 * dashboard takes them). An item linked to clauses of two resolutions is on both slides.
 * A meeting room is public: the deck holds what a member may see, whoever is signed in, unless
 * {@code internal} (the presenter asked for {@code ?view=internal} and may see internal items).
 */
record MeetingDeck(Grouping by, boolean internal, Map<String, List<ItemRow>> groups, Optional<Since> since) {

    /** More items than a plan has in practice; the projector cuts them into slides ({@link MeetingSlides}). */
    private static final int MAX_ITEMS = 1000;

    /** How items are grouped into slides; {@code ?by=plan} (the default) or {@code ?by=resolution}. */
    enum Grouping {
        PLAN, RESOLUTION;

        static Grouping of(String value) {
            return "resolution".equalsIgnoreCase(value) ? RESOLUTION : PLAN;
        }

        String parameter() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * What a meeting view is asked for in its URL: the window of changes ({@code ?from=&to=}), the
     * grouping ({@code ?by=}) and the internal view ({@code ?view=internal}, for those who may see it).
     */
    record Request(String from, String to, Grouping by, boolean internal) {

        static Request of(Map<String, List<String>> parameters) {
            return new Request(parameter(parameters, "from"), parameter(parameters, "to"),
                    Grouping.of(parameter(parameters, "by")), internalView(parameter(parameters, "view")));
        }

        /** The same request with the items grouped the other way (by resolution instead of by plan, or back). */
        Request otherGrouping() {
            return new Request(from, to, by == Grouping.PLAN ? Grouping.RESOLUTION : Grouping.PLAN, internal);
        }

        MeetingDeck load(ItemService items, SinceService sinceService) {
            return MeetingDeck.load(items, sinceService, from, to, by, internal);
        }
    }

    static MeetingDeck load(ItemService items, SinceService sinceService, String from, String to, Grouping by,
                            boolean internal) {
        Map<String, List<ItemRow>> groups = new LinkedHashMap<>();
        var options = items.options();
        List<String> keys = by == Grouping.RESOLUTION ? options.resolutions() : options.plans();
        for (String key : keys) {
            ItemFilter filter = by == Grouping.RESOLUTION ? ItemFilter.NONE.withResolution(key) : ItemFilter.NONE.withPlan(key);
            List<ItemRow> rows = items.findShown(filter, internal, 0, MAX_ITEMS, List.of());
            if (!rows.isEmpty()) {
                groups.put(key, rows);
            }
        }
        return new MeetingDeck(by, internal, groups, sinceService.since(from, to, null, LocalDate.now()));
    }

    /**
     * Whether the presenter asked for the internal view ({@code ?view=internal}) and may see it;
     * anyone else gets the members' view whatever the URL says.
     */
    static boolean internalView(String view) {
        return "internal".equalsIgnoreCase(view) && CurrentUser.canSeeInternal();
    }

    /** The first value of a query parameter of the meeting views; null when missing or blank. */
    static String parameter(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.getOrDefault(name, List.of());
        return values.isEmpty() || values.getFirst().isBlank() ? null : values.getFirst();
    }

    /** The items of this group whose status changed in the window. */
    List<Since.Change> statusChanges(String group) {
        Set<String> members = groups.getOrDefault(group, List.of()).stream()
                .map(r -> r.plan() + "\u0000" + r.code())
                .collect(Collectors.toSet());
        return since.map(s -> s.statusChanged().stream()
                        .filter(c -> members.contains(c.plan() + "\u0000" + c.code()))
                        .toList())
                .orElse(List.of());
    }

    /** The heading of a group's slide or section, as a translation key and its argument. */
    String titleKey() {
        return by == Grouping.RESOLUTION ? "meeting.resolution" : "meeting.plan";
    }
}
