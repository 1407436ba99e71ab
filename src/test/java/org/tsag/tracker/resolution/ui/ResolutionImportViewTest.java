package org.tsag.tracker.resolution.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.tsag.tracker.resolution.ResolutionService;
import org.tsag.tracker.resolution.ResolutionSummary;
import org.tsag.tracker.testsupport.ViewTestBase;

/** The import view refuses bad input and duplicates with a message naming the line, and writes nothing. */
@WithMockUser(username = "tsb@example.org", roles = "TSB")
class ResolutionImportViewTest extends ViewTestBase {

    @Autowired
    ResolutionService service;

    private void paste(String text) {
        navigate(ResolutionImportView.class);
        test(find(TextArea.class).withId("import-text").single()).setValue(text);
        test(find(Button.class).withId("import-parse").single()).click();
    }

    private String error() {
        return find(Span.class).withId("import-error").single().getText();
    }

    private int storedRevisions() {
        return service.list().stream().mapToInt(ResolutionSummary::revisions).sum();
    }

    @Test
    void text_that_is_no_resolution_gets_a_message_and_cannot_be_imported() {
        int before = storedRevisions();
        paste("Minutes of the meeting\nNothing to see here.");
        assertThat(error()).isNotBlank();
        assertThat(find(Button.class).withId("import-run").single().isEnabled()).isFalse();
        assertThat(storedRevisions()).isEqualTo(before);
    }

    @Test
    void a_decision_is_refused_naming_its_header_line_and_what_it_is() {
        int before = storedRevisions();
        paste("Basic texts\nDECISION 3 (Minneapolis, 1998)\nTreatment of decisions\n"
                + "The Plenipotentiary Conference (Minneapolis, 1998),\ndecides\n1\tthat it applies.");
        assertThat(error()).startsWith("Line 2: \"DECISION 3 (Minneapolis, 1998)\" heads a decision, not a resolution the tracker reads");
        assertThat(find(Button.class).withId("import-run").single().isEnabled()).isFalse();
        assertThat(storedRevisions()).isEqualTo(before);
    }

    @Test
    void the_preview_shows_the_structure_with_warnings_beside_their_lines() throws IOException {
        paste(seed());
        assertThat(find(Span.class).withText("Line 44").all()).isNotEmpty();
        assertThat(find(TextField.class).withId("import-section-4-heading").single().getValue())
                .isEqualTo("resolves to instruct the Director of the Telecommunication Standardization Bureau");
        // the doubled label "3" on line 47 is a guess, and the warning says so beside that clause
        assertThat(find(Span.class).withCondition(s -> s.hasClassName("import-warning")
                && s.getText().startsWith("Warning: Line 47: label \"3\"")).all()).hasSize(2);
        // ignored Word residue is listed with its reason
        assertThat(find(Span.class).withCondition(s -> s.getText().startsWith("Ignored \"")).all()).isNotEmpty();
    }

    @Test
    void a_label_used_twice_is_refused_naming_its_line_and_nothing_is_written() throws IOException {
        int before = storedRevisions();
        paste(seed());
        // section 4 is "resolves to instruct the Director of TSB"; its clauses 1 and 2 stand on lines 45 and 46
        test(find(TextField.class).withId("import-clause-4-0-label").single()).setValue("2");
        acceptAllAndImport();
        assertThat(error()).startsWith("Line 46: Label '2' is used twice in section");
        assertThat(storedRevisions()).isEqualTo(before);
    }

    @Test
    void a_section_kind_can_be_changed_before_import_and_a_duplicate_is_then_refused() throws IOException {
        paste(seed());
        test(find(Select.class).withId("import-section-6-kind").single()).selectItem("Preamble");
        acceptAllAndImport();
        assertThat(find(Span.class).withId("import-done").single().getText())
                .isEqualTo("Imported Resolution 68 (Rev. New Delhi, 2024).");
        assertThat(service.find("68", 2024).orElseThrow().revision().sections().get(6).kind()).isEqualTo("PREAMBLE");
        int after = storedRevisions();

        paste(seed());
        String expected = "Line 4: Resolution 68 (Rev. New Delhi, 2024) is already in the database; nothing was imported.";
        assertThat(error()).isEqualTo(expected);
        acceptAllAndImport();
        assertThat(error()).isEqualTo(expected);
        assertThat(storedRevisions()).isEqualTo(after);
    }

    private static String seed() throws IOException {
        try (InputStream in = ResolutionImportViewTest.class.getResourceAsStream("/resolution/res68-citel-mod-wtsa24.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
    /** The seed's guessed changes are flagged: accept every reading as shown, then import. */
    private void acceptAllAndImport() {
        find(Button.class).withId("import-accept-all").all().forEach(button -> test(button).click());
        test(find(Button.class).withId("import-run").single()).click();
    }
}
