package org.tsag.tracker.item.ui;

import org.tsag.tracker.status.StatusJournal;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.provider.DataChangeEvent;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.tsag.tracker.base.SystemAuthentication;
import org.tsag.tracker.demo.DemoDataService;
import org.tsag.tracker.item.ItemDetail;
import org.tsag.tracker.item.ItemFilter;
import org.tsag.tracker.item.ItemRow;
import org.tsag.tracker.item.ItemService;
import org.tsag.tracker.item.NewItem;
import org.tsag.tracker.status.StatusReport;
import org.tsag.tracker.live.Change;
import org.tsag.tracker.live.ChangeSet;
import org.tsag.tracker.testsupport.ViewTestBase;

/** The item grid and the item page follow changes committed by someone else. */
@WithMockUser(username = "member@example.org", roles = "MEMBER")
class ItemLiveTest extends ViewTestBase {

    @Autowired
    DemoDataService demo;

    @Autowired
    StatusJournal journal;

    @Autowired
    ItemService items;

    @BeforeEach
    void loadDemo() {
        SystemAuthentication.run(demo::loadIfEmpty);
    }

    @SuppressWarnings("unchecked")
    private Grid<ItemRow> grid() {
        return find(Grid.class).withId("item-grid").single();
    }

    private void reportElsewhere(long id, String status) {
        SystemAuthentication.run(() -> journal.report(id, new StatusReport(status, null, null, "elsewhere", null,
                LocalDate.now(), List.of(), null)));
    }

    private static ChangeSet reported(ItemRow row) {
        return ChangeSet.of(Change.ofItem("status_event", "INSERT", row.id(), row.plan()));
    }

    /** Counts full refreshes (refreshAll) and single-row refreshes (refreshItem) of the grid's data. */
    private record Refreshes(List<Object> all, List<Object> rows) {
        static Refreshes of(Grid<ItemRow> grid) {
            Refreshes refreshes = new Refreshes(new ArrayList<>(), new ArrayList<>());
            grid.getDataProvider().addDataProviderListener(event -> {
                if (event instanceof DataChangeEvent.DataRefreshEvent<?> refresh) {
                    refreshes.rows().add(refresh.getItem());
                } else {
                    refreshes.all().add(event);
                }
            });
            return refreshes;
        }
    }

    @Test
    void a_visible_row_whose_status_changed_elsewhere_is_replaced_in_place() {
        UI.getCurrent().navigate("items", QueryParameters.fromString("plan=CXO"));
        Grid<ItemRow> grid = grid();
        assertThat(test(grid).size()).isPositive();
        ItemRow first = test(grid).getRow(0);
        String count = find(Span.class).withId("item-count").single().getText();
        String next = "ONGOING".equals(first.status()) ? "IN_PROGRESS" : "ONGOING";
        Refreshes refreshes = Refreshes.of(grid);

        reportElsewhere(first.id(), next);
        ((ItemGridView) getCurrentView()).changed(reported(first));

        assertThat(test(grid).getRow(0).id()).isEqualTo(first.id());
        assertThat(test(grid).getRow(0).status()).isEqualTo(next);
        assertThat(refreshes.rows()).hasSize(1);
        assertThat(refreshes.all()).as("no full refresh for a row that keeps its place").isEmpty();
        assertThat(find(Span.class).withId("item-count").single().getText()).isEqualTo(count);
    }

    @Test
    void an_item_that_leaves_the_filter_goes_and_the_count_follows() {
        UI.getCurrent().navigate("items", QueryParameters.fromString("status=IN_PROGRESS"));
        Grid<ItemRow> grid = grid();
        int before = test(grid).size();
        ItemRow first = test(grid).getRow(0);
        Refreshes refreshes = Refreshes.of(grid);

        reportElsewhere(first.id(), "COMPLETED");
        ((ItemGridView) getCurrentView()).changed(reported(first));

        assertThat(refreshes.all()).hasSize(1);
        assertThat(test(grid).size()).isEqualTo(before - 1);
        for (int i = 0; i < test(grid).size(); i++) {
            assertThat(test(grid).getRow(i).id()).isNotEqualTo(first.id());
        }
        assertThat(find(Span.class).withId("item-count").single().getText()).contains(String.valueOf(before - 1));
    }

