package org.tsag.tracker.meeting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
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
import org.tsag.tracker.testsupport.ViewTestBase;

@WithMockUser(username = "member@example.org", roles = "MEMBER")
class MeetingByResolutionViewTest extends ViewTestBase {

    @Autowired
    DemoDataService demo;

    @Autowired
    ItemService items;

    @Autowired
    org.tsag.tracker.since.SinceService since;

    @BeforeEach
    void loadDemo() {
        SystemAuthentication.run(demo::loadIfEmpty);
    }

    @Test
    void the_deck_can_have_one_slide_per_resolution() {
        UI.getCurrent().navigate("meeting", QueryParameters.simple(Map.of("by", "resolution", "slide", "2")));

        assertThat(find(H1.class).withId("meeting-plan-title").single().getText()).isEqualTo("Resolution 68");
        assertThat(find(Span.class).withId("meeting-position").single().getText())
                .isEqualTo("Slide 2 of " + MeetingSlides.of(MeetingDeck.load(items, since, null, null,
                        MeetingDeck.Grouping.RESOLUTION, false)).count());
    }

    @Test
    void the_overview_links_to_the_other_grouping_and_the_phone_follows_it() {
        UI.getCurrent().navigate("meeting");
        Anchor switchLink = find(Anchor.class).withId("meeting-grouping").single();
        assertThat(switchLink.getHref()).isEqualTo("meeting?by=resolution");

        UI.getCurrent().navigate("meeting", QueryParameters.of("by", "resolution"));
        assertThat(find(Anchor.class).withId("meeting-grouping").single().getHref()).isEqualTo("meeting?by=plan");
        assertThat(find(Span.class).withId("meeting-phone-url").single().getText()).endsWith("meeting/phone?by=resolution");

        UI.getCurrent().navigate("meeting/phone", QueryParameters.of("by", "resolution"));
        assertThat(find(H2.class).all()).extracting(H2::getText).contains("Resolution 68");
    }
}
