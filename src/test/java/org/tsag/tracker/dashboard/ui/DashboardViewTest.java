package org.tsag.tracker.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.tsag.tracker.base.SystemAuthentication;
import org.tsag.tracker.dashboard.DashboardService;
import org.tsag.tracker.dashboard.DashboardSummary;
import org.tsag.tracker.demo.DemoDataService;
import org.tsag.tracker.item.ItemFilter;
import org.tsag.tracker.item.ItemService;
import org.tsag.tracker.testsupport.ViewTestBase;

@WithMockUser(username = "member@example.org", roles = "MEMBER")
class DashboardViewTest extends ViewTestBase {

    @Autowired
    DemoDataService demo;

    @Autowired
    DashboardService dashboard;

    @Autowired
    ItemService items;

    @Autowired
    ChartImages chartImages;

    @BeforeEach
    void loadDemo() {
        SystemAuthentication.run(demo::loadIfEmpty);
    }

    private void open(String period) {
        UI.getCurrent().navigate("", QueryParameters.of("period", period));
    }

    private long figure(String id) {
        return Long.parseLong(DashboardPage.byId(figures(), id).selectFirst(".figure-value").text());
    }

    private String href(String id) {
        return DashboardPage.byId(figures(), id).attr("href");
    }

    private HtmlPart figures() {
        return find(HtmlPart.class).withId("dashboard-figures").single();
    }

    @Test
    void the_key_figures_for_all_periods_agree_with_independent_counts() {
        open("all");
        DashboardSummary summary = dashboard.summary();

        assertThat(figure("figure-total")).isEqualTo(summary.totalItems()).isPositive();
        long completed = summary.byStatus().stream().filter(s -> s.code().equals("COMPLETED")).findFirst().orElseThrow().count();
        assertThat(figure("figure-completed")).isEqualTo(completed);
        assertThat(figure("figure-on-track") + figure("figure-at-risk")).isLessThanOrEqualTo(figure("figure-total") - completed);
        assertThat(href("figure-total")).isEqualTo("/items");
        assertThat(href("figure-completed")).isEqualTo("/items?status=COMPLETED");
        assertThat(href("figure-overdue")).isEqualTo("/items?overdue=true&sort=due");
    }

    @Test
    void every_figure_agrees_with_the_grid_behind_its_link_for_the_chosen_period() {
        open("2025-2028");
        ItemFilter period = ItemFilter.NONE.withPeriod("2025-2028");

        assertThat(figure("figure-total")).isEqualTo(items.count(period));
        assertThat(figure("figure-completed")).isEqualTo(items.count(period.withStatuses(Set.of("COMPLETED"))));
        assertThat(figure("figure-overdue")).isEqualTo(items.count(period.withOverdue(true)));
        assertThat(href("figure-total")).isEqualTo("/items?period=2025-2028");
        assertThat(href("figure-completed")).isEqualTo("/items?status=COMPLETED&period=2025-2028");
        assertThat(href("figure-overdue")).isEqualTo("/items?overdue=true&period=2025-2028&sort=due");
    }

    @Test
    void the_study_period_changes_every_figure() {
        open("2017-2020");
        long older = figure("figure-total");
        open("2025-2028");
        long current = figure("figure-total");
        open("all");
        long all = figure("figure-total");

        assertThat(older).isEqualTo(items.count(ItemFilter.NONE.withPeriod("2017-2020")));
        assertThat(all).isGreaterThanOrEqualTo(older + current);
    }

    @Test
    @WithMockUser(username = "tsb@example.org", roles = "TSB")
    void internal_items_count_only_for_those_who_may_see_them() {
        open("all");
        long asTsb = figure("figure-total");
        var tsb = SecurityContextHolder.getContext().getAuthentication();
        long asMember;
        try {
            SecurityContextHolder.getContext().setAuthentication(
                    new TestingAuthenticationToken("member@example.org", "x", "ROLE_MEMBER"));
            asMember = dashboard.dashboard(null, LocalDate.now()).figures().total();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(tsb);
        }
        assertThat(asTsb).isEqualTo(dashboard.summary().totalItems());
        assertThat(asMember).isLessThan(asTsb);
    }

    @Test
    void charts_are_images_with_a_table_of_the_same_numbers_and_links_beside_them() {
        open("all");

        Image entities = find(Image.class).withId("chart-entity-image").single();
        assertThat(entities.getAlt().orElseThrow()).contains("Status by responsible entity").contains("Show the figures as a table");
        // one short URL per chart, the same for every screen; the image is kept by its unguessable name
        assertThat(entities.getSrc()).matches("/dashboard-charts/[A-Za-z0-9_-]{43}\\.svg");
        String name = entities.getSrc().substring("/dashboard-charts/".length(), entities.getSrc().length() - ".svg".length());
        assertThat(new String(chartImages.image(name).orElseThrow(), java.nio.charset.StandardCharsets.UTF_8))
                .startsWith("<svg").contains("Status by responsible entity");
        assertThat(chartImages.image("A" + name.substring(1))).isEmpty();
        NativeDetails disclosure = find(NativeDetails.class).withId("chart-entity-figures").single();
        assertThat(disclosure.getSummaryText()).isEqualTo("Show the figures as a table");
        assertThat(ChartTables.table(disclosure)).as("sent when opened").isNull();
        ChartTables.toggle(disclosure, true);
        org.jsoup.nodes.Element table = ChartTables.table(disclosure);
        assertThat(table.id()).isEqualTo("chart-entity-table");
        List<String> links = table.select("a").eachAttr("href");
        assertThat(links).isNotEmpty();
        assertThat(links).allSatisfy(a -> assertThat(a).startsWith("/items?entity="));
        assertThat(find(Div.class).withId("chart-heatmap").single()).isNotNull();
        NativeDetails byResolution = find(NativeDetails.class).withId("chart-resolution-figures").single();
        ChartTables.toggle(byResolution, true);
        assertThat(ChartTables.table(byResolution).id()).isEqualTo("chart-resolution-table");

        ChartTables.toggle(disclosure, false);
        assertThat(ChartTables.table(disclosure)).as("dropped when closed").isNull();
    }

    @Test
    void item_titles_are_text_never_markup() {
        SystemAuthentication.run(() -> {
            if (items.findItemId("AAA", "A-1").isEmpty()) {
                items.createPlan(new org.tsag.tracker.item.NewPlan("AAA", "First plan", null, "TSB", null, "AVERAGE", true));
                items.createItem(new org.tsag.tracker.item.NewItem("AAA", "A-1", null, "<img src=x onerror=alert(1)> & <b>bold</b>",
                        null, List.of("TSB"), List.of(), List.of(), List.of(), null, null, null, null, "MEDIUM", "2025-2028", 1,
                        false, true));
            }
        });
        UI.getCurrent().navigate("", QueryParameters.simple(java.util.Map.of("period", "all", "from", "2000-01-01")));
        HtmlPart since = find(HtmlPart.class).withId("since-items").single();
        assertThat(since.html()).contains("&lt;img src=x onerror=alert(1)&gt; &amp; &lt;b&gt;bold&lt;/b&gt;")
                .doesNotContain("<img").doesNotContain("<b>");
        assertThat(DashboardPage.text(since)).contains("<img src=x onerror=alert(1)> & <b>bold</b>");
    }

    @Test
    void the_dashboard_says_that_demo_records_are_sample_data() {
        open("all");
        assertThat(find(Paragraph.class).withId("sample-note").single().getText()).contains("Sample data");
    }
}
