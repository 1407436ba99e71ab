package org.tsag.tracker.dashboard.ui;

import org.tsag.tracker.status.StatusJournal;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.tsag.tracker.base.SystemAuthentication;
import org.tsag.tracker.chart.ChartXml;
import org.tsag.tracker.dashboard.Dashboard;
import org.tsag.tracker.dashboard.DashboardService;
import org.tsag.tracker.since.Since;
import org.tsag.tracker.demo.DemoDataService;
import org.tsag.tracker.item.ItemFilter;
import org.tsag.tracker.item.ItemService;
import org.tsag.tracker.item.NewItem;
import org.tsag.tracker.item.NewPlan;
import org.tsag.tracker.status.NewStatusEvent;
import org.tsag.tracker.status.NewClauseEvent;
import org.tsag.tracker.resolution.ResolutionService;
import org.tsag.tracker.testsupport.ViewTestBase;

@WithMockUser(username = "member@example.org", roles = "MEMBER")
class DashboardProgressViewTest extends ViewTestBase {

    private static final String PERIOD = "2025-2028";

    @Autowired
    DemoDataService demo;

    @Autowired
    StatusJournal journal;

    @Autowired
    DashboardService dashboard;

    @Autowired
    ItemService items;

    @Autowired
    ResolutionService resolutions;

    @BeforeEach
    void loadDemo() {
        SystemAuthentication.run(demo::loadIfEmpty);
    }

    private void open(Map<String, String> parameters) {
        UI.getCurrent().navigate("", QueryParameters.simple(parameters));
    }

