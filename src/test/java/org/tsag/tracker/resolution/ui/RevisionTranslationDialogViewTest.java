package org.tsag.tracker.resolution.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.tsag.tracker.base.SystemAuthentication;
import org.tsag.tracker.demo.DemoDataService;
import org.tsag.tracker.i18n.Languages;
import org.tsag.tracker.resolution.ResolutionPage;
import org.tsag.tracker.resolution.ResolutionService;
import org.tsag.tracker.testsupport.ViewTestBase;

/** TSB staff enter a resolution's text in another language on its page; readers of that language then see it (issue 15). */
@WithMockUser(username = "tsb@example.org", roles = "TSB")
class RevisionTranslationDialogViewTest extends ViewTestBase {

    @Autowired
    DemoDataService demo;

    @Autowired
    ResolutionService resolutions;

    private ResolutionPage.Section operative;
    private ResolutionPage.Clause first;

    @BeforeEach
    void demoData() {
        SystemAuthentication.run(demo::loadIfEmpty);
        ResolutionPage page = resolutions.find("68", 2024).orElseThrow();
        operative = page.revision().sections().stream().filter(ResolutionPage.Section::operative).findFirst().orElseThrow();
        first = operative.clauses().stream().filter(c -> c.label() != null).findFirst().orElseThrow();
    }

    @Test
    @SuppressWarnings("unchecked")
    void tsb_staff_add_a_spanish_text_preview_it_and_spanish_readers_see_it() {
        UI.getCurrent().setLocale(Languages.SPANISH);
        navigate("resolutions/68", ResolutionView.class);
        Button open = find(Button.class).withId("resolution-translate").single();
        assertThat(open.getText()).isEqualTo("Añadir o editar el texto en español");
        test(open).click();

        Select<java.util.Locale> language = find(Select.class).withId("translation-language").single();
        assertThat(language.getValue()).isEqualTo(Languages.SPANISH);
        // the imported language (English) is not offered: its text is the imported one
        assertThat(language.getListDataView().getItems()).hasSize(5).doesNotContain(Languages.ENGLISH);
        test(find(TextField.class).withId("translation-title").single()).setValue("Aplicación de la Resolución 68 (prueba)");
        test(find(TextField.class).withId("translation-heading-" + operative.id()).single()).setValue("resuelve encargar al Director de la TSB");
        test(find(TextArea.class).withId("translation-clause-" + first.id()).single()).setValue("que siga organizando reuniones (prueba)");
        test(find(Button.class).withId("translation-preview-button").single()).click();
        Div preview = find(Div.class).withId("translation-preview").single();
        assertThat(preview.getElement().getTextRecursively())
                .contains("Aplicación de la Resolución 68 (prueba)", "que siga organizando reuniones (prueba)")
                // a clause left empty shows its imported text
                .contains(operative.clauses().get(1).text());
        test(find(Button.class).withId("translation-save").single()).click();

        assertThat(find(H3.class).all()).extracting(H3::getText)
                .contains("Aplicación de la Resolución 68 (prueba)", "resuelve encargar al Director de la TSB");
        assertThat(find(Span.class).withText("que siga organizando reuniones (prueba)").all()).hasSize(1);
        assertThat(find(Paragraph.class).withId("resolution-language").single().getText())
                .isEqualTo("Texto en español (traducción guardada con esta revisión).");

        // opened again, the dialog shows what is stored, ready to edit
        test(find(Button.class).withId("resolution-translate").single()).click();
        assertThat(find(TextField.class).withId("translation-title").single().getValue())
                .isEqualTo("Aplicación de la Resolución 68 (prueba)");
    }

    @Test
    @SuppressWarnings("unchecked")
    void an_arabic_text_file_fills_the_full_text_right_to_left_and_a_title_is_required() {
        UI.getCurrent().setLocale(Languages.ENGLISH);
        navigate("resolutions/68", ResolutionView.class);
        Button open = find(Button.class).withId("resolution-translate").single();
        assertThat(open.getText()).isEqualTo("Add/edit text in another language");
        test(open).click();
        test(find(Select.class).withId("translation-language").single()).selectItem("العربية");
        RevisionTranslationDialog dialog = find(RevisionTranslationDialog.class).single();
        dialog.readFile("68-ar.txt", "تنفيذ القرار 68\nيقرر تكليف مدير مكتب تقييس الاتصالات".getBytes(StandardCharsets.UTF_8));
        TextArea full = find(TextArea.class).withId("translation-text").single();
        assertThat(full.getValue()).startsWith("تنفيذ القرار 68");
        assertThat(full.getElement().getAttribute("dir")).isEqualTo("rtl");

        test(find(Button.class).withId("translation-save").single()).click();
        TextField title = find(TextField.class).withId("translation-title").single();
        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo("The title in this language is needed.");
    }

    @Test
    @WithMockUser(username = "member@example.org", roles = "MEMBER")
    void a_member_has_no_button_to_enter_a_text() {
        navigate("resolutions/68", ResolutionView.class);
        assertThat(find(Button.class).withId("resolution-translate").all()).isEmpty();
    }
}
