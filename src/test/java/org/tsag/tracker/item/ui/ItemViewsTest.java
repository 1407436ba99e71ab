package org.tsag.tracker.item.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.tsag.tracker.base.SystemAuthentication;
import org.tsag.tracker.demo.DemoDataService;
import org.tsag.tracker.item.ItemRow;
import org.tsag.tracker.testsupport.ViewTestBase;

@WithMockUser(username = "member@example.org", roles = "MEMBER")
class ItemViewsTest extends ViewTestBase {

    @Autowired
    DemoDataService demo;

    @BeforeEach
    void loadDemo() {
        SystemAuthentication.run(demo::loadIfEmpty);
    }

    @Test
    void the_filter_in_the_url_is_applied_and_a_changed_filter_goes_back_into_the_url() {
        UI.getCurrent().navigate("items", QueryParameters.fromString("status=completed&entity=TSB"));
        ItemGridView view = (ItemGridView) getCurrentView();
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<String> status = find(MultiSelectComboBox.class).withId("filter-status").single();
        @SuppressWarnings("unchecked")
        ComboBox<String> entity = find(ComboBox.class).withId("filter-entity").single();
        assertThat(status.getValue()).containsExactly("COMPLETED");
        assertThat(entity.getValue()).isEqualTo("TSB");
        Grid<ItemRow> grid = grid();
        assertThat(test(grid).size()).isPositive();
        for (int i = 0; i < test(grid).size(); i++) {
            assertThat(test(grid).getRow(i).status()).isEqualTo("COMPLETED");
        }

        @SuppressWarnings("unchecked")
        ComboBox<String> plan = find(ComboBox.class).withId("filter-plan").single();
        test(plan).selectItem("IEAP");
        String url = UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
        assertThat(url).startsWith("items?").contains("status=COMPLETED", "entity=TSB", "plan=IEAP");
        assertThat(view.state().filter().plan()).isEqualTo("IEAP");
        for (int i = 0; i < test(grid).size(); i++) {
            assertThat(test(grid).getRow(i).plan()).isEqualTo("IEAP");
        }
    }

