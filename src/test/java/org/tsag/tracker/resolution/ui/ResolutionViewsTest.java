package org.tsag.tracker.resolution.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.tsag.tracker.base.SystemAuthentication;
import org.tsag.tracker.demo.DemoDataService;
import org.tsag.tracker.resolution.ResolutionSummary;
import org.tsag.tracker.testsupport.ViewTestBase;

@WithMockUser(username = "member@example.org", roles = "MEMBER")
class ResolutionViewsTest extends ViewTestBase {

    @Autowired
    DemoDataService demo;

    @BeforeEach
    void loadDemo() {
        SystemAuthentication.run(demo::loadIfEmpty);
    }

    @Test
    void the_list_shows_resolution_68_with_its_revision_in_force_and_17_operative_clauses() {
        navigate(ResolutionListView.class);
        @SuppressWarnings("unchecked")
        Grid<ResolutionSummary> grid = find(Grid.class).withId("resolution-grid").single();
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getCellText(0, 1)).startsWith("Evolving role of industry");
        assertThat(test(grid).getCellText(0, 2)).isEqualTo("Rev. New Delhi, 2024");
        assertThat(test(grid).getCellText(0, 3)).isEqualTo("17");
        assertThat(test(grid).getCellText(0, 4)).isEqualTo("2");
    }

    @Test
    void the_page_shows_the_revision_in_force_with_its_sections() {
        navigate("resolutions/68", ResolutionView.class);
        assertThat(find(H2.class).withId("resolution-heading").single().getText())
                .isEqualTo("RESOLUTION 68 (Rev. New Delhi, 2024)");
        assertThat(find(H3.class).all()).extracting(H3::getText)
                .contains("considering", "recognizing further", "resolves to instruct TSAG");
        assertThat(find(Span.class).withText("(was 5)").all()).hasSize(1);
        assertThat(find(Span.class).withText("Deleted by this revision (was 3)").all()).hasSize(1);
    }

    @Test
    void a_clause_without_a_report_shows_the_status_derived_from_its_items_and_says_so() {
        navigate("resolutions/68", ResolutionView.class);
        assertThat(find(Span.class).all()).extracting(Span::getText)
                .anyMatch(t -> t.matches("(In progress|Continuous/ongoing|Not started|Completed), derived from its .*linked item.*"));
        navigate(ResolutionListView.class);
        @SuppressWarnings("unchecked")
        Grid<ResolutionSummary> grid = find(Grid.class).withId("resolution-grid").single();
        assertThat(test(grid).getCellText(0, 5)).contains("derived from linked items");
    }

    @Test
    void the_revision_can_be_chosen_in_the_url() {
        UI.getCurrent().navigate("resolutions/68", QueryParameters.of("rev", "2016"));
        assertThat(find(H2.class).withId("resolution-heading").single().getText())
                .isEqualTo("RESOLUTION 68 (Rev. Hammamet, 2016)");
    }

    @Test
    void an_unknown_resolution_says_so() {
        navigate("resolutions/999", ResolutionView.class);
        assertThat(find(Paragraph.class).withText("There is no resolution 999.").all()).hasSize(1);
    }
}
