package org.tsag.tracker.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.tsag.tracker.dashboard.DashboardService;
import org.tsag.tracker.resolution.ResolutionPage;
import org.tsag.tracker.resolution.ResolutionService;
import org.tsag.tracker.testsupport.IntegrationTest;

/** The demo data lands whole in an empty database, and never in one that holds data. */
@IntegrationTest
@WithMockUser(username = "admin@example.org", roles = {"ADMIN", "CHAIR", "TSB"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DemoDataTest {

    @Autowired
    DemoDataService demo;

    @Autowired
    ResolutionService resolutions;

    @Autowired
    DashboardService dashboard;

    @Test
    @Order(1)
    void demo_data_loads_into_an_empty_database() {
        assertThat(demo.databaseIsEmpty()).isTrue();
        assertThat(demo.loadIfEmpty()).isTrue();
        assertThat(demo.databaseIsEmpty()).isFalse();
    }

    @Test
    @Order(2)
    void resolution_68_of_2024_has_the_structure_of_the_domain() {
        ResolutionPage page = resolutions.find("68", null).orElseThrow();
        ResolutionPage.Revision revision = page.revision();
        assertThat(revision.year()).isEqualTo(2024);
        assertThat(revision.place()).isEqualTo("New Delhi");
        assertThat(revision.inForce()).isTrue();
        assertThat(revision.operativeClauseCount()).isEqualTo(17);
        assertThat(page.revisions()).extracting(ResolutionPage.RevisionOption::year).containsExactly(2024, 2016);

        Map<String, Integer> counts = revision.sections().stream().collect(Collectors.toMap(
                ResolutionPage.Section::heading,
                s -> (int) s.clauses().stream().filter(c -> c.label() != null).count(),
                Integer::sum, java.util.LinkedHashMap::new));
        assertThat(counts.values()).containsExactly(10, 3, 4, 6, 12, 3, 2);
        assertThat(revision.sections().get(0).heading()).isEqualTo("considering");
        assertThat(revision.sections().get(1).heading()).isEqualTo("recognizing");
        assertThat(revision.sections().get(4).addresseeEntities()).contains("Director of TSB");
        assertThat(revision.source()).contains("IAP/39A13/1");
    }

    @Test
    @Order(3)
    void the_2016_revision_has_8_tsb_clauses_and_2024_clauses_continue_them() {
        ResolutionPage.Revision old = resolutions.find("68", 2016).orElseThrow().revision();
        assertThat(old.inForce()).isFalse();
        ResolutionPage.Section tsb2016 = old.sections().stream()
                .filter(s -> s.operative() && s.addresseeEntities().contains("Director of TSB"))
                .findFirst().orElseThrow();
        assertThat(tsb2016.clauses()).hasSize(8);

        ResolutionPage.Section tsb2024 = resolutions.find("68", 2024).orElseThrow().revision().sections().get(4);
        Map<String, String> lineage = tsb2024.clauses().stream()
                .filter(c -> c.label() != null && c.lineageLabel() != null)
                .collect(Collectors.toMap(ResolutionPage.Clause::label, ResolutionPage.Clause::lineageLabel));
        assertThat(lineage).containsEntry("1", "1").containsEntry("2", "2").containsEntry("6", "4")
                .containsEntry("8", "5").containsEntry("10", "6").containsEntry("11", "7").containsEntry("12", "8");
        assertThat(lineage).doesNotContainKeys("3", "4", "5", "7", "9");
        List<ResolutionPage.Clause> deleted = tsb2024.clauses().stream().filter(c -> c.label() == null).toList();
        assertThat(deleted).extracting(ResolutionPage.Clause::previousLabel).containsExactly("3");
    }

    @Test
    @Order(4)
    void items_and_histories_are_there_and_labelled_as_sample() {
        var summary = dashboard.summary();
        assertThat(summary.totalItems()).isGreaterThan(30);
        assertThat(summary.containsSampleData()).isTrue();
        assertThat(summary.byStatus().stream().mapToInt(s -> s.count()).sum()).isEqualTo((int) summary.totalItems());
        assertThat(summary.byStatus()).anySatisfy(s -> assertThat(s.code()).isEqualTo("COMPLETED"));
    }

    @Test
    @Order(5)
    void demo_data_is_never_loaded_into_a_database_that_holds_data() {
        long before = dashboard.summary().totalItems();
        assertThat(demo.loadIfEmpty()).isFalse();
        assertThat(dashboard.summary().totalItems()).isEqualTo(before);
    }
}
