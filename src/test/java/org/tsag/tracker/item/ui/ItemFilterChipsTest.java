package org.tsag.tracker.item.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.tsag.tracker.base.SystemAuthentication;
import org.tsag.tracker.demo.DemoDataService;
import org.tsag.tracker.testsupport.ViewTestBase;

/** The grid's filters as a bar of chips over a folded panel (issue 18). */
@WithMockUser(username = "member@example.org", roles = "MEMBER")
class ItemFilterChipsTest extends ViewTestBase {

    @Autowired
    DemoDataService demo;

    @BeforeEach
    void loadDemo() {
        SystemAuthentication.run(demo::loadIfEmpty);
    }

    private static String location() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
    }

    @Test
    void the_active_filters_show_as_chips_and_the_fields_stay_folded_until_asked_for() {
        UI.getCurrent().navigate("items", QueryParameters.simple(Map.of(
                "status", "IN_PROGRESS", "plan", "WTSA24", "overdue", "true", "q", "workshop")));
        assertThat(getCurrentView()).isInstanceOf(ItemGridView.class);

        Div panel = find(Div.class).withId("item-filter-panel").single();
        assertThat(panel.getElement().hasAttribute("hidden")).as("the fields are folded").isTrue();
        Button toggle = find(Button.class).withId("filters-toggle").single();
        assertThat(toggle.getText()).isEqualTo("Filters (4)");
        assertThat(find(Button.class).withId("chip-status").single().getText()).isEqualTo("Status: In progress");
        assertThat(find(Button.class).withId("chip-plan").single().getText()).isEqualTo("Plan: WTSA24");
        assertThat(find(Button.class).withId("chip-overdue").single().getText()).isEqualTo("Overdue only");
        assertThat(find(Button.class).withId("chip-text").single().getText()).isEqualTo("Search: \u201cworkshop\u201d");
        assertThat(find(Button.class).withId("chip-plan").single().getAriaLabel()).contains("Remove the filter Plan: WTSA24");

        test(toggle).click();
        assertThat(find(Div.class).withId("item-filter-panel").single().getElement().hasAttribute("hidden")).isFalse();

        // a chip's cross removes its criterion, in the URL too
        test(find(Button.class).withId("chip-plan").single()).click();
        assertThat(location()).doesNotContain("plan=").contains("status=IN_PROGRESS");
        assertThat(find(Button.class).withId("chip-plan").exists()).isFalse();
        assertThat(find(Button.class).withId("filters-toggle").single().getText()).isEqualTo("Filters (3)");
    }

    @Test
    void without_filters_there_is_one_button_and_no_chip() {
        UI.getCurrent().navigate("items");
        assertThat(find(Button.class).withId("filters-toggle").single().getText()).isEqualTo("Filters");
        assertThat(find(Div.class).withId("item-filter-chips").single().getChildren()).isEmpty();
    }
}
