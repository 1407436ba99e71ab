package org.tsag.tracker.dashboard.ui;

import org.tsag.tracker.status.StatusJournal;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.security.test.context.support.WithMockUser;
import org.tsag.tracker.base.SystemAuthentication;
import org.tsag.tracker.demo.DemoDataService;
import org.tsag.tracker.item.ItemFilter;
import org.tsag.tracker.item.ItemRow;
import org.tsag.tracker.item.ItemService;
import org.tsag.tracker.status.StatusReport;
import org.tsag.tracker.live.Change;
import org.tsag.tracker.live.ChangeBroadcaster;
import org.tsag.tracker.live.ChangeListener;
import org.tsag.tracker.live.ChangeSet;
import org.tsag.tracker.live.ListenConnection;
import org.tsag.tracker.live.ui.LiveUpdates;
import org.tsag.tracker.testsupport.RoutingTestDataSource;
import org.tsag.tracker.testsupport.ViewTestBase;

/** An open dashboard follows status changes committed elsewhere, replacing only the parts whose numbers changed. */
@WithMockUser(username = "member@example.org", roles = "MEMBER")
class DashboardLiveTest extends ViewTestBase {

    @Autowired
    DemoDataService demo;

    @Autowired
    StatusJournal journal;

    @Autowired
    ItemService items;

    @Autowired
    LiveUpdates live;

    @Autowired
    ChangeBroadcaster broadcaster;

    @Autowired
    Environment environment;

    @BeforeEach
    void loadDemo() {
        SystemAuthentication.run(demo::loadIfEmpty);
    }

    private DashboardView open() {
        UI.getCurrent().navigate("", QueryParameters.of("period", "all"));
        return (DashboardView) getCurrentView();
    }

    private long figure(String id) {
        HtmlPart figures = find(HtmlPart.class).withId("dashboard-figures").single();
        return Long.parseLong(DashboardPage.byId(figures, id).selectFirst(".figure-value").text());
    }

    private String image(String chart) {
        return find(Image.class).withId(chart + "-image").single().getSrc();
    }

    /** An open item, completed by someone else (as the system user, outside this view). */
    private ItemRow completeAnOpenItem() {
        ItemRow open = items.find(ItemFilter.NONE.withStatuses(Set.of("IN_PROGRESS")), 0, 1, List.of()).getFirst();
        SystemAuthentication.run(() -> journal.report(open.id(), new StatusReport("COMPLETED", null, null, "done elsewhere",
                null, LocalDate.now(), List.of(), null)));
        return open;
    }

    @Test
    void a_status_change_elsewhere_replaces_the_figures_and_the_charts_it_touches_and_nothing_else() {
        DashboardView view = open();
        long completed = figure("figure-completed");
        Div heatmap = find(Div.class).withId("chart-heatmap").single();
        String heatmapImage = image("chart-heatmap");
        String byResolution = image("chart-resolution");
        HtmlPart figures = find(HtmlPart.class).withId("dashboard-figures").single();

        ItemRow item = completeAnOpenItem();
        view.changed(ChangeSet.of(Change.ofItem("status_event", "INSERT", item.id(), item.plan())));

        assertThat(figure("figure-completed")).isEqualTo(completed + 1);
        assertThat(image("chart-resolution")).isNotEqualTo(byResolution);
        assertThat(image("chart-heatmap"))
                .as("item reports do not change the clause heatmap, which stays as it was").isSameAs(heatmapImage);
        assertThat(find(Div.class).withId("chart-heatmap").single()).as("no part is rebuilt").isSameAs(heatmap);
        assertThat(find(HtmlPart.class).withId("dashboard-figures").single()).isSameAs(figures);
    }

