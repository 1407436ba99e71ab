package org.tsag.tracker.meeting.ui;

import org.tsag.tracker.status.StatusJournal;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.tsag.tracker.base.SystemAuthentication;
import org.tsag.tracker.demo.DemoDataService;
import org.tsag.tracker.item.ItemFilter;
import org.tsag.tracker.item.ItemService;
import org.tsag.tracker.item.NewItem;
import org.tsag.tracker.item.NewPlan;
import org.tsag.tracker.status.NewStatusEvent;
import org.tsag.tracker.meeting.QrCodeSvg;
import org.tsag.tracker.testsupport.ViewTestBase;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

@WithMockUser(username = "member@example.org", roles = "MEMBER")
class MeetingViewTest extends ViewTestBase {

    private static final String PAYLOAD = "<img src=x onerror=alert(1)>";

    @Autowired
    DemoDataService demo;

    @Autowired
    StatusJournal journal;

    @Autowired
    ItemService items;

    @Autowired
    org.tsag.tracker.since.SinceService since;

    private MeetingSlides slides() {
        return MeetingSlides.of(MeetingDeck.load(items, since, null, null, MeetingDeck.Grouping.PLAN, false));
    }

    @BeforeEach
    void loadDemo() {
        SystemAuthentication.run(demo::loadIfEmpty);
    }

    private static String location() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
    }

    private String position() {
        return find(Span.class).withId("meeting-position").single().getText();
    }

    private List<String> plansWithItems() {
        return items.options().plans().stream().filter(p -> items.count(ItemFilter.NONE.withPlan(p)) > 0).toList();
    }

    @Test
    void the_projector_shows_the_slide_from_the_url_and_the_next_button_and_keys_move_the_url() {
        List<String> plans = plansWithItems();
        assertThat(plans).hasSizeGreaterThanOrEqualTo(2);
        UI.getCurrent().navigate("meeting", QueryParameters.of("slide", "1"));
        assertThat(getCurrentView()).isInstanceOf(MeetingView.class);
        assertThat(position()).isEqualTo("Slide 1 of " + slides().count());
        assertThat(slides().count()).as("long plans take several slides").isGreaterThan(plans.size() + 1);
        assertThat(find(NativeTable.class).withId("meeting-overview").exists()).isTrue();

        Button next = find(Button.class).withId("meeting-next").single();
        assertThat(next.getAriaLabel()).contains("Next slide");
        test(next).click();
        assertThat(location()).isEqualTo("meeting?slide=2");
        assertThat(position()).startsWith("Slide 2 of");
        assertThat(find(H1.class).withId("meeting-plan-title").single().getText()).isEqualTo("Action plan " + plans.getFirst());
        // the plan's items with their status as text
        assertThat(find(NativeTable.class).single().getElement().getTextRecursively())
                .contains(items.find(ItemFilter.NONE.withPlan(plans.getFirst()), 0, 1, List.of()).getFirst().title());

        fireShortcut(Key.ARROW_RIGHT);
        assertThat(location()).isEqualTo("meeting?slide=3");
        fireShortcut(Key.PAGE_UP);
        assertThat(location()).isEqualTo("meeting?slide=2");
        test(find(Button.class).withId("meeting-previous").single()).click();
        assertThat(location()).isEqualTo("meeting?slide=1");
    }

    @Test
    void the_slide_number_is_clamped_and_auto_advance_keeps_the_parameters() {
        UI.getCurrent().navigate("meeting", QueryParameters.simple(Map.of("slide", "999", "auto", "30")));
        int count = slides().count();
        assertThat(position()).isEqualTo("Slide " + count + " of " + count);
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(30_000);
    }

    @Test
    void the_overview_slide_shows_a_qr_code_of_the_phone_url() {
        UI.getCurrent().navigate("meeting");
        Image qr = find(Image.class).withId("meeting-qr").single();
        assertThat(qr.getSrc()).isNotBlank();
        String url = find(Span.class).withId("meeting-phone-url").single().getText();
        assertThat(url).endsWith("meeting/phone");
    }

    @Test
    void the_qr_svg_is_well_formed_and_decodes_to_the_url() throws Exception {
        String url = "https://tracker.example.org/meeting/phone?from=TSAG-2025&to=2026-01-01";
        String svg = QrCodeSvg.svg(url);
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document doc = factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
        assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(svg).doesNotContain("tracker.example.org");

        BitMatrix matrix = QrCodeSvg.matrix(url);
        int scale = 4;
        int w = matrix.getWidth() * scale;
        int h = matrix.getHeight() * scale;
        int[] pixels = new int[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                pixels[y * w + x] = matrix.get(x / scale, y / scale) ? 0xFF000000 : 0xFFFFFFFF;
            }
        }
        var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(w, h, pixels)));
        String decoded = new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText();
        assertThat(decoded).isEqualTo(url);
    }

    @Test
    void the_phone_view_lists_every_plans_items_and_shows_a_title_payload_as_text() {
        if (!items.options().plans().contains("MXSS")) {
            SystemAuthentication.run(() -> {
                items.createPlan(new NewPlan("MXSS", "Meeting XSS", null, "TSAG", null, "AVERAGE", false));
                long id = items.createItem(new NewItem("MXSS", "MX-1", null, PAYLOAD, PAYLOAD, List.of("TSB"), List.of(),
                        List.of("TSAG"), List.of(), null, null, LocalDate.of(2027, 1, 1), null, "LOW", "2025-2028", 1,
                        false, false));
                journal.record(new NewStatusEvent(id, "REPORT", "IN_PROGRESS", 10, "AMBER", "note", null,
                        LocalDate.now(), "TSB", List.of()));
            });
        }
        UI.getCurrent().navigate("meeting/phone");
        assertThat(getCurrentView()).isInstanceOf(MeetingPhoneView.class);
        List<String> texts = find(Component.class).all().stream().map(c -> c.getElement().getText()).toList();
        for (String plan : plansWithItems()) {
            String title = items.find(ItemFilter.NONE.withPlan(plan), 0, 1, List.of()).getFirst().title();
            assertThat(texts).as("phone view lists " + plan).contains(title);
        }
        assertThat(texts).contains(PAYLOAD);
        assertNoImg();

        // the projector slide of that plan too
        int slide = slides().firstOf("MXSS");
        UI.getCurrent().navigate("meeting", QueryParameters.of("slide", String.valueOf(slide)));
        assertThat(find(H1.class).withId("meeting-plan-title").single().getText()).isEqualTo("Action plan MXSS");
        assertThat(find(Component.class).all().stream().map(c -> c.getElement().getText()).toList()).contains(PAYLOAD);
        assertNoImg();
    }

    private static void assertNoImg() {
        UI.getCurrent().getElement().getChildren().forEach(MeetingViewTest::assertNoImg);
    }

    private static void assertNoImg(com.vaadin.flow.dom.Element element) {
        assertThat(element.getTag()).isNotEqualTo("script");
        assertThat(element.getAttribute("onerror")).isNull();
        if (element.getTag().equals("img")) {
            assertThat(element.getAttribute("alt")).doesNotContain("onerror");
        }
        element.getChildren().forEach(MeetingViewTest::assertNoImg);
    }
}
