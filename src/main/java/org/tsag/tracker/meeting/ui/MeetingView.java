package org.tsag.tracker.meeting.ui;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
import org.tsag.tracker.dashboard.SinceService;
import org.tsag.tracker.item.ItemRow;
import org.tsag.tracker.live.ChangeSet;
import org.tsag.tracker.live.ui.LiveUpdates;
import org.tsag.tracker.meeting.QrCodeSvg;
import org.tsag.tracker.i18n.Languages;
import org.tsag.tracker.i18n.LocaleFormats;

/**
 * The projector view: full screen, large type, one slide per action plan (or per resolution with
 * {@code ?by=resolution}) after an overview slide.
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
        add(slide, controls);

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
        count = deck.slideCount();
        current = Math.clamp(number(first("slide"), 1), 1, count);
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
        return MeetingDeck.load(items, since, first("from"), first("to"), MeetingDeck.Grouping.of(first("by")),
                MeetingDeck.internalView(first("view")));
    }

    private String first(String name) {
        List<String> values = parameters.getOrDefault(name, List.of());
        return values.isEmpty() || values.getFirst().isBlank() ? null : values.getFirst();
    }

    private static int number(String value, int fallback) {
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
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
     * the slide on screen; its rows (and the list of changes) are replaced if they differ. When the
     * plans themselves changed, the slide is drawn again.
     */
    void changed(ChangeSet changeSet) {
        String plan = currentPlan();
        if (shown == null || !changeSet.mayAffectItems() || (plan != null && !changeSet.mayAffectPlan(plan))) {
            return;
        }
        MeetingDeck deck = load();
        if (deck.equals(shown)) {
            return;
        }
        if (!deck.groups().keySet().equals(shown.groups().keySet())) {
            count = deck.slideCount();
            current = Math.clamp(current, 1, count);
            render(deck);
            return;
        }
        if (plan == null) {
            rows = swap(rows, overviewTable(deck));
        } else {
            MeetingParts parts = new MeetingParts(this);
            if (!deck.groups().get(plan).equals(shown.groups().get(plan))) {
                rows = swap(rows, parts.itemTable(deck.groups().get(plan)));
            }
            if (!deck.statusChanges(plan).equals(shown.statusChanges(plan))) {
                changes = swap(changes, parts.changes(deck.statusChanges(plan)));
            }
        }
        shown = deck;
    }

    private String currentPlan() {
        if (shown == null || current < 2 || current - 2 >= shown.groups().size()) {
            return null;
        }
        return new ArrayList<>(shown.groups().keySet()).get(current - 2);
    }

    private Component swap(Component old, Component fresh) {
        if (old != null && old.getParent().isPresent()) {
            slide.replace(old, fresh);
        }
        return fresh;
    }

    private void render(MeetingDeck deck) {
        shown = deck;
        rows = null;
        changes = null;
        slide.removeAll();
        Span position = new Span(getTranslation("meeting.slide.position", current, count));
        position.setId("meeting-position");
        position.addClassName("meeting-position");
        if (current == 1) {
            overview(deck);
        } else {
            List<String> plans = new ArrayList<>(deck.groups().keySet());
            String plan = plans.get(current - 2);
            planSlide(deck, plan, deck.groups().get(plan));
        }
        slide.add(position);
        if (deck.internal()) {
            slide.addComponentAsFirst(new MeetingParts(this).internalBanner("meeting", parameters));
        }
    }

    private void overview(MeetingDeck deck) {
        MeetingParts parts = new MeetingParts(this);
        slide.add(new H1(getTranslation("meeting.title")));
        slide.add(new Paragraph(deck.since()
                .map(s -> getTranslation("meeting.since", LocaleFormats.of(getLocale()).label(s.from()),
                        LocaleFormats.of(getLocale()).label(s.to())))
                .orElse(getTranslation("meeting.since.none"))));
        rows = overviewTable(deck);
        slide.add(rows);
        if (deck.groups().isEmpty()) {
            slide.add(new Paragraph(getTranslation("meeting.empty")));
        }
        slide.add(groupingSwitch(deck));
        slide.add(qrCode(parts));
    }

    private NativeTable overviewTable(MeetingDeck deck) {
        NativeTable table = new NativeTable();
        table.setId("meeting-overview");
        table.addClassName("meeting-table");
        table.add(new NativeTableHeader(new NativeTableRow(
                new NativeTableHeaderCell(getTranslation(deck.by() == MeetingDeck.Grouping.RESOLUTION
                        ? "meeting.column.resolution" : "meeting.column.plan")),
                new NativeTableHeaderCell(getTranslation("meeting.column.items")),
                new NativeTableHeaderCell(getTranslation("meeting.column.open")),
                new NativeTableHeaderCell(getTranslation("meeting.column.changes")))));
        NativeTableBody body = new NativeTableBody();
        deck.groups().forEach((plan, rows) -> body.add(new NativeTableRow(
                new NativeTableCell(plan),
                new NativeTableCell(String.valueOf(rows.size())),
                new NativeTableCell(String.valueOf(rows.stream().filter(r -> !r.closed()).count())),
                new NativeTableCell(String.valueOf(deck.statusChanges(plan).size())))));
        table.add(body);
        return table;
    }

    private void planSlide(MeetingDeck deck, String plan, List<ItemRow> rows) {
        MeetingParts parts = new MeetingParts(this);
        H1 title = new H1(getTranslation(deck.titleKey(), plan));
        title.setId("meeting-plan-title");
        slide.add(title);
        this.rows = parts.itemTable(rows);
        slide.add(this.rows);
        slide.add(new H2(deck.since()
                .map(s -> getTranslation("meeting.changes.since", LocaleFormats.of(getLocale()).label(s.from())))
                .orElse(getTranslation("meeting.since.none"))));
        changes = parts.changes(deck.statusChanges(plan));
        slide.add(changes);
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
