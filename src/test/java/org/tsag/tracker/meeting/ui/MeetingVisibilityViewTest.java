package org.tsag.tracker.meeting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
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
import org.tsag.tracker.testsupport.ViewTestBase;

/** Meeting mode is shown on a public screen: what a member may see, whoever is signed in. */
@WithMockUser(username = "chair@example.org", roles = "CHAIR")
class MeetingVisibilityViewTest extends ViewTestBase {

    private static final String SECRET = "Internal: budget line for the next CxO meeting";

    @Autowired
    DemoDataService demo;

    @Autowired
    ItemService items;

    @BeforeEach
    void loadDemoWithAnInternalItem() {
        SystemAuthentication.run(demo::loadIfEmpty);
        if (items.findItemId("WTSA24", "68-99").isEmpty()) {
            SystemAuthentication.run(() -> items.createItem(new NewItem("WTSA24", "68-99", null, SECRET, null,
                    List.of("TSB"), List.of(), List.of(), List.of(), null, null, LocalDate.now().minusDays(3), null,
                    "HIGH", "2025-2028", 1, true, false)));
        }
    }

    private List<String> texts() {
        return find(Component.class).all().stream().map(c -> c.getElement().getText()).toList();
    }

    /** The text of every projector slide of the plan (the slides are paged), with the view parameter given. */
    private String slidesOf(String plan, Map<String, String> view) {
        StringBuilder text = new StringBuilder();
        for (int slide = 1; ; slide++) {
            Map<String, String> parameters = new java.util.HashMap<>(view);
            parameters.put("slide", String.valueOf(slide));
            UI.getCurrent().navigate("meeting", QueryParameters.simple(parameters));
            String position = find(com.vaadin.flow.component.html.Span.class).withId("meeting-position").single().getText();
            var title = find(com.vaadin.flow.component.html.H1.class).withId("meeting-plan-title");
            if (title.exists() && title.single().getText().endsWith(" " + plan)) {
                text.append(find(Div.class).withId("meeting-slide").single().getElement().getTextRecursively()).append('\n');
            }
            if (position.endsWith(" " + slide)) {
                return text.toString();
            }
        }
    }

    @Test
    void a_chair_on_the_projector_sees_only_what_members_see() {
        assertThat(items.find(ItemFilter.NONE.withPlan("WTSA24"), 0, 1000, List.of()))
                .as("the chair may see the internal item elsewhere").anyMatch(r -> r.title().equals(SECRET));
        assertThat(slidesOf("WTSA24", Map.of())).contains("68-1").doesNotContain(SECRET).doesNotContain("68-99");
        assertThat(find(Div.class).withId("meeting-internal-banner").exists()).isFalse();

        UI.getCurrent().navigate("meeting/phone");
        assertThat(texts()).doesNotContain(SECRET);
    }

    @Test
    void the_presenter_can_switch_to_the_internal_view_which_is_marked_on_screen() {
        assertThat(slidesOf("WTSA24", Map.of("view", "internal"))).contains(SECRET);
        Div banner = find(Div.class).withId("meeting-internal-banner").single();
        assertThat(banner.getElement().getTextRecursively()).contains("Internal view", "Back to what members see");

        UI.getCurrent().navigate("meeting/phone", QueryParameters.of("view", "internal"));
        assertThat(texts()).contains(SECRET);
        assertThat(find(Div.class).withId("meeting-internal-banner").exists()).isTrue();
    }

    @Test
    @WithMockUser(username = "member@example.org", roles = "MEMBER")
    void a_member_asking_for_the_internal_view_still_sees_the_members_view() {
        UI.getCurrent().navigate("meeting/phone", QueryParameters.of("view", "internal"));
        assertThat(texts()).doesNotContain(SECRET);
        assertThat(find(Div.class).withId("meeting-internal-banner").exists()).isFalse();
    }
}
