package org.tsag.tracker.meeting.ui;

import org.tsag.tracker.base.ui.UrlValues;
import org.tsag.tracker.i18n.Languages;
import org.tsag.tracker.i18n.LocaleFormats;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.shared.Registration;
import org.tsag.tracker.since.Since;
import org.tsag.tracker.since.SinceService;
import org.tsag.tracker.item.ItemRow;
import org.tsag.tracker.live.ChangeSet;
import org.tsag.tracker.live.ui.LiveUpdates;
import org.tsag.tracker.meeting.QrCodeSvg;

/**
 * The projector view: full screen, large type, the slides of each action plan (or of each
 * resolution with {@code ?by=resolution}) after an overview slide, cut so that every slide fits a
 * 16:9 screen without scrolling ({@link MeetingSlides}).
 * Everything is in the URL: {@code ?slide=N} (from 1), {@code ?auto=30} to advance every 30 s (a
 * client poll timer), {@code ?from=&to=} for "since the last meeting" as on the dashboard. A status
 * change committed anywhere is pushed to the slide on screen (live updates): its rows are replaced.
 */
@Route(value = "meeting", autoLayout = false)
@AnonymousAllowed
class MeetingView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final int MIN_AUTO_SECONDS = 5;

    private final org.tsag.tracker.item.ItemService items;
    private final SinceService since;
    private final Div slide = new Div();

    private int current = 1;
    private int count = 1;
    private Integer auto;
    private Map<String, List<String>> parameters = Map.of();
    private Registration poll;
    // what the slide shows, so that a live update replaces only its rows
    private MeetingDeck shown;
    private MeetingSlides slides;
    private MeetingSlides.Slide shownSlide;
    private final Span position = new Span();
    private Component rows;
    private Component changes;

    MeetingView(org.tsag.tracker.item.ItemService items, SinceService since, LiveUpdates live,
                org.tsag.tracker.i18n.ui.LanguageMenu languages) {
        this.items = items;
        this.since = since;
        live.keepUpdated(this, this::changed);
        addClassName("meeting-projector");
        slide.setId("meeting-slide");
        slide.addClassName("meeting-slide");

        // right to left (Arabic): the slides run leftwards, so the arrows and the arrow keys mirror (issue 15)
        boolean rtl = Languages.rightToLeft(getLocale());
        Button previous = new Button(rtl ? "\u2192" : "\u2190", e -> go(current - 1));
        previous.setId("meeting-previous");
        previous.setAriaLabel(getTranslation("meeting.previous"));
        Button next = new Button(rtl ? "\u2190" : "\u2192", e -> go(current + 1));
        next.setId("meeting-next");
        next.setAriaLabel(getTranslation("meeting.next"));
        Div controls = new Div(previous, next, languages.select());
        controls.addClassName("meeting-controls");
        position.setId("meeting-position");
        position.addClassName("meeting-position");
        // the counter and the buttons have a bar of their own under the slide: they never cover it
        Div footer = new Div(position, controls);
        footer.setId("meeting-footer");
        footer.addClassName("meeting-footer");
        add(slide, footer);

        Shortcuts.addShortcutListener(this, () -> go(current + 1), rtl ? Key.ARROW_LEFT : Key.ARROW_RIGHT);
        Shortcuts.addShortcutListener(this, () -> go(current + 1), Key.PAGE_DOWN);
        Shortcuts.addShortcutListener(this, () -> go(current - 1), rtl ? Key.ARROW_RIGHT : Key.ARROW_LEFT);
        Shortcuts.addShortcutListener(this, () -> go(current - 1), Key.PAGE_UP);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("meeting.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        parameters = event.getLocation().getQueryParameters().getParameters();
        MeetingDeck deck = load();
        current = Math.max(1, number(first("slide"), 1));
        Integer seconds = first("auto") == null ? null : number(first("auto"), MIN_AUTO_SECONDS);
        auto = seconds == null ? null : Math.max(MIN_AUTO_SECONDS, seconds);
        render(deck);
        event.getUI().setPollInterval(auto == null ? -1 : auto * 1000);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        poll = event.getUI().addPollListener(e -> {
            if (auto != null) {
                go(current >= count ? 1 : current + 1);
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (poll != null) {
            poll.remove();
            poll = null;
        }
        event.getUI().setPollInterval(-1);
    }

    private MeetingDeck load() {
        return MeetingDeck.Request.of(parameters).load(items, since);
    }

    private String first(String name) {
        return MeetingDeck.parameter(parameters, name);
    }

    private static int number(String value, int fallback) {
        return UrlValues.wholeNumber(value).orElse(fallback);
    }

    /** Moves to another slide through the router, so that the URL always names the slide shown. */
    private void go(int target) {
        int clamped = Math.clamp(target, 1, count);
        if (clamped == current) {
            return;
        }
        Map<String, List<String>> next = new HashMap<>(parameters);
        next.put("slide", List.of(String.valueOf(clamped)));
        UI.getCurrent().navigate(MeetingView.class, new QueryParameters(next));
    }

    /**
     * Someone committed a change (live updates). The deck is read again when the change may touch
     * the slide on screen; its rows (and its list of changes) are replaced if they differ. When the
     * slide on screen is no longer the same part of the same group, the slide is drawn again.
     */
    void changed(ChangeSet changeSet) {
        String plan = shownSlide == null || shown.by() != MeetingDeck.Grouping.PLAN ? null : shownSlide.group();
        if (shown == null || !changeSet.mayAffectItems() || (plan != null && !changeSet.mayAffectPlan(plan))) {
            return;
        }
        MeetingDeck deck = load();
        if (deck.equals(shown)) {
            return;
        }
        MeetingSlides fresh = MeetingSlides.of(deck);
        MeetingSlides.Slide now = current <= fresh.count() ? fresh.get(current) : null;
        if (now == null || !samePlace(now, shownSlide)) {
            render(deck);
            return;
        }
        MeetingParts parts = new MeetingParts(this);
        switch (now) {
            case MeetingSlides.Overview overview -> rows = swap(rows, overviewTable(deck, overview));
            case MeetingSlides.Items items -> {
                MeetingSlides.Items before = (MeetingSlides.Items) shownSlide;
                if (!items.rows().equals(before.rows()) || !changedCodes(deck, items).equals(changedCodes(shown, before))) {
                    rows = swap(rows, parts.itemTable(items.rows(), changedCodes(deck, items), LocalDate.now()));
                }
                if (!items.changes().equals(before.changes()) || items.moreChanges() != before.moreChanges()) {
                    changes = swap(changes, changesBox(deck, parts, items.changes(), items.moreChanges()));
                }
            }
            case MeetingSlides.Changes list -> changes = swap(changes, changesBox(deck, parts, list.changes(), 0));
        }
        shown = deck;
        slides = fresh;
        shownSlide = now;
        count = fresh.count();
        position.setText(getTranslation("meeting.slide.position", current, count));
    }

    /** Whether two slides show the same part of the same group (or the same overview groups). */
    private static boolean samePlace(MeetingSlides.Slide a, MeetingSlides.Slide b) {
        return switch (a) {
            case MeetingSlides.Overview o -> b instanceof MeetingSlides.Overview p && o.groups().equals(p.groups());
            case MeetingSlides.Items i -> b instanceof MeetingSlides.Items j && i.group().equals(j.group())
                    && i.part() == j.part() && i.parts() == j.parts();
            case MeetingSlides.Changes c -> b instanceof MeetingSlides.Changes d && c.group().equals(d.group())
                    && c.part() == d.part() && c.parts() == d.parts();
        };
    }

    private static Set<String> changedCodes(MeetingDeck deck, MeetingSlides.Items items) {
        return deck.statusChanges(items.group()).stream().map(c -> c.plan() + "\u0000" + c.code())
                .collect(Collectors.toSet());
    }

    private Component swap(Component old, Component fresh) {
        if (old != null && old.getParent().isPresent()) {
            old.getParent().get().getElement().insertChild(
                    old.getParent().get().getElement().indexOfChild(old.getElement()), fresh.getElement());
            old.getElement().removeFromParent();
        }
        return fresh;
    }

    private void render(MeetingDeck deck) {
        shown = deck;
        slides = MeetingSlides.of(deck);
        count = slides.count();
        current = Math.clamp(current, 1, count);
        shownSlide = slides.get(current);
        rows = null;
        changes = null;
        slide.removeAll();
        position.setText(getTranslation("meeting.slide.position", current, count));
        MeetingParts parts = new MeetingParts(this);
        switch (shownSlide) {
            case MeetingSlides.Overview overview -> overview(deck, overview, parts);
            case MeetingSlides.Items items -> itemsSlide(deck, items, parts);
            case MeetingSlides.Changes list -> changesSlide(deck, list, parts);
        }
        if (deck.internal()) {
            slide.addComponentAsFirst(parts.internalBanner("meeting", parameters));
        }
    }

    private void overview(MeetingDeck deck, MeetingSlides.Overview overview, MeetingParts parts) {
        Div main = new Div();
        main.addClassName("meeting-overview-main");
        main.add(new H1(getTranslation("meeting.title")));
        main.add(new Paragraph(deck.since()
                .map(s -> getTranslation("meeting.since", LocaleFormats.of(getLocale()).label(s.from()),
                        LocaleFormats.of(getLocale()).label(s.to())))
                .orElse(getTranslation("meeting.since.none"))));
        rows = overviewTable(deck, overview);
        main.add(rows);
        if (deck.groups().isEmpty()) {
            main.add(new Paragraph(getTranslation("meeting.empty")));
        }
        main.add(groupingSwitch(deck));
        Div layout = new Div(main);
        layout.addClassName("meeting-overview-layout");
        if (overview.part() == 1) {
            layout.add(qrCode(parts));
        }
        slide.add(layout);
    }

    private NativeTable overviewTable(MeetingDeck deck, MeetingSlides.Overview overview) {
        LocalDate today = LocalDate.now();
        NativeTable table = new NativeTable();
        table.setId("meeting-overview");
        table.addClassName("meeting-table");
        table.add(new NativeTableHeader(new NativeTableRow(
                new NativeTableHeaderCell(getTranslation(deck.by() == MeetingDeck.Grouping.RESOLUTION
                        ? "meeting.column.resolution" : "meeting.column.plan")),
                new NativeTableHeaderCell(getTranslation("meeting.column.items")),
                new NativeTableHeaderCell(getTranslation("meeting.column.open")),
                new NativeTableHeaderCell(getTranslation("meeting.column.overdue")),
                new NativeTableHeaderCell(getTranslation("meeting.column.changes")))));
        NativeTableBody body = new NativeTableBody();
        for (String group : overview.groups()) {
            List<ItemRow> groupRows = deck.groups().get(group);
            long overdue = groupRows.stream().filter(r -> r.overdue(today)).count();
            NativeTableCell overdueCell = new NativeTableCell(String.valueOf(overdue));
            if (overdue > 0) {
                overdueCell.addClassName("meeting-overdue-count");
            }
            body.add(new NativeTableRow(
                    new NativeTableCell(group),
                    new NativeTableCell(String.valueOf(groupRows.size())),
                    new NativeTableCell(String.valueOf(groupRows.stream().filter(r -> !r.closed()).count())),
                    overdueCell,
                    new NativeTableCell(String.valueOf(deck.statusChanges(group).size()))));
        }
        table.add(body);
        return table;
    }

    private H1 groupTitle(MeetingDeck deck, MeetingSlides.Slide shownPart, int part, int parts) {
        H1 title = new H1(getTranslation(deck.titleKey(), shownPart.group()));
        title.setId("meeting-plan-title");
        Span partOf = new Span(getTranslation("meeting.part", part, parts));
        partOf.addClassName("meeting-part");
        Div heading = new Div(title, partOf);
        heading.addClassName("meeting-heading");
        slide.add(heading);
        return title;
    }

    private void itemsSlide(MeetingDeck deck, MeetingSlides.Items items, MeetingParts parts) {
        groupTitle(deck, items, items.part(), items.parts());
        if (items.part() == 1) {
            changes = changesBox(deck, parts, items.changes(), items.moreChanges());
            slide.add(changes);
        }
        rows = parts.itemTable(items.rows(), changedCodes(deck, items), LocalDate.now());
        slide.add(rows);
    }

    private void changesSlide(MeetingDeck deck, MeetingSlides.Changes list, MeetingParts parts) {
        groupTitle(deck, list, list.part(), list.parts());
        changes = changesBox(deck, parts, list.changes(), 0);
        slide.add(changes);
    }

    /** The status changes since the last meeting, first on a group's slides and marked out. */
    private Div changesBox(MeetingDeck deck, MeetingParts parts, List<Since.Change> list, int more) {
        Div box = new Div();
        box.setId("meeting-changes");
        box.addClassName("meeting-changes-box");
        box.add(new H2(deck.since()
                .map(s -> getTranslation("meeting.changes.since", LocaleFormats.of(getLocale()).label(s.from())))
                .orElse(getTranslation("meeting.since.none"))));
        box.add(parts.changes(list));
        if (more > 0) {
            Paragraph rest = new Paragraph(getTranslation("meeting.changes.more", more));
            rest.addClassName("meeting-changes-more");
            box.add(rest);
        }
        return box;
    }

    /** A link to the same deck grouped the other way, from its first slide. */
    private Anchor groupingSwitch(MeetingDeck deck) {
        MeetingDeck.Grouping other = deck.by() == MeetingDeck.Grouping.PLAN
                ? MeetingDeck.Grouping.RESOLUTION : MeetingDeck.Grouping.PLAN;
        Map<String, List<String>> next = new HashMap<>(parameters);
        next.put("by", List.of(other.parameter()));
        next.remove("slide");
        Anchor link = new Anchor("meeting?" + new QueryParameters(next).getQueryString(),
                getTranslation("meeting.by." + other.parameter()));
        link.setId("meeting-grouping");
        link.addClassName("meeting-grouping");
        return link;
    }

    /** The phone view's address, as a QR code drawn by ZXing on the server and as text. */
    private Div qrCode(MeetingParts parts) {
        String url = PhoneUrl.of(first("from"), first("to"), first("by"));
        byte[] svg = QrCodeSvg.svg(url).getBytes(StandardCharsets.UTF_8);
        Image image = new Image(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(svg), "meeting-phone-qr.svg", "image/svg+xml", svg.length)),
                getTranslation("meeting.qr.alt"));
        image.setId("meeting-qr");
        image.addClassName("meeting-qr");
        Span text = new Span(url);
        text.setId("meeting-phone-url");
        Div box = new Div(image, new Paragraph(getTranslation("meeting.qr.caption")), text);
        box.addClassName("meeting-qr-box");
        return box;
    }
}
