package org.tsag.tracker.item.ui;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.tsag.tracker.status.Evidence;
import org.tsag.tracker.item.FieldChange;
import org.tsag.tracker.item.ItemDetail;
import org.tsag.tracker.i18n.LocaleFormats;

/** The item's history, newest first: status reports with their evidence, and changes to its fields. */
class ItemTimeline extends Div {


    private record Entry(LocalDate day, OffsetDateTime at, Component component) {
    }

    ItemTimeline(ItemDetail d, List<FieldChange> fieldChanges) {
        add(new H3(getTranslation("item.timeline")));
        setId("item-timeline");
        addClassName("item-timeline");
        List<Entry> entries = new ArrayList<>();
        Map<Long, ItemDetail.Event> byId = new LinkedHashMap<>();
        d.events().forEach(e -> byId.put(e.id(), e));
        for (ItemDetail.Event e : d.events()) {
            entries.add(new Entry(e.occurredOn(), e.recordedAt(), eventEntry(e, byId)));
        }
        for (FieldChange c : fieldChanges) {
            Div entry = new Div();
            entry.addClassName("item-timeline-entry");
            entry.addClassName("item-timeline-change");
            entry.add(new Span(getTranslation("item.change", formats().dateTime(c.at()) + " UTC",
                    c.actor(), getTranslation("item.field." + c.field()), display(c.oldValue()), display(c.newValue()))));
            entries.add(new Entry(c.at().toLocalDate(), c.at(), entry));
        }
        entries.sort(Comparator.comparing(Entry::day).thenComparing(Entry::at).reversed());
        entries.forEach(e -> add(e.component()));
        if (entries.isEmpty()) {
            add(new Paragraph(getTranslation("item.timeline.empty")));
        }
    }

    private String display(String value) {
        return value == null ? getTranslation("item.change.empty") : value;
    }

    private Component eventEntry(ItemDetail.Event e, Map<Long, ItemDetail.Event> byId) {
        Div entry = new Div();
        entry.addClassName("item-timeline-entry");
        entry.addClassName("item-timeline-event");
        String progress = e.progress() == null ? "" : " · " + getTranslation("items.progress.value", e.progress());
        String rag = e.rag() == null ? "" : " · " + getTranslation("item.rag." + e.rag());
        String meeting = e.meeting() == null ? "" : " · " + e.meeting();
        Span headline = new Span(formats().date(e.occurredOn()) + " · " + getTranslation("item.kind." + e.kind()) + " · "
                + getTranslation("status." + e.status()) + progress + rag + meeting);
        headline.addClassName("item-timeline-headline");
        entry.add(headline);
        entry.add(new Div(new Span(getTranslation("item.event.by", e.author(),
                formats().dateTime(e.recordedAt()) + " UTC"))));
        if (e.correctsEventId() != null) {
            ItemDetail.Event corrected = byId.get(e.correctsEventId());
            entry.add(new Div(new Span(getTranslation("item.event.corrects",
                    corrected == null ? "#" + e.correctsEventId() : formats().date(corrected.occurredOn())))));
        }
        if (e.narrative() != null) {
            entry.add(new Paragraph(e.narrative()));
        }
        if (!e.evidence().isEmpty()) {
            UnorderedList evidence = new UnorderedList();
            for (Evidence ev : e.evidence()) {
                String label = getTranslation("item.evidence.kind." + ev.kind()) + ": " + ev.reference();
                if (ev.url() != null && (ev.url().startsWith("https://") || ev.url().startsWith("http://"))) {
                    evidence.add(new ListItem(new Anchor(ev.url(), label)));
                } else {
                    evidence.add(new ListItem(label));
                }
            }
            entry.add(evidence);
        }
        return entry;
    }

    private LocaleFormats formats() {
        return LocaleFormats.of(getLocale());
    }
}