    @Test
    void the_sort_in_the_url_sorts_the_grid_and_original_order_clears_it() {
        UI.getCurrent().navigate("items", QueryParameters.fromString("sort=-code&plan=CXO"));
        Grid<ItemRow> grid = grid();
        assertThat(test(grid).getSortDirection("code")).isEqualTo(SortDirection.DESCENDING);
        assertThat(test(grid).getRow(0).code()).isEqualTo("CXO-T8");

        test(find(Button.class).withId("original-order").single()).click();
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters())
                .isEqualTo("items?plan=CXO");
        assertThat(test(grid).getRow(0).code()).isEqualTo("CXO-T1");
    }

    @Test
    void the_default_columns_are_the_seven_that_fit_a_projector_and_the_phone_card_waits() {
        UI.getCurrent().navigate("items");
        Grid<ItemRow> grid = grid();
        assertThat(grid.getColumns().stream().filter(Grid.Column::isVisible).map(Grid.Column::getKey))
                .containsExactly("code", "title", "status", "due", "progress", "plan", "resolution");
        // the card column shows only on a narrow window (a browser reports its width; this test has none)
        assertThat(grid.getColumnByKey("card").isVisible()).isFalse();
        assertThat(grid.getColumnByKey("responsible").isVisible()).isFalse();
    }

    @Test
    void overdue_items_are_marked_with_words_not_colour_alone() {
        UI.getCurrent().navigate("items", QueryParameters.fromString("overdue=true"));
        Grid<ItemRow> grid = grid();
        assertThat(test(grid).size()).isPositive();
        assertThat(test(grid).getRow(0).overdue(java.time.LocalDate.now())).isTrue();
        var cell = test(grid).getCellComponent(0, test(grid).getColumnPosition("due"));
        assertThat(cell.getElement().getTextRecursively()).contains("Overdue");
        assertThat(cell.getChildren().anyMatch(c -> c.hasClassName("item-overdue"))).isTrue();
    }

    @Test
    void a_member_sees_no_internal_items_and_no_bulk_update() {
        UI.getCurrent().navigate("items", QueryParameters.fromString("plan=WTSA24"));
        Grid<ItemRow> grid = grid();
        for (int i = 0; i < test(grid).size(); i++) {
            assertThat(test(grid).getRow(i).code()).isNotEqualTo("68-9.1");
        }
        assertThat(find(Button.class).withId("bulk-update").all()).isEmpty();
        navigate("items/WTSA24/68-9.1", ItemView.class);
        assertThat(find(Paragraph.class).withId("item-not-found").all()).hasSize(1);
    }

    @Test
    @WithMockUser(username = "tsb@example.org", roles = "TSB")
    void tsb_sees_internal_items() {
        navigate("items/WTSA24/68-9.1", ItemView.class);
        assertThat(find(H2.class).withId("item-heading").single().getElement().getTextRecursively()).startsWith("68-9.1");
    }

    @Test
    void the_item_page_shows_clause_text_meetings_and_history_newest_first() {
        navigate("items/68-1", ItemView.class);
        assertThat(find(H2.class).withId("item-heading").single().getElement().getTextRecursively())
                .startsWith("68-1 — Organize and expand meetings");
        Div clauses = find(Div.class).withId("item-clauses").single();
        assertThat(clauses.getElement().getTextRecursively()).contains("Res. 68 (Rev. New Delhi, 2024)", "to continue to organize");
        Div meetings = find(Div.class).withId("item-meetings").single();
        assertThat(meetings.getElement().getTextRecursively()).contains("TSAG-2025-05");
        var entries = find(Span.class).withClassName("item-timeline-headline").all();
        assertThat(entries).hasSizeGreaterThan(2);
        assertThat(entries.getFirst().getText()).matches("\\d{1,2} \\w{3} 2026 · .*");
        assertThat(entries.getLast().getText()).startsWith("22 Jan 2024 · ");
        assertThat(find(Div.class).withId("item-edit").all()).isEmpty();
    }

    @Test
    void a_cxo_topic_shows_the_meetings_where_it_came_up_with_its_status_then() {
        navigate("items/CXO-T1", ItemView.class);
        String meetings = find(Div.class).withId("item-meetings").single().getElement().getTextRecursively();
        assertThat(meetings).contains("CXO-");
    }

    @Test
    @WithMockUser(username = "tsb@example.org", roles = "TSB")
    void the_edit_form_refuses_a_due_date_before_the_start_date_with_a_clear_message() {
        navigate("items/WTSA24/68-2", ItemView.class);
        DatePicker start = find(DatePicker.class).withId("edit-start").single();
        DatePicker due = find(DatePicker.class).withId("edit-due").single();
        test(start).setValue(java.time.LocalDate.of(2027, 1, 1));
        test(due).setValue(java.time.LocalDate.of(2026, 1, 1));
        test(find(Button.class).withId("edit-save").single()).click();
        assertThat(due.isInvalid()).isTrue();
        assertThat(due.getErrorMessage()).isEqualTo("The due date cannot be before the start date");
    }

    @SuppressWarnings("unchecked")
    private Grid<ItemRow> grid() {
        return find(Grid.class).withId("item-grid").single();
    }

    @Test
    void the_compendium_lists_instructed_cooperating_and_reporting_entities_and_counts_by_status() {
        navigate("compendium/68", CompendiumView.class);
        assertThat(find(H2.class).withId("compendium-heading").single().getText()).contains("Evolving role of industry");
        assertThat(text("compendium-addressees")).contains("Director of TSB");
        assertThat(text("compendium-responsible")).contains("(TSB)");
        assertThat(text("compendium-cooperating")).contains("(CXO)");
        assertThat(text("compendium-reporting")).contains("(TSAG)", "(COUNCIL)");
        @SuppressWarnings("unchecked")
        Grid<ItemRow> grid = find(Grid.class).withId("compendium-grid").single();
        int rows = test(grid).size();
        assertThat(rows).isPositive();
        int counted = java.util.regex.Pattern.compile(": (\\d+)").matcher(text("compendium-statuses")).results()
                .mapToInt(m -> Integer.parseInt(m.group(1))).sum();
        assertThat(counted).isEqualTo(rows);
        for (int i = 0; i < rows; i++) {
            assertThat(test(grid).getRow(i).internal()).isFalse();
        }
    }

    @Test
    void an_unknown_resolution_has_no_compendium() {
        navigate("compendium/999", CompendiumView.class);
        assertThat(find(Paragraph.class).withId("compendium-unknown").all()).hasSize(1);
    }

    private String text(String id) {
        return find(Div.class).withId(id).single().getElement().getTextRecursively();
    }
}
