package org.tsag.tracker.meeting.ui;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.tsag.tracker.dashboard.SinceService;
import org.tsag.tracker.item.ItemRow;
import org.tsag.tracker.item.ItemService;

/** The meeting's data as one scrolling list for a phone (360 px wide); {@code ?from=&to=} as on the projector. */
@Route(value = "meeting/phone", autoLayout = false)
@AnonymousAllowed
class MeetingPhoneView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ItemService items;
    private final SinceService since;

    MeetingPhoneView(ItemService items, SinceService since) {
        this.items = items;
        this.since = since;
        addClassName("meeting-phone");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("meeting.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        MeetingDeck deck = MeetingDeck.load(items, since, first(parameters, "from"), first(parameters, "to"),
                MeetingDeck.Grouping.of(first(parameters, "by")));
        MeetingParts parts = new MeetingParts(this);
        add(new H1(getTranslation("meeting.title")));
        add(new Paragraph(deck.since()
                .map(s -> getTranslation("meeting.since", s.from(), s.to()))
                .orElse(getTranslation("meeting.since.none"))));
        if (deck.groups().isEmpty()) {
            add(new Paragraph(getTranslation("meeting.empty")));
        }
        deck.groups().forEach((plan, rows) -> {
            Div section = new Div();
            section.addClassName("meeting-phone-plan");
            section.setId("meeting-phone-plan-" + plan.replaceAll("[^A-Za-z0-9_-]", "_"));
            section.add(new H2(getTranslation(deck.titleKey(), plan)));
            for (ItemRow row : rows) {
                Div card = new Div();
                card.addClassName("meeting-phone-item");
                Span code = new Span(row.code());
                code.addClassName("meeting-phone-code");
                Span title = new Span(row.title());
                title.addClassName("meeting-phone-title");
                Span progress = new Span(getTranslation("meeting.progress", parts.progress(row.progress())));
                card.add(code, title, parts.status(row.status(), row.closed()), progress);
                section.add(card);
            }
            section.add(new H3(deck.since()
                    .map(s -> getTranslation("meeting.changes.since", s.from()))
                    .orElse(getTranslation("meeting.since.none"))));
            section.add(parts.changes(deck.statusChanges(plan)));
            add(section);
        });
    }

    private static String first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.getOrDefault(name, List.of());
        return values.isEmpty() || values.getFirst().isBlank() ? null : values.getFirst();
    }
}
