package org.tsag.tracker.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.tsag.tracker.audit.AuditEntry;
import com.vaadin.flow.component.html.H2;
import org.tsag.tracker.meeting.MeetingService;
import org.tsag.tracker.meeting.NewMeeting;
import org.tsag.tracker.testsupport.ViewTestBase;

/** The chairs' audit journal: filters from the URL, changes in words, refused to other roles. */
@WithMockUser(username = "chair@example.org", roles = {"CHAIR", "ADMIN"})
class AuditViewTest extends ViewTestBase {

    @Autowired
    MeetingService meetings;

    @BeforeEach
    void change() {
        if (meetings.list().stream().noneMatch(m -> m.code().equals("TSAG-AUDIT-VIEW"))) {
            meetings.create(new NewMeeting("TSAG-AUDIT-VIEW", "TSAG", "TSAG meeting", "Geneva",
                    LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 5), "2025-2028", false));
        }
    }

    @SuppressWarnings("unchecked")
    private Grid<AuditEntry> grid() {
        return find(Grid.class).withId("audit-grid").single();
    }

    @Test
    void the_filter_in_the_url_fills_the_fields_and_narrows_the_rows() {
        UI.getCurrent().navigate("audit", QueryParameters.fromString("table=meeting&actor=chair@example.org&action=INSERT"));
        assertThat(getCurrentView()).isInstanceOf(AuditView.class);
        assertThat(find(ComboBox.class).withId("audit-table").single().getValue()).isEqualTo("meeting");
        assertThat(find(TextField.class).withId("audit-actor").single().getValue()).isEqualTo("chair@example.org");
        assertThat(find(Select.class).withId("audit-action").single().getValue()).isEqualTo("INSERT");
        Grid<AuditEntry> grid = grid();
        assertThat(test(grid).size()).isPositive();
        for (int i = 0; i < test(grid).size(); i++) {
            AuditEntry row = test(grid).getRow(i);
            assertThat(row.tableName()).isEqualTo("meeting");
            assertThat(row.action()).isEqualTo("INSERT");
        }
    }

    @Test
    void a_change_is_shown_in_words_not_as_json() {
        UI.getCurrent().navigate("audit", QueryParameters.fromString("table=meeting&action=INSERT"));
        Grid<AuditEntry> grid = grid();
        int row = -1;
        for (int i = 0; i < test(grid).size(); i++) {
            if (test(grid).getRow(i).newValues().contains("TSAG-AUDIT-VIEW")) {
                row = i;
            }
        }
        assertThat(row).as("the new meeting is in the journal").isNotNegative();
        String change = AuditView.change(test(grid).getRow(row));
        assertThat(change).contains("TSAG-AUDIT-VIEW").doesNotContain("{").doesNotContain("\":");
    }

    @Test
    void an_unknown_action_in_the_url_is_ignored_rather_than_failing() {
        UI.getCurrent().navigate("audit", QueryParameters.fromString("action=DROP&from=not-a-date"));
        assertThat(getCurrentView()).isInstanceOf(AuditView.class);
        assertThat(find(Select.class).withId("audit-action").single().getValue()).isEqualTo("");
        assertThat(test(grid()).size()).isPositive();
    }

    @Test
    @WithMockUser(username = "member@example.org", roles = "MEMBER")
    void a_member_gets_the_apps_refusal_page() {
        UI.getCurrent().navigate("audit");
        assertThat(getCurrentView()).isNotInstanceOf(AuditView.class);
        assertThat(find(H2.class).withId("error-title").single().getText()).isIn("This page is not open to you", "Page not found");
    }
}