    @Test
    void a_change_to_an_item_that_is_not_shown_leaves_the_grid_alone() {
        UI.getCurrent().navigate("items", QueryParameters.fromString("plan=CXO"));
        Grid<ItemRow> grid = grid();
        test(grid).size();
        ItemRow elsewhere = items.find(ItemFilter.NONE.withPlan("WTSA24").withStatuses(Set.of("IN_PROGRESS")), 0, 1, List.of())
                .getFirst();
        Refreshes refreshes = Refreshes.of(grid);

        reportElsewhere(elsewhere.id(), "ONGOING");
        ((ItemGridView) getCurrentView()).changed(reported(elsewhere));

        assertThat(refreshes.all()).isEmpty();
        assertThat(refreshes.rows()).isEmpty();
    }

    @Test
    void a_new_item_appears_in_the_grid() {
        UI.getCurrent().navigate("items", QueryParameters.fromString("plan=CXO"));
        Grid<ItemRow> grid = grid();
        int before = test(grid).size();
        long id = SystemAuthentication.call(() -> items.createItem(new NewItem("CXO", "CXO-LIVE", null, "Added elsewhere",
                null, List.of("TSB"), List.of(), List.of("TSAG"), List.of(), null, null, null, null, "LOW", "2025-2028",
                1, false, true)));

        ((ItemGridView) getCurrentView()).changed(ChangeSet.of(Change.ofItem("action_item", "INSERT", id, "CXO")));

        assertThat(test(grid).size()).isEqualTo(before + 1);
    }

    @Test
    void a_reader_sees_the_item_page_follow_a_status_change() {
        ItemRow row = items.find(ItemFilter.NONE.withPlan("WTSA24").withStatuses(Set.of("IN_PROGRESS")), 0, 1, List.of())
                .getFirst();
        navigate("items/WTSA24/" + row.code(), ItemView.class);
        assertThat(find(Div.class).withId("item-status").single().getElement().getTextRecursively()).contains("In progress");

        reportElsewhere(row.id(), "COMPLETED");
        ((ItemView) getCurrentView()).changed(reported(row));

        assertThat(find(Div.class).withId("item-status").single().getElement().getTextRecursively()).contains("Completed");
        assertThat(find(Div.class).withId("item-live-notice").all()).isEmpty();
    }

    @Test
    @WithMockUser(username = "tsb@example.org", roles = "TSB")
    void an_editor_is_told_of_a_change_by_someone_else_but_not_of_their_own() {
        ItemDetail item = items.findItem("WTSA24", "68-12").orElseThrow();
        ItemRow row = items.find(ItemFilter.NONE.withPlan("WTSA24"), 0, 200, List.of()).stream()
                .filter(r -> r.code().equals("68-12")).findFirst().orElseThrow();
        navigate("items/WTSA24/68-12", ItemView.class);
        ItemView view = (ItemView) getCurrentView();

        // the user's own report reloads the page at once; the echo of its commit finds nothing new
        @SuppressWarnings("unchecked")
        Select<String> status = find(Select.class).withId("report-status").single();
        test(status).selectItem("Continuous/ongoing");
        test(find(TextArea.class).withId("report-narrative").single()).setValue("mine");
        test(find(Button.class).withId("report-submit").single()).click();
        view.changed(reported(row));
        assertThat(find(Div.class).withId("item-live-notice").all()).isEmpty();

        // someone else's report: a notice, and the form the user may be filling in stays
        test(find(TextArea.class).withId("report-narrative").single()).setValue("typing");
        reportElsewhere(item.id(), "IN_PROGRESS");
        view.changed(reported(row));
        assertThat(find(Div.class).withId("item-live-notice").single().getElement().getTextRecursively())
                .contains("Someone else has just changed this item.");
        assertThat(find(TextArea.class).withId("report-narrative").single().getValue()).isEqualTo("typing");
        assertThat(find(Div.class).withId("item-status").single().getElement().getTextRecursively()).contains("Continuous");

        test(find(Button.class).withId("item-live-reload").single()).click();
        assertThat(find(Div.class).withId("item-live-notice").all()).isEmpty();
        assertThat(find(Div.class).withId("item-status").single().getElement().getTextRecursively()).contains("In progress");
    }
}