    private static String location() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
    }

    private List<List<String>> rows(String tableId) {
        return shownTable(tableId).select("tbody > tr").stream()
                .map(r -> r.children().stream().map(org.jsoup.nodes.Element::text).toList())
                .toList();
    }

    /** The table beside a chart, after opening its "Show the figures as a table" disclosure. */
    private org.jsoup.nodes.Element shownTable(String tableId) {
        String chart = tableId.substring(0, tableId.length() - "-table".length());
        NativeDetails details = find(NativeDetails.class).withId(chart + "-figures").single();
        ChartTables.toggle(details, true);
        org.jsoup.nodes.Element table = ChartTables.table(details);
        assertThat(table.id()).isEqualTo(tableId);
        return table;
    }

    @Test
    void progress_has_a_bar_per_tsag_meeting_of_the_period_and_today() throws Exception {
        open(Map.of("period", PERIOD));

        List<List<String>> rows = rows("chart-progress-table");
        assertThat(rows).extracting(r -> r.getFirst()).containsExactly(
                "TSAG-2025-05 (2025-05-30)", "TSAG-2026-01 (2026-01-30)", "TSAG-2026-09 (2026-09-18)",
                "Today (" + LocalDate.now() + ")");
        Image chart = find(Image.class).withId("chart-progress-image").single();
        assertThat(chart.getAlt().orElseThrow()).contains("Progress over the meetings");
        String svg = dashboardSvg();
        assertThat(ChartXml.titles(svg)).anyMatch(t -> t.startsWith("TSAG-2026-01 (2026-01-30)"));
        assertThat(svg).contains(">TSAG-2026-01</text>").contains(">Today</text>");
        assertThat(ChartXml.hrefs(svg)).anyMatch(h -> h.startsWith("/?period=2025-2028&from=TSAG-2026-01"));
    }

    private String dashboardSvg() {
        Dashboard d = dashboard.dashboard(PERIOD, LocalDate.now());
        return new DashboardCharts(UI.getCurrent()::getTranslation, d).progress().toSvg();
    }

    @Test
    void today_in_the_progress_chart_is_the_current_status_of_every_item() {
        Dashboard d = dashboard.dashboard(PERIOD, LocalDate.now());
        Dashboard.Milestone today = d.progress().getLast();
        assertThat(today.meeting()).isNull();
        assertThat(today.total()).isEqualTo(d.figures().total());
        ItemFilter period = ItemFilter.NONE.withPeriod(PERIOD);
        today.countByStatus().forEach((status, count) ->
                assertThat(count).as(status).isEqualTo(items.count(period.withStatuses(Set.of(status)))));
    }

    @Test
    @WithMockUser(username = "chair@example.org", roles = "CHAIR")
    void progress_at_each_meeting_is_rebuilt_from_the_event_history() {
        List<Dashboard.Milestone> before = dashboard.dashboard(PERIOD, LocalDate.now()).progress();
        items.createPlan(new NewPlan("PG", "Progress plan", null, "TSB", null, "AVERAGE", true));
        long id = items.createItem(new NewItem("PG", "PG-1", null, "Progress item", null, List.of("TSB"), List.of(),
                List.of(), List.of(), null, null, null, null, "MEDIUM", PERIOD, 1, false, true));
        journal.record(new NewStatusEvent(id, "REPORT", "IN_PROGRESS", 10, null, "r", null,
                LocalDate.of(2026, 1, 10), "TSB", List.of()));
        journal.record(new NewStatusEvent(id, "REPORT", "COMPLETED", null, null, "r", null,
                LocalDate.of(2026, 3, 10), "TSB", List.of()));
        List<Dashboard.Milestone> after = dashboard.dashboard(PERIOD, LocalDate.now()).progress();

        assertThat(after).hasSameSizeAs(before);
        // entered today, but reported since January 2026: it exists from its first report
        assertThat(after.get(0).countByStatus()).isEqualTo(before.get(0).countByStatus());
        assertThat(difference(before.get(1), after.get(1))).isEqualTo(Map.of("IN_PROGRESS", 1));
        assertThat(difference(before.get(2), after.get(2))).isEqualTo(Map.of("COMPLETED", 1));
        assertThat(difference(before.get(3), after.get(3))).isEqualTo(Map.of("COMPLETED", 1));
    }

    private static Map<String, Integer> difference(Dashboard.Milestone before, Dashboard.Milestone after) {
        Map<String, Integer> diff = new java.util.HashMap<>();
        after.countByStatus().forEach((status, count) -> {
            int delta = count - before.countByStatus().getOrDefault(status, 0);
            if (delta != 0) {
                diff.put(status, delta);
            }
        });
        return diff;
    }

    @Test
    void at_risk_and_on_track_link_to_the_grid_filtered_by_health() {
        open(Map.of("period", PERIOD));
        assertThat(figureLink("figure-at-risk").attr("href"))
                .isEqualTo("/items?health=at-risk&period=2025-2028&sort=status");
        assertThat(figureLink("figure-on-track").attr("href"))
                .isEqualTo("/items?health=on-track&period=2025-2028&sort=status");
    }

    @Test
    @WithMockUser(username = "tsb@example.org", roles = "TSB")
    void heatmap_cells_link_to_the_items_of_their_clause_and_period() {
        long clause = resolutions.findOperativeClauseId("68", 2024, 1, "8").orElseThrow();
        journal.reportClause(new NewClauseEvent(clause, PERIOD, "REPORT", "IN_PROGRESS", null, null,
                "Started", LocalDate.of(2026, 2, 1), List.of()));
        open(Map.of("period", "all"));
        List<String> hrefs = shownTable("chart-heatmap-table").select("a").eachAttr("href");
        assertThat(hrefs).isNotEmpty().allMatch(h -> h.matches("/items\\?clause=\\d+&period=\\d{4}-\\d{4}"));
        assertThat(hrefs).contains("/items?clause=" + clause + "&period=" + PERIOD);
    }

    @Test
    void picking_a_meeting_or_a_day_puts_the_window_in_the_url() {
        open(Map.of("period", PERIOD));
        test(find(com.vaadin.flow.component.button.Button.class).withId("since-choose").single()).click();
        @SuppressWarnings("unchecked")
        ComboBox<Since.MeetingOption> fromMeeting = find(ComboBox.class).withId("since-from-meeting").single();
        assertThat(fromMeeting.getValue().code()).as("the default window starts at the last TSAG meeting")
                .isEqualTo("TSAG-2026-09");
        Since.MeetingOption first = fromMeeting.getListDataView().getItems()
                .filter(m -> m.code().equals("TSAG-2025-05")).findFirst().orElseThrow();
        test(fromMeeting).selectItem(fromMeetingLabel(first));
        assertThat(location()).isEqualTo("?period=2025-2028&from=TSAG-2025-05");
        assertThat(find(com.vaadin.flow.component.html.H3.class, find(com.vaadin.flow.component.html.Div.class)
                .withId("since").single()).all().getFirst().getText()).startsWith("Since TSAG-2025-05");

        DatePicker toDay = find(DatePicker.class).withId("since-to-day").single();
        test(toDay).setValue(LocalDate.of(2026, 2, 1));
        assertThat(location()).isEqualTo("?period=2025-2028&from=TSAG-2025-05&to=2026-02-01");

        DatePicker fromDay = find(DatePicker.class).withId("since-from-day").single();
        test(fromDay).setValue(LocalDate.of(2025, 6, 1));
        // a day replaces the meeting on the same side
        assertThat(location()).isEqualTo("?period=2025-2028&from=2025-06-01&to=2026-02-01");
    }

    private String fromMeetingLabel(Since.MeetingOption m) {
        return "TSAG-2025-05 (" + m.start() + " to " + m.end() + ")";
    }

    /** Opens a link of the dashboard in the grid and reads the count the grid shows. */
    private String gridCountBehind(String href) {
        String[] parts = href.substring(1).split("\\?", 2);
        UI.getCurrent().navigate(parts[0], QueryParameters.fromString(parts.length > 1 ? parts[1] : ""));
        return find(com.vaadin.flow.component.html.Span.class).withId("item-count").single().getText();
    }

    private org.jsoup.nodes.Element figureLink(String id) {
        return DashboardPage.byId(find(HtmlPart.class).withId("dashboard-figures").single(), id);
    }

    private long figure(String id) {
        return Long.parseLong(figureLink(id).selectFirst(".figure-value").text());
    }

    @Test
    void the_tsag_figure_and_list_show_what_tsag_itself_must_act_on() {
        open(Map.of("period", "all"));
        long tsag = figure("figure-tsag");
        String href = figureLink("figure-tsag").attr("href");
        assertThat(href).contains("entity=TSAG&role=responsible").contains("status=");
        HtmlPart list = find(HtmlPart.class).withId("for-tsag").single();
        assertThat(tsag).isPositive();
        assertThat(DashboardPage.html(list).select("tr")).hasSize((int) Math.min(tsag, 8) + 1);

        assertThat(gridCountBehind(href)).startsWith(tsag + " ");
    }

    @Test
    void the_entity_chart_links_ask_for_the_responsible_role_and_agree_with_the_grid() {
        open(Map.of("period", "all"));
        List<org.jsoup.nodes.Element> counts = shownTable("chart-entity-table").select("a").stream()
                .filter(a -> a.text().matches("\\d+"))
                .toList();
        assertThat(counts).isNotEmpty();
        org.jsoup.nodes.Element first = counts.getFirst();
        assertThat(first.attr("href")).contains("role=responsible");
        String number = first.text();
        assertThat(gridCountBehind(first.attr("href"))).startsWith(number + " ");
    }
}
