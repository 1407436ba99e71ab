package org.tsag.tracker.resolution.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.tsag.tracker.resolution.ResolutionPage;
import org.tsag.tracker.resolution.ResolutionService;
import org.tsag.tracker.testsupport.ViewTestBase;

/** The import preview shows every flagged line with a choice and imports nothing until each is decided. */
@WithMockUser(username = "tsb@example.org", roles = "TSB")
class ImportFlagsViewTest extends ViewTestBase {

    private static final String HEAD = "RESOLUTION %s (Geneva, 2022)\nA resolution to test the preview\n"
            + "The World Telecommunication Standardization Assembly (Geneva, 2022),\n";

    @Autowired
    ResolutionService service;

    private void paste(String text) {
        navigate(ResolutionImportView.class);
        test(find(TextArea.class).withId("import-text").single()).setValue(text);
        test(find(Button.class).withId("import-parse").single()).click();
    }

    private boolean importEnabled() {
        return find(Button.class).withId("import-run").single().isEnabled();
    }

    @SuppressWarnings("unchecked")
    private void choose(String id, String label) {
        test((RadioButtonGroup<String>) find(RadioButtonGroup.class).withId(id).single()).selectItem(label);
    }

    @Test
    void an_unknown_heading_must_be_decided_and_can_be_read_as_clause_text() {
        paste(HEAD.formatted("901") + "considering\na)\tone;\nb)\ttwo,\ncommissions the Secretary-General\n1\tto study it;\n2\tto report.");
        assertThat(importEnabled()).isFalse();
        assertThat(find(TextField.class).withId("import-section-1-heading").single().getValue())
                .isEqualTo("commissions the Secretary-General");

        choose("import-flag-7", "It is text of the clause above");

        assertThat(find(TextField.class).withId("import-section-1-heading").all()).isEmpty();
        assertThat(importEnabled()).isTrue();
        test(find(Button.class).withId("import-run").single()).click();
        assertThat(service.find("901", 2022).orElseThrow().revision().sections()).hasSize(1);
    }

    @Test
    void a_guessed_change_shows_why_guessing_is_on_and_can_be_read_as_written() throws IOException {
        paste(seed());
        assertThat(importEnabled()).isFalse();
        assertThat(find(Div.class).withId("import-evidence").single().getChildren().map(c -> ((Span) c).getText()))
                .anyMatch(text -> text.startsWith("Line 3 is a proposal's MOD marker"));
        assertThat(find(Span.class).withText("Deleted (was 3)").all()).hasSize(1);

        choose("import-flag-47", "Read it as written, with no change");

        assertThat(find(Span.class).withText("Deleted (was 3)").all()).isEmpty();
        assertThat(importEnabled()).isFalse();
    }

    @Test
    void an_unknown_addressee_is_created_as_an_entity_on_import_and_known_afterwards() {
        String body = "draws the attention of the next plenipotentiary conference\n1\tto consider it.";
        paste(HEAD.formatted("902") + body);
        assertThat(importEnabled()).isFalse();
        assertThat(find(TextField.class).withId("import-addressee-0-code").single().getValue())
                .isEqualTo("NEXT-PLENIPOTENTIARY-CONFERENCE");

        choose("import-addressee-0", "Create it as a new entity");
        assertThat(importEnabled()).isTrue();
        test(find(Button.class).withId("import-run").single()).click();

        ResolutionPage.Section section = service.find("902", 2022).orElseThrow().revision().sections().get(0);
        assertThat(section.addresseeEntities()).containsExactly("the next plenipotentiary conference");
        paste(HEAD.formatted("903") + body);
        assertThat(find(RadioButtonGroup.class).withId("import-addressee-0").all()).isEmpty();
        assertThat(importEnabled()).isTrue();
    }

    @Test
    void the_directors_of_the_three_bureaux_are_the_three_bureaux() {
        paste(HEAD.formatted("904") + "requests the Secretary-General and the Directors of the three Bureaux\n1\tto cooperate.");
        assertThat(find(RadioButtonGroup.class).withId("import-addressee-0").all()).isEmpty();
        test(find(Button.class).withId("import-run").single()).click();

        assertThat(service.find("904", 2022).orElseThrow().revision().sections().get(0).addresseeEntities())
                .containsExactlyInAnyOrder("Secretary-General / General Secretariat", "Director of TSB", "BDT", "BR");
    }

    private static String seed() throws IOException {
        try (InputStream in = ImportFlagsViewTest.class.getResourceAsStream("/resolution/res68-citel-mod-wtsa24.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
