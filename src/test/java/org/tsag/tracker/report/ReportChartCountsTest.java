package org.tsag.tracker.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.tsag.tracker.base.SystemAuthentication;
import org.tsag.tracker.demo.DemoDataService;
import org.tsag.tracker.testsupport.IntegrationTest;

/** The report's chart by resolution counts every reported item once, those linked to no resolution included (issue 18). */
@IntegrationTest
@WithMockUser(username = "tsb@example.org", roles = "TSB")
class ReportChartCountsTest {

    @Autowired
    ReportService reports;

    @Autowired
    DemoDataService demo;

    @BeforeEach
    void loadDemo() {
        SystemAuthentication.run(demo::loadIfEmpty);
    }

    @Test
    void the_bars_add_up_to_the_items_of_the_text() {
        Report report = reports.report(ReportDocxTest.ALL);
        assertThat(report.otherItems()).as("the demo has items linked to no clause").isNotEmpty();
        ReportCharts.Chart chart = new ReportCharts(report, new Wording()).byResolution();
        assertThat(chart.svg()).contains("Not linked to a resolution");
        // every segment's title ends with its count: "Res. 68: In progress: 12"
        int total = 0;
        Matcher m = Pattern.compile("<title>[^<]*: (\\d+)</title>").matcher(chart.svg());
        while (m.find()) {
            total += Integer.parseInt(m.group(1));
        }
        List<Report.ItemEntry> linked = report.resolutions().stream()
                .flatMap(r -> r.clauses().stream().flatMap(c -> c.items().stream()).map(Report.ItemEntry::id).distinct()
                        .map(id -> (Report.ItemEntry) null))
                .toList();
        assertThat(total).isEqualTo(linked.size() + report.otherItems().size());
        assertThat(total).as("one resolution in the demo: the bars count every item once")
                .isEqualTo(report.allItems().size());
    }
}
