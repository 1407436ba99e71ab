package org.tsag.tracker.item.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.tsag.tracker.base.SystemAuthentication;
import org.tsag.tracker.demo.DemoDataService;
import org.tsag.tracker.item.ItemDetail;
import org.tsag.tracker.item.ItemFilter;
import org.tsag.tracker.item.ItemForm;
import org.tsag.tracker.item.ItemRow;
import org.tsag.tracker.item.ItemService;
import org.tsag.tracker.testsupport.ViewTestBase;

@WithMockUser(username = "tsb@example.org", roles = "TSB")
class ItemEditingViewTest extends ViewTestBase {

    @Autowired
    DemoDataService demo;

    @Autowired
    ItemService items;

    @BeforeEach
    void loadDemo() {
        SystemAuthentication.run(demo::loadIfEmpty);
    }

    @Test
    void when_someone_else_saved_first_the_user_sees_what_changed_and_re_applies_their_input() {
        navigate("items/WTSA24/68-7", ItemView.class);
        TextField owner = find(TextField.class).withId("edit-owner").single();
        test(owner).setValue("Secretariat of TSAG");

        // another session saves the title meanwhile
        ItemDetail before = items.findItem("WTSA24", "68-7").orElseThrow();
        ItemForm other = ItemForm.of(before);
        other.setTitle("Title changed in another session");
        SystemAuthentication.call(() -> items.update(other));

        test(find(Button.class).withId("edit-save").single()).click();
        String conflict = find(Div.class).withId("item-conflict").single().getElement().getTextRecursively();
        assertThat(conflict).contains("system changed Title", "Title changed in another session");
        assertThat(items.findItem("WTSA24", "68-7").orElseThrow().owner()).isNotEqualTo("Secretariat of TSAG");
        // the user's input is kept, laid over the other session's version
        assertThat(find(TextField.class).withId("edit-owner").single().getValue()).isEqualTo("Secretariat of TSAG");
        assertThat(find(TextField.class).withId("edit-title").single().getValue()).isEqualTo("Title changed in another session");

        test(find(Button.class).withId("edit-save").single()).click();
        ItemDetail after = items.findItem("WTSA24", "68-7").orElseThrow();
        assertThat(after.owner()).isEqualTo("Secretariat of TSAG");
        assertThat(after.title()).isEqualTo("Title changed in another session");
    }

    @Test
    void a_status_report_from_the_item_page_lands_in_the_history_with_its_evidence() {
        navigate("items/WTSA24/68-11", ItemView.class);
        @SuppressWarnings("unchecked")
        Select<String> status = find(Select.class).withId("report-status").single();
        test(status).selectItem("In progress");
        test(find(TextArea.class).withId("report-narrative").single()).setValue("Draft terms of reference sent to TSAG");
        test(find(TextField.class).withId("evidence-reference").single()).setValue("TSAG TD 415");
        test(find(Button.class).withId("evidence-add").single()).click();
        test(find(Button.class).withId("report-submit").single()).click();

        ItemDetail item = items.findItem("WTSA24", "68-11").orElseThrow();
        ItemDetail.Event latest = item.events().getFirst();
        assertThat(latest.narrative()).isEqualTo("Draft terms of reference sent to TSAG");
        assertThat(latest.author()).isEqualTo("tsb@example.org");
        assertThat(latest.evidence()).extracting(e -> e.kind() + ":" + e.reference()).containsExactly("TD:TSAG TD 415");
        assertThat(find(Div.class).withId("item-timeline").single().getElement().getTextRecursively())
                .contains("Draft terms of reference sent to TSAG", "TD: TSAG TD 415");
    }

    @Test
    void the_bulk_update_of_selected_rows_records_one_report_per_item() {
        UI.getCurrent().navigate("items", QueryParameters.fromString("plan=CXO&sort=code"));
        @SuppressWarnings("unchecked")
        Grid<ItemRow> grid = find(Grid.class).withId("item-grid").single();
        List<ItemRow> open = items.find(ItemFilter.NONE.withPlan("CXO").withStatuses(java.util.Set.of("IN_PROGRESS")),
                0, 100, List.of(new org.tsag.tracker.item.ItemSort("code", false)));
        assertThat(open).hasSizeGreaterThanOrEqualTo(2);
        for (int i = 0; i < test(grid).size(); i++) {
            if (test(grid).getRow(i).code().equals(open.get(0).code()) || test(grid).getRow(i).code().equals(open.get(1).code())) {
                test(grid).select(i);
            }
        }
        test(find(Button.class).withId("bulk-update").single()).click();
        @SuppressWarnings("unchecked")
        Select<String> status = find(Select.class).withId("bulk-status").single();
        test(status).selectItem("Continuous/ongoing");
        @SuppressWarnings("unchecked")
        ComboBox<String> meeting = find(ComboBox.class).withId("bulk-meeting").single();
        test(meeting).selectItem("TSAG-2026-01");
        test(find(Button.class).withId("bulk-apply").single()).click();

        for (ItemRow row : open.subList(0, 2)) {
            ItemDetail.Event latest = items.findItem("CXO", row.code()).orElseThrow().events().stream()
                    .filter(e -> "tsb@example.org".equals(e.author())).findFirst().orElseThrow();
            assertThat(latest.status()).isEqualTo("ONGOING");
            assertThat(latest.meeting()).isEqualTo("TSAG-2026-01");
        }
    }
}
