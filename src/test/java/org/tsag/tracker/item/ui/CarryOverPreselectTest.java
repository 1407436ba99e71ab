package org.tsag.tracker.item.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.tsag.tracker.base.SystemAuthentication;
import org.tsag.tracker.demo.DemoDataService;
import org.tsag.tracker.item.ItemService;
import org.tsag.tracker.testsupport.ViewTestBase;

/** Carry-over opens on the usual move with its grid filled (issue 18). */
@WithMockUser(username = "tsb@example.org", roles = "TSB")
class CarryOverPreselectTest extends ViewTestBase {

    @Autowired
    DemoDataService demo;

    @Autowired
    ItemService items;

    @BeforeEach
    void loadDemo() {
        SystemAuthentication.run(demo::loadIfEmpty);
    }

    @Test
    void the_current_and_the_next_period_are_chosen_and_the_open_items_listed() {
        List<String> periods = items.options().periods();
        String current = items.currentPeriod().orElseThrow();
        int at = periods.indexOf(current);
        // the demo's current period (2025-2028) is the last one entered: the previous one is carried into it
        String from = at + 1 < periods.size() ? current : periods.get(at - 1);
        String to = periods.get(periods.indexOf(from) + 1);

        UI.getCurrent().navigate("carry-over");
        @SuppressWarnings("unchecked")
        ComboBox<String> fromField = find(ComboBox.class).withId("carry-from").single();
        @SuppressWarnings("unchecked")
        ComboBox<String> toField = find(ComboBox.class).withId("carry-to").single();
        assertThat(fromField.getValue()).isEqualTo(from);
        assertThat(toField.getValue()).isEqualTo(to);
        @SuppressWarnings("unchecked")
        Grid<Object> grid = find(Grid.class).withId("carry-grid").single();
        assertThat(test(grid).size()).as("the open items of " + from).isPositive();
    }
}
