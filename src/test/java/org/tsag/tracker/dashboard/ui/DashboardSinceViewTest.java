package org.tsag.tracker.dashboard.ui;

import org.tsag.tracker.status.StatusJournal;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.tsag.tracker.base.SystemAuthentication;
import org.tsag.tracker.chart.ChartXml;
import org.tsag.tracker.dashboard.Dashboard;
import org.tsag.tracker.dashboard.DashboardSummary;
import org.tsag.tracker.demo.DemoDataService;
import org.tsag.tracker.item.ItemService;
import org.tsag.tracker.item.NewItem;
import org.tsag.tracker.item.NewPlan;
import org.tsag.tracker.status.NewStatusEvent;
import org.tsag.tracker.testsupport.ViewTestBase;

@WithMockUser(username = "member@example.org", roles = "MEMBER")
class DashboardSinceViewTest extends ViewTestBase {

    static final String PAYLOAD = "<img src=x onerror=alert(1)> & \"quoted\"";

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
            if (items.findItemId("XSS", "X-1").isPresent()) {
                return;
            }
            items.createPlan(new NewPlan("XSS", "XSS plan", null, "TSB", null, "AVERAGE", true));
            long id = items.createItem(new NewItem("XSS", "X-1", null, PAYLOAD, null, List.of("TSB"), List.of(),
                    List.of(), List.of(), null, null, null, null, "MEDIUM", "2025-2028", 1, false, true));
            journal.record(new NewStatusEvent(id, "REPORT", "IN_PROGRESS", 10, null, "r", null,
                    LocalDate.of(2026, 1, 10), "TSB", List.of()));
            journal.record(new NewStatusEvent(id, "REPORT", "COMPLETED", null, null, "r", null,
                    LocalDate.of(2026, 3, 10), "TSB", List.of()));
        });
    }

    @Test
    void the_changes_between_two_days_list_old_and_new_values_with_titles_as_text() {
        UI.getCurrent().navigate("", QueryParameters.simple(Map.of("period", "2025-2028", "from", "2026-02-01", "to", "2026-04-01")));

        assertThat(find(H3.class, find(Div.class).withId("since").single()).all().getFirst().getText())
                .isEqualTo("Since 1 Feb 2026 (until 1 Apr 2026)");
        HtmlPart closed = find(HtmlPart.class).withId("since-items").single();
        List<org.jsoup.nodes.Element> cells = DashboardPage.html(closed).select("td");
        // the payload is the cell's text node, not markup
        assertThat(cells).extracting(org.jsoup.nodes.Element::text)
                .contains(PAYLOAD, "In progress \u2192 Completed", "10 % \u2192 100 %");
        org.jsoup.nodes.Element title = cells.stream().filter(c -> PAYLOAD.equals(c.text())).findFirst().orElseThrow();
        assertThat(title.childNodeSize()).isEqualTo(1);
        assertThat(title.childNode(0)).isInstanceOf(org.jsoup.nodes.TextNode.class);
        assertThat(closed.html()).doesNotContain(PAYLOAD);
    }

    @Test
    void a_payload_in_a_chart_label_is_escaped_in_the_svg() throws Exception {
        UI.getCurrent().navigate("", QueryParameters.of("period", "all"));
        Dashboard dashboard = new Dashboard(List.of("2025-2028"), "2025-2028",
                new Dashboard.KeyFigures(1, 0, 1, 0, 0, 0, null, null, null, List.of("IN_PROGRESS"), 0), false,
                List.of(new DashboardSummary.StatusCount("IN_PROGRESS", "In progress", 1)),
                List.of(new Dashboard.CategoryCount(PAYLOAD, "IN_PROGRESS", 1)),
                List.of(new Dashboard.CategoryCount(PAYLOAD, "IN_PROGRESS", 1)),
                new Dashboard.Heatmap(List.of("2025-2028"), List.of(
                        new Dashboard.ClauseRow(1L, PAYLOAD, "resolves", "1", Map.of("2025-2028", "IN_PROGRESS")))), List.of(), List.of());
        DashboardCharts charts = new DashboardCharts(UI.getCurrent()::getTranslation, dashboard);

        String bars = charts.bars("chart.resolution.title", "resolution", dashboard.byResolution()).toSvg();
        String heatmap = charts.heatmap().toSvg();

        for (String svg : List.of(bars, heatmap)) {
            assertThat(svg).doesNotContain("<img").contains("&lt;img src=x onerror=alert(1)&gt;");
            assertThat(ChartXml.titles(svg)).anyMatch(t -> t.contains(PAYLOAD));
        }
        assertThat(ChartXml.hrefs(bars)).contains("/items?resolution=%3Cimg+src%3Dx+onerror%3Dalert%281%29%3E+%26+%22quoted%22&status=IN_PROGRESS&period=2025-2028");
    }
}