    @Test
    void a_table_the_user_opened_stays_open_with_the_new_numbers_and_closed_ones_stay_unsent() {
        DashboardView view = open();
        NativeDetails byResolution = find(NativeDetails.class).withId("chart-resolution-figures").single();
        ChartTables.toggle(byResolution, true);
        String before = ChartTables.table(byResolution).text();

        ItemRow item = completeAnOpenItem();
        view.changed(ChangeSet.of(Change.ofItem("status_event", "INSERT", item.id(), item.plan())));

        NativeDetails after = find(NativeDetails.class).withId("chart-resolution-figures").single();
        assertThat(after.isOpen()).isTrue();
        assertThat(ChartTables.table(after).text()).isNotEqualTo(before);
        NativeDetails byEntity = find(NativeDetails.class).withId("chart-entity-figures").single();
        assertThat(byEntity.isOpen()).isFalse();
        assertThat(ChartTables.table(byEntity)).isNull();
    }

    @Test
    void a_status_change_replaces_the_lists_since_the_last_meeting_but_keeps_their_picker() {
        DashboardView view = open();
        Div since = find(Div.class).withId("since").single();
        test(find(com.vaadin.flow.component.button.Button.class).withId("since-choose").single()).click();
        SincePicker picker = find(SincePicker.class).single();
        HtmlPart moved = find(HtmlPart.class).withId("since-items").single();
        String before = moved.html();

        ItemRow item = completeAnOpenItem();
        view.changed(ChangeSet.of(Change.ofItem("status_event", "INSERT", item.id(), item.plan())));

        assertThat(find(Div.class).withId("since").single()).isSameAs(since);
        assertThat(find(SincePicker.class).single()).as("the picker a user may be using stays").isSameAs(picker);
        assertThat(find(HtmlPart.class).withId("since-items").single()).isSameAs(moved);
        assertThat(moved.html()).isNotEqualTo(before);
        // the completed item is one row, with both of its changes
        List<org.jsoup.nodes.Element> rows = DashboardPage.bodyRows(moved).stream()
                .filter(r -> r.child(0).text().equals(item.plan() + " " + item.code())).toList();
        if (!rows.isEmpty()) {
            assertThat(rows).hasSize(1);
            assertThat(rows.getFirst().child(2).text()).contains("Status changed").contains("Closed");
        } else {
            assertThat(DashboardPage.text(moved)).as("beyond the first rows: the counts moved").contains("Closed (");
        }
    }

    @Test
    void a_change_that_alters_no_number_sends_nothing() {
        DashboardView view = open();
        HtmlPart figures = find(HtmlPart.class).withId("dashboard-figures").single();
        String shown = figures.html();
        String byEntity = image("chart-entity");

        view.changed(ChangeSet.of(Change.everything()));

        assertThat(figures.html()).isSameAs(shown);
        assertThat(image("chart-entity")).isSameAs(byEntity);
    }

    @Test
    void the_dashboard_is_subscribed_while_it_is_open_and_unsubscribed_when_left() {
        UI.getCurrent().navigate("resolutions");
        int before = live.subscribers();
        open();
        assertThat(live.subscribers()).isEqualTo(before + 1);
        UI.getCurrent().navigate("resolutions");
        assertThat(live.subscribers()).isEqualTo(before);
    }

    @Test
    void a_commit_reaches_the_open_dashboard_through_postgresql_and_the_push_queue() throws Exception {
        ChangeListener listener = new ChangeListener(
                ListenConnection.of(RoutingTestDataSource.currentDatabase().dataSource(), environment).orElseThrow(),
                broadcaster, Duration.ofSeconds(1));
        listener.start();
        try {
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (listener.state() != ChangeListener.State.LISTENING && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            open();
            long completed = figure("figure-completed");

            completeAnOpenItem();

            // the change arrives on another thread, which queues a UI.access; a round trip runs it
            while (figure("figure-completed") == completed && System.nanoTime() < deadline) {
                Thread.sleep(50);
                roundTrip();
            }
            assertThat(figure("figure-completed")).isEqualTo(completed + 1);
        } finally {
            listener.stop();
        }
    }
}
