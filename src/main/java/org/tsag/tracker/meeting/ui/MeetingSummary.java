package org.tsag.tracker.meeting.ui;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import org.tsag.tracker.since.Since;
import org.tsag.tracker.item.ItemRow;

/**
 * A group's state at a glance, for the top of the phone view (issue 18): how many items in each
 * status (in colour, with the status's name and the count as text), how many are overdue, and what
 * changed since the last meeting.
 */
record MeetingSummary(String group, MeetingDeck.Grouping by, int items, Map<String, Long> byStatus, long overdue,
                      List<Since.Change> changes) {

    /** Changes named on a card; the rest are counted. */
    private static final int NAMED_CHANGES = 3;
    private static final String NO_STATUS = "";

    static MeetingSummary of(MeetingDeck deck, String group, List<String> statusOrder, LocalDate today) {
        List<ItemRow> rows = deck.groups().getOrDefault(group, List.of());
        Map<String, Long> counted = rows.stream()
                .collect(Collectors.groupingBy(r -> r.status() == null ? NO_STATUS : r.status(), Collectors.counting()));
        Map<String, Long> ordered = new LinkedHashMap<>();
        statusOrder.stream().filter(counted::containsKey).forEach(s -> ordered.put(s, counted.get(s)));
        counted.keySet().stream().filter(s -> !ordered.containsKey(s)).sorted().forEach(s -> ordered.put(s, counted.get(s)));
        long overdue = rows.stream().filter(r -> r.overdue(today)).count();
        return new MeetingSummary(group, deck.by(), rows.size(), ordered, overdue, deck.statusChanges(group));
    }

    /** The card's id: {@code meeting-summary-resolution-68}, {@code meeting-summary-plan-WTSA24}. */
    String id() {
        return "meeting-summary-" + by.parameter() + "-" + group.replaceAll("[^A-Za-z0-9_-]", "_");
    }

    Div card(MeetingParts parts, MeetingDeck deck) {
        Div card = new Div();
        card.setId(id());
        card.addClassName("meeting-summary");
        H2 title = new H2(parts.text(deck.titleKey(), group));
        title.addClassName("meeting-summary-title");
        Span total = new Span(parts.text("meeting.summary.items", items));
        total.addClassName("meeting-summary-total");
        Div heading = new Div(title, total);
        heading.addClassName("meeting-summary-heading");
        card.add(heading);

        Div counts = new Div();
        counts.addClassName("meeting-summary-counts");
        byStatus.forEach((status, count) -> {
            Span chip = parts.status(status.isEmpty() ? null : status, false);
            chip.setText(parts.statusName(status.isEmpty() ? null : status) + ": " + count);
            chip.addClassName("meeting-count");
            chip.getElement().setAttribute("data-status", status.isEmpty() ? "none" : status);
            counts.add(chip);
        });
        card.add(counts);

        Span late = new Span(parts.text("meeting.summary.overdue", overdue));
        late.addClassName("meeting-summary-overdue");
        if (overdue > 0) {
            late.addClassName("meeting-overdue");
        }
        Span changed = new Span(deck.since()
                .map(s -> parts.text("meeting.summary.changes", changes.size(), s.from()))
                .orElse(parts.text("meeting.since.none")));
        changed.addClassName("meeting-summary-changes");
        Div facts = new Div(late, changed);
        facts.addClassName("meeting-summary-facts");
        card.add(facts);
        if (!changes.isEmpty()) {
            String named = changes.stream().limit(NAMED_CHANGES)
                    .map(c -> c.code() + " " + parts.statusName(c.statusAfter()))
                    .collect(Collectors.joining(", "));
            Span list = new Span(changes.size() > NAMED_CHANGES
                    ? parts.text("meeting.summary.changes.more", named, changes.size() - NAMED_CHANGES) : named);
            list.addClassName("meeting-summary-changed");
            card.add(list);
        }
        return card;
    }
}
