package org.tsag.tracker.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.io.WireFeedInput;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.tsag.tracker.base.SystemAuthentication;
import org.tsag.tracker.demo.DemoDataService;
import org.tsag.tracker.item.StatusEventRow;
import org.tsag.tracker.testsupport.IntegrationTest;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

/** The Atom feed of status events: well-formed Atom 1.0 with the required elements, filters, access rules. */
@IntegrationTest
class EventFeedTest {

    private static final String ATOM_NS = "http://www.w3.org/2005/Atom";
    private static final RequestPostProcessor MEMBER = user("member@example.org").roles("MEMBER");
    private static final RequestPostProcessor TSB = user("tsb@example.org").roles("TSB");

    @Autowired
    WebApplicationContext context;

    @Autowired
    DemoDataService demo;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        SystemAuthentication.run(demo::loadIfEmpty);
    }

    private String atom(String url, RequestPostProcessor who) throws Exception {
        MvcResult result = mvc.perform(get(url).with(who)).andReturn();
        assertThat(result.getResponse().getStatus()).as(url).isEqualTo(200);
        assertThat(result.getResponse().getContentType()).startsWith("application/atom+xml");
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static Feed parse(String xml) throws Exception {
        return (Feed) new WireFeedInput().build(new StringReader(xml));
    }

    @Test
    void the_feed_is_well_formed_atom_with_the_required_elements() throws Exception {
        String xml = atom("/feed/events.atom", MEMBER);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder()
                .parse(new InputSource(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))));
        Element root = document.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("feed");
        assertThat(root.getNamespaceURI()).isEqualTo(ATOM_NS);
        // RFC 4287: a feed has id, title and updated; every entry id, title, updated, and an author
        for (String element : List.of("id", "title", "updated", "author")) {
            assertThat(document.getElementsByTagNameNS(ATOM_NS, element).getLength()).as(element).isPositive();
        }
        int entries = document.getElementsByTagNameNS(ATOM_NS, "entry").getLength();
        assertThat(entries).isEqualTo(EventFeedController.ENTRIES);
        for (int i = 0; i < entries; i++) {
            Element entry = (Element) document.getElementsByTagNameNS(ATOM_NS, "entry").item(i);
            for (String element : List.of("id", "title", "updated", "link", "author", "summary")) {
                assertThat(entry.getElementsByTagNameNS(ATOM_NS, element).getLength()).as(element).isEqualTo(1);
            }
        }

        Feed feed = parse(xml);
        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        assertThat(feed.getTitle()).isEqualTo("TSAG tracker: status events");
        assertThat(feed.getUpdated()).isNotNull();
        assertThat(feed.getOtherLinks()).anySatisfy(l -> assertThat(l.getRel()).isEqualTo("self"));
        assertThat(feed.getEntries()).extracting(Entry::getId).doesNotHaveDuplicates();
    }

    @Test
    void an_entry_names_the_item_its_status_change_author_and_narrative() throws Exception {
        Feed feed = parse(atom("/feed/events.atom?plan=WTSA24", MEMBER));
        Entry entry = feed.getEntries().stream()
                .filter(e -> e.getTitle().startsWith("68-9 (WTSA24): "))
                .findFirst().orElseThrow();
        // the newest report of 68-9 (demo data): in progress at 70 %, after an earlier in-progress report
        assertThat(entry.getTitle()).isEqualTo("68-9 (WTSA24): In progress \u2192 In progress");
        assertThat(entry.getAlternateLinks()).singleElement()
                .satisfies(l -> assertThat(l.getHref()).endsWith("/items/WTSA24/68-9"));
        assertThat(entry.getAuthors()).singleElement()
                .satisfies(a -> assertThat(a.getName()).isEqualTo("TSB (Industry engagement)"));
        assertThat(entry.getSummary().getValue()).contains("Bucharest conclusions recorded").contains("Progress: 70%");
        assertThat(entry.getUpdated()).isNotNull();
        assertThat(entry.getPublished()).isNotNull();
        assertThat(feed.getEntries()).allSatisfy(e -> assertThat(e.getTitle()).contains("(WTSA24)"));
        assertThat(feed.getTitle()).endsWith("plan WTSA24");

        // an item's first report has no "from"
        StatusEventRow first = new StatusEventRow(1, "WTSA24", "68-9", "t", "REPORT", "NOT_STARTED", "Not started",
                null, null, 0, null, null, null, java.time.LocalDate.now(), "a", java.time.OffsetDateTime.now(), null,
                List.of());
        assertThat(EventFeedController.entryTitle(first)).isEqualTo("68-9 (WTSA24): Not started");
    }

    @Test
    void the_feed_is_filtered_by_resolution_and_hides_internal_items_from_members() throws Exception {
        Feed resolution = parse(atom("/feed/events.atom?resolution=68", MEMBER));
        assertThat(resolution.getEntries()).isNotEmpty();
        assertThat(resolution.getTitle()).endsWith("Resolution 68");
        assertThat(parse(atom("/feed/events.atom?resolution=999", MEMBER)).getEntries()).isEmpty();

        Feed member = parse(atom("/feed/events.atom?plan=WTSA24", MEMBER));
        Feed tsb = parse(atom("/feed/events.atom?plan=WTSA24", TSB));
        assertThat(member.getEntries()).noneSatisfy(e -> assertThat(e.getTitle()).startsWith("68-9.1 "));
        assertThat(tsb.getEntries()).anySatisfy(e -> assertThat(e.getTitle()).startsWith("68-9.1 "));

        assertThat(mvc.perform(get("/feed/events.atom")).andReturn().getResponse().getStatus()).isEqualTo(401);
    }
}
