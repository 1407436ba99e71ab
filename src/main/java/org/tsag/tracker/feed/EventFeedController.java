package org.tsag.tracker.feed;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriUtils;
import org.tsag.tracker.base.ui.ItemLinks;
import org.tsag.tracker.item.EventFilter;
import org.tsag.tracker.item.ItemService;
import org.tsag.tracker.item.StatusEventRow;

/**
 * {@code /feed/events.atom}: the latest status events as Atom 1.0 entries. An entry's title is
 * the item and its status change, its summary the narrative, its link the item page; it is
 * updated when the event was recorded and published for the day the report speaks for.
 */
@RestController
@Tag(name = "Feed", description = "Atom feed of status events")
class EventFeedController {

    static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");
    static final int ENTRIES = 100;

    private final ItemService items;

    EventFeedController(ItemService items) {
        this.items = items;
    }

    @GetMapping(path = "/feed/events.atom", produces = "application/atom+xml")
    @Operation(summary = "The latest " + ENTRIES + " status events as an Atom feed, newest first")
    ResponseEntity<String> events(
            @Parameter(description = "action plan code") @RequestParam(required = false) String plan,
            @Parameter(description = "resolution number: events of items linked to one of its clauses")
            @RequestParam(required = false) String resolution) throws FeedException {
        EventFilter filter = new EventFilter(plan, resolution, null);
        List<StatusEventRow> events = items.events(filter, 0, ENTRIES);
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        String self = ServletUriComponentsBuilder.fromCurrentRequest().build().toUriString();

        Feed feed = new Feed("atom_1.0");
        feed.setId(self);
        feed.setTitle(title(filter));
        feed.setUpdated(events.stream()
                .map(e -> Date.from(e.recordedAt().toInstant()))
                .max(Date::compareTo)
                .orElseGet(() -> Date.from(OffsetDateTime.now(ZoneOffset.UTC).toInstant())));
        feed.setOtherLinks(List.of(link("self", self, "application/atom+xml")));
        feed.setAlternateLinks(List.of(link("alternate", base + "/items" + query(filter), "text/html")));
        Person tracker = new Person();
        tracker.setName("TSAG tracker");
        feed.setAuthors(List.of(tracker));
        List<Entry> entries = new ArrayList<>();
        for (StatusEventRow event : events) {
            entries.add(entry(event, base));
        }
        feed.setEntries(entries);
        String xml = new WireFeedOutput().outputString(feed);
        return ResponseEntity.ok().contentType(ATOM).body(xml);
    }

    private static Entry entry(StatusEventRow event, String base) {
        String itemUrl = ItemLinks.absolute(base, event.plan(), event.itemCode());
        Entry entry = new Entry();
        entry.setId(itemUrl + "#event-" + event.id());
        entry.setTitle(entryTitle(event));
        entry.setUpdated(Date.from(event.recordedAt().toInstant()));
        entry.setPublished(Date.from(event.occurredOn().atStartOfDay().toInstant(ZoneOffset.UTC)));
        entry.setAlternateLinks(List.of(link("alternate", itemUrl, "text/html")));
        Person author = new Person();
        author.setName(event.author());
        entry.setAuthors(List.of(author));
        Content summary = new Content();
        summary.setType(Content.TEXT);
        summary.setValue(summary(event));
        entry.setSummary(summary);
        return entry;
    }

    /** "68-1: In progress → Completed", or "68-1: Not started" for an item's first report. */
    static String entryTitle(StatusEventRow event) {
        String status = event.statusName() != null ? event.statusName() : event.status();
        String change = event.previousStatus() == null ? status
                : (event.previousStatusName() != null ? event.previousStatusName() : event.previousStatus())
                        + " \u2192 " + status;
        return event.itemCode() + " (" + event.plan() + "): " + change;
    }

    private static String summary(StatusEventRow event) {
        StringBuilder text = new StringBuilder();
        text.append(event.itemTitle());
        if (event.narrative() != null && !event.narrative().isBlank()) {
            text.append("\n\n").append(event.narrative());
        }
        if (event.progress() != null) {
            text.append("\n\nProgress: ").append(event.progress()).append('%');
        }
        if (event.meeting() != null) {
            text.append("\nMeeting: ").append(event.meeting());
        }
        return text.toString();
    }

    private static String title(EventFilter filter) {
        String title = "TSAG tracker: status events";
        if (filter.plan() != null) {
            title += ", plan " + filter.plan();
        }
        if (filter.resolution() != null) {
            title += ", Resolution " + filter.resolution();
        }
        return title;
    }

    private static String query(EventFilter filter) {
        List<String> parts = new ArrayList<>();
        if (filter.plan() != null) {
            parts.add("plan=" + UriUtils.encodeQueryParam(filter.plan(), java.nio.charset.StandardCharsets.UTF_8));
        }
        if (filter.resolution() != null) {
            parts.add("resolution=" + UriUtils.encodeQueryParam(filter.resolution(), java.nio.charset.StandardCharsets.UTF_8));
        }
        return parts.isEmpty() ? "" : "?" + String.join("&", parts);
    }

    private static Link link(String rel, String href, String type) {
        Link link = new Link();
        link.setRel(rel);
        link.setHref(href);
        link.setType(type);
        return link;
    }
}
