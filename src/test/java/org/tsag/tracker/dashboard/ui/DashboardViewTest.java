package org.tsag.tracker.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.tsag.tracker.base.SystemAuthentication;
import org.tsag.tracker.dashboard.DashboardService;
import org.tsag.tracker.dashboard.DashboardSummary;
import org.tsag.tracker.demo.DemoDataService;
import org.tsag.tracker.testsupport.ViewTestBase;

@WithMockUser(username = "member@example.org", roles = "MEMBER")
class DashboardViewTest extends ViewTestBase {

    @Autowired
    DemoDataService demo;

    @Autowired
    DashboardService dashboard;

    @BeforeEach
    void loadDemo() {
        SystemAuthentication.run(demo::loadIfEmpty);
    }

    @Test
    void the_dashboard_shows_the_item_count_and_counts_by_status_from_the_database() {
        navigate(DashboardView.class);
        DashboardSummary summary = dashboard.summary();

        Div items = find(Div.class).withId("figure-items").single();
        assertThat(find(Span.class, items).all().getFirst().getText()).isEqualTo(String.valueOf(summary.totalItems()));

        @SuppressWarnings("unchecked")
        Grid<DashboardSummary.StatusCount> grid = find(Grid.class).withId("status-counts").single();
        assertThat(test(grid).size()).isEqualTo(7);
        assertThat(test(grid).getCellText(0, 0)).isEqualTo("Not started");
        int total = 0;
        for (int row = 0; row < 7; row++) {
            total += Integer.parseInt(test(grid).getCellText(row, 1));
        }
        assertThat(total).isEqualTo(summary.totalItems());
    }

    @Test
    void the_dashboard_says_that_demo_records_are_sample_data() {
        navigate(DashboardView.class);
        assertThat(find(Paragraph.class).withId("sample-note").single().getText()).contains("Sample data");
    }
}
