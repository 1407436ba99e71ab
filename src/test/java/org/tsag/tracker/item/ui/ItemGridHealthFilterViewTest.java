package org.tsag.tracker.item.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
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
import org.tsag.tracker.resolution.ResolutionService;
import org.tsag.tracker.testsupport.ViewTestBase;

@WithMockUser(username = "member@example.org", roles = "MEMBER")
class ItemGridHealthFilterViewTest extends ViewTestBase {

    @Autowired
    DemoDataService demo;

    @Autowired
    ItemService items;

    @Autowired
    ResolutionService resolutions;

    @BeforeEach
    void loadDemo() {
        SystemAuthentication.run(demo::loadIfEmpty);
    }

    private static String location() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
    }

    private String count() {
        return find(Span.class).withId("item-count").single().getText();
    }

    @Test
    void a_health_link_shows_the_health_filter_and_its_count() {
        UI.getCurrent().navigate("items", QueryParameters.of("health", "at-risk"));

        ComboBox<?> health = find(ComboBox.class).withId("filter-health").single();
        assertThat(health.getValue()).isEqualTo(ItemFilter.AT_RISK);
        assertThat(count()).contains(String.valueOf(items.count(ItemFilter.NONE.withHealth(ItemFilter.AT_RISK))));
    }

    @Test
    void a_clause_link_shows_a_chip_that_removes_the_clause_filter() {
        long clause = resolutions.findOperativeClauseId("68", 2024, 1, "8").orElseThrow();
        UI.getCurrent().navigate("items", QueryParameters.simple(java.util.Map.of("clause", String.valueOf(clause))));

        Button chip = find(Button.class).withId("filter-clause").single();
        assertThat(chip.isVisible()).isTrue();
        assertThat(chip.getText()).startsWith("Clause: Res. 68 (2024)");
        assertThat(count()).contains(String.valueOf(items.count(ItemFilter.NONE.withClause(clause))));

        test(chip).click();
        assertThat(location()).isEqualTo("items");
        assertThat(find(Button.class).withId("filter-clause").all()).isEmpty();
    }

    @Test
    void an_unknown_clause_in_a_hand_edited_link_restricts_nothing() {
        UI.getCurrent().navigate("items", QueryParameters.of("clause", "999999"));
        assertThat(find(Button.class).withId("filter-clause").all()).isEmpty();
        assertThat(count()).contains(String.valueOf(items.count(ItemFilter.NONE)));
    }
}
