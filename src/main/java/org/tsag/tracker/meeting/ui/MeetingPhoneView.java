package org.tsag.tracker.meeting.ui;

import org.tsag.tracker.i18n.LocaleFormats;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.tsag.tracker.since.SinceService;
import org.tsag.tracker.item.ItemRow;
import org.tsag.tracker.item.ItemService;
import org.tsag.tracker.live.ChangeSet;
import org.tsag.tracker.live.ui.LiveUpdates;

/**
 * The meeting's data for a phone (390 px wide, nothing wider): a summary card per resolution and per
 * action plan first, then the list of items by group; {@code ?from=&to=} as on the projector. Live updates replace the section of a plan whose items or changes differ.
 */
@Route(value = "meeting/phone", autoLayout = false)
@AnonymousAllowed
class MeetingPhoneView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ItemService items;
    private final SinceService since;
    private MeetingDeck shown;
    private MeetingDeck.Request request;
    private Map<String, List<String>> parameters = Map.of();
    private final Map<String, Div> sections = new java.util.HashMap<>();
    private Div summary;
    private final com.vaadin.flow.component.Component language;

    MeetingPhoneView(ItemService items, SinceService since, LiveUpdates live,
                     org.tsag.tracker.i18n.ui.LanguageMenu languages) {
        this.language = languages.select();
        this.items = items;
        this.since = since;
        addClassName("meeting-phone");
        live.keepUpdated(this, this::changed);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("meeting.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        parameters = event.getLocation().getQueryParameters().getParameters();
        request = MeetingDeck.Request.of(parameters);
        render(request.load(items, since));
    }

    /**
     * A card per resolution and per action plan, resolutions first, so that the first screen says
     * where each stands (issue 18); the deck of the list gives its own grouping, the other is read.
     */
    private Div summary(MeetingDeck deck, MeetingParts parts) {
        MeetingDeck other = request.otherGrouping().load(items, since);
        MeetingDeck resolutions = request.by() == MeetingDeck.Grouping.RESOLUTION ? deck : other;
        MeetingDeck plans = request.by() == MeetingDeck.Grouping.PLAN ? deck : other;
        List<String> statuses = items.options().statuses();
        java.time.LocalDate today = java.time.LocalDate.now();
        Div cards = new Div();
        cards.setId("meeting-summary");
        cards.addClassName("meeting-summaries");
        for (MeetingDeck d : List.of(resolutions, plans)) {
            d.groups().keySet().forEach(group -> cards.add(MeetingSummary.of(d, group, statuses, today).card(parts, d)));
        }
        return cards;
    }

    /** Someone committed a change (live updates): replaces the sections of the plans that look different now. */
    void changed(ChangeSet changes) {
        if (shown == null || !changes.mayAffectItems()) {
            return;
        }
        MeetingDeck deck = request.load(items, since);
        if (deck.equals(shown)) {
            return;
        }
        if (!deck.groups().keySet().equals(shown.groups().keySet()) || !deck.since().map(s -> s.from() + s.to())
                .equals(shown.since().map(s -> s.from() + s.to()))) {
            render(deck);
            return;
        }
        MeetingParts parts = new MeetingParts(this);
        Div freshSummary = summary(deck, parts);
        replace(summary, freshSummary);
        summary = freshSummary;
        deck.groups().forEach((plan, rows) -> {
            if (!rows.equals(shown.groups().get(plan)) || !deck.statusChanges(plan).equals(shown.statusChanges(plan))) {
                Div fresh = planSection(deck, parts, plan, rows);
                replace(sections.get(plan), fresh);
                sections.put(plan, fresh);
            }
        });
        shown = deck;
    }

    private void render(MeetingDeck deck) {
        removeAll();
        sections.clear();
        shown = deck;
        MeetingParts parts = new MeetingParts(this);
        if (deck.internal()) {
            add(parts.internalBanner("meeting/phone", parameters));
        }
        add(language, new H1(getTranslation("meeting.title")));
        add(new Paragraph(deck.since()
                .map(s -> getTranslation("meeting.since", LocaleFormats.of(getLocale()).label(s.from()),
                        LocaleFormats.of(getLocale()).label(s.to())))
                .orElse(getTranslation("meeting.since.none"))));
        if (deck.groups().isEmpty()) {
            add(new Paragraph(getTranslation("meeting.empty")));
        }
        summary = summary(deck, parts);
        add(summary);
        H2 list = new H2(getTranslation("meeting.phone.list." + deck.by().parameter()));
        list.setId("meeting-phone-list");
        list.addClassName("meeting-phone-list");
        add(list);
        deck.groups().forEach((plan, rows) -> {
            Div section = planSection(deck, parts, plan, rows);
            sections.put(plan, section);
            add(section);
        });
    }

    private Div planSection(MeetingDeck deck, MeetingParts parts, String plan, List<ItemRow> rows) {
        Div section = new Div();
        section.addClassName("meeting-phone-plan");
        section.setId("meeting-phone-plan-" + plan.replaceAll("[^A-Za-z0-9_-]", "_"));
        H3 heading = new H3(getTranslation(deck.titleKey(), plan));
        heading.add(new Span(" \u00b7 " + getTranslation("meeting.summary.items", rows.size())));
        section.add(heading);
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
        section.add(new H4(deck.since()
                .map(s -> getTranslation("meeting.changes.since", LocaleFormats.of(getLocale()).label(s.from())))
                .orElse(getTranslation("meeting.since.none"))));
        section.add(parts.changes(deck.statusChanges(plan)));
        return section;
    }
}
