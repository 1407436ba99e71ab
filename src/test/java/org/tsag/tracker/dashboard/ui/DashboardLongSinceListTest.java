package org.tsag.tracker.dashboard.ui;

import org.tsag.tracker.status.StatusJournal;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.tsag.tracker.base.SystemAuthentication;
import org.tsag.tracker.demo.DemoDataService;
import org.tsag.tracker.item.ItemService;
import org.tsag.tracker.item.NewItem;
import org.tsag.tracker.item.NewPlan;
import org.tsag.tracker.status.NewStatusEvent;
import org.tsag.tracker.testsupport.ViewTestBase;

/**
 * A long "since" list shows its first rows and the rest on demand, so that an open dashboard does
 * not keep hundreds of rows in server memory (issue 8, concurrent viewers).
 */
@WithMockUser(username = "member@example.org", roles = "MEMBER")
class DashboardLongSinceListTest extends ViewTestBase {

    static final int ITEMS = DashboardView.SINCE_PREVIEW + 3;

    @Autowired
    DemoDataService demo;

    @Autowired
    StatusJournal journal;

    @Autowired
    ItemService items;

    @BeforeEach
    void load() {
        SystemAuthentication.run(() -> {
            demo.loadIfEmpty();
            if (items.findItemId("LONG", "L-1").isPresent()) {
                return;
            }
            items.createPlan(new NewPlan("LONG", "Long plan", null, "TSB", null, "AVERAGE", true));
            for (int n = 1; n <= ITEMS; n++) {
                long id = items.createItem(new NewItem("LONG", "L-" + n, null, "Item " + n, null, List.of("TSB"), List.of(),
                        List.of(), List.of(), null, null, null, null, "MEDIUM", "2025-2028", n, false, true));
                journal.record(new NewStatusEvent(id, "REPORT", "IN_PROGRESS", 10, null, "r", null,
                        LocalDate.of(2026, 1, 10), "TSB", List.of()));
                journal.record(new NewStatusEvent(id, "REPORT", "COMPLETED", null, null, "r", null,
                        LocalDate.of(2026, 3, 10), "TSB", List.of()));
            }
        });
    }

    @Test
    void a_long_list_of_closed_items_shows_its_first_rows_and_the_rest_on_demand() {
        UI.getCurrent().navigate("", QueryParameters.simple(Map.of("period", "2025-2028", "from", "2026-02-01", "to", "2026-04-01")));

        HtmlPart closed = find(HtmlPart.class).withId("since-items").single();
        assertThat(DashboardPage.bodyRows(closed)).hasSize(DashboardView.SINCE_PREVIEW);
        Button more = find(Button.class).withId("since-items-more").single();
        String label = more.getText();

        test(more).click();

        List<org.jsoup.nodes.Element> rows = DashboardPage.bodyRows(closed);
        assertThat(label).isEqualTo("Show all " + rows.size());
        assertThat(rows.stream().map(r -> r.child(0).text()).filter(t -> t.startsWith("LONG "))).hasSize(ITEMS);
        List<org.jsoup.nodes.Element> long_ = rows.stream().filter(r -> r.child(0).text().startsWith("LONG ")).toList();
        assertThat(long_).allSatisfy(r -> {
            assertThat(r.child(2).text()).isEqualTo("Closed, Status changed, Progress changed");
            assertThat(r.child(3).text()).endsWith("\u2192 Completed");
        });
        // one row per item, in natural code order
        assertThat(long_).extracting(r -> r.child(0).text()).startsWith("LONG L-1", "LONG L-2", "LONG L-3")
                .endsWith("LONG L-12", "LONG L-13");
        assertThat(find(Button.class).withId("since-items-more").all()).isEmpty();
    }

}
