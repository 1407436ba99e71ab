package org.tsag.tracker.resolution.ui;

import org.tsag.tracker.status.StatusJournal;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.tsag.tracker.base.SystemAuthentication;
import org.tsag.tracker.demo.DemoDataService;
import org.tsag.tracker.status.Evidence;
import org.tsag.tracker.status.NewClauseEvent;
import org.tsag.tracker.resolution.ResolutionService;
import org.tsag.tracker.resolution.ResolutionSummary;
import org.tsag.tracker.testsupport.ViewTestBase;

/** Citations, linked items, implementation reports, compare and search, as users see them. */
@WithMockUser(username = "tsb@example.org", roles = "TSB")
class ResolutionPageAdditionsTest extends ViewTestBase {

    @Autowired
    DemoDataService demo;

    @Autowired
    StatusJournal journal;

    @Autowired
    ResolutionService service;

    @BeforeEach
    void loadDemo() {
        SystemAuthentication.run(demo::loadIfEmpty);
    }

    @Test
    void an_operative_clause_shows_its_itu_citation_and_a_copy_button() {
        navigate("resolutions/68", ResolutionView.class);
        assertThat(find(Span.class).withText("Res. 68 (Rev. New Delhi, 2024), resolves to instruct the Director of TSB, 9")
                .all()).hasSize(1);
        assertThat(find(Span.class).withText("Res. 68 (Rev. New Delhi, 2024), resolves to instruct TSAG, 3").all())
                .hasSize(1);
        assertThat(find(Button.class).withCondition(b -> b.hasClassName("resolution-citation-copy")).all())
                .hasSize(17);
    }

    @Test
    void an_operative_clause_lists_its_action_items_with_their_current_status() {
        navigate("resolutions/68", ResolutionView.class);
        assertThat(find(Span.class).withCondition(s -> s.getText().startsWith("68-8 Publish CxO conclusions")).all())
                .isNotEmpty();
        assertThat(find(Span.class).withCondition(s -> s.getText().startsWith("68-1 ")
                && s.getText().endsWith(": Continuous/ongoing")).all()).isNotEmpty();
    }

    @Test
    void a_report_recorded_on_the_page_appears_in_the_clause_history() {
        long tsb10 = service.findOperativeClauseId("68", 2024, 1, "10").orElseThrow();
        navigate("resolutions/68", ResolutionView.class);
        test(find(Button.class).withId("report-clause-" + tsb10).single()).click();
        test(find(Select.class).withId("report-status").single()).selectItem("In progress");
        test(find(TextField.class).withId("report-evidence").single()).setValue("TSAG TD 700");
        test(find(Button.class).withId("report-save").single()).click();

        assertThat(find(ListItem.class).withCondition(li -> li.getText().startsWith("2025-2028: In progress")).all())
                .hasSize(1);
        assertThat(find(Span.class).withText("Evidence: TD TSAG TD 700").all()).hasSize(1);
    }

    @Test
    void a_2024_clause_shows_the_report_made_on_the_2016_clause_it_continues() {
        long tsb6of2016 = service.findOperativeClauseId("68", 2016, 1, "6").orElseThrow();
        journal.reportClause(new NewClauseEvent(tsb6of2016, "2022-2024", "REPORT", "ONGOING", null, null,
                "Conclusions taken into account by TSAG", LocalDate.of(2023, 5, 30),
                List.of(new Evidence("TD", "TSAG TD 300", null))));
        navigate("resolutions/68", ResolutionView.class);
        assertThat(find(Span.class).withText(" (reported on clause 6 of the 2016 revision)").all()).hasSize(1);
        assertThat(find(ListItem.class).withCondition(li -> li.getText().startsWith("2022-2024: Continuous/ongoing"))
                .all()).hasSize(1);
    }

    @Test
    @WithMockUser(username = "member@example.org", roles = "MEMBER")
    void members_see_no_report_buttons() {
        navigate("resolutions/68", ResolutionView.class);
        assertThat(find(Button.class).withCondition(b -> b.getId().orElse("").startsWith("report-clause-")).all())
                .isEmpty();
    }

    @Test
    @WithMockUser(username = "member@example.org", roles = "MEMBER")
    void the_compare_view_shows_2016_against_2024_with_lineage_and_word_marks() {
        UI.getCurrent().navigate("resolutions/68/compare", QueryParameters.simple(java.util.Map.of("from", "2016", "to", "2024")));
        assertThat(find(H2.class).withId("compare-heading").single().getText())
                .isEqualTo("RESOLUTION 68: Rev. Hammamet, 2016 to Rev. New Delhi, 2024");
        assertThat(find(Span.class).withText("TSB 8 (was 5)").all()).hasSize(1);
        assertThat(find(Span.class).withText("TSB 3 (deleted)").all()).hasSize(1);
        assertThat(find(Span.class).withText("TSAG 2 (new)").all()).hasSize(1);
        assertThat(find(Span.class).withCondition(s -> s.hasClassName("compare-ins")
                && s.getText().equals("[+ and expand +]")).all()).isNotEmpty();
        assertThat(find(Span.class).withCondition(s -> s.hasClassName("compare-del")
                && s.getText().startsWith("[- ") && s.getText().endsWith(" -]")).all()).isNotEmpty();
        assertThat(find(Paragraph.class).withId("compare-summary").single().getText())
                .matches("[1-9]\\d* added, [1-9]\\d* deleted, [1-9]\\d* relabelled, [1-9]\\d* changed");
    }

    @Test
    @WithMockUser(username = "member@example.org", roles = "MEMBER")
    void the_list_is_searchable_by_words_of_the_title() {
        UI.getCurrent().navigate("resolutions", QueryParameters.of("q", "industry"));
        @SuppressWarnings("unchecked")
        Grid<ResolutionSummary> grid = find(Grid.class).withId("resolution-grid").single();
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(find(TextField.class).withId("resolution-search").single().getValue()).isEqualTo("industry");

        UI.getCurrent().navigate("resolutions", QueryParameters.of("q", "satellite"));
        assertThat(find(Paragraph.class).withId("resolution-empty").single().getText())
                .isEqualTo("No resolution matches \"satellite\".");
    }
}
