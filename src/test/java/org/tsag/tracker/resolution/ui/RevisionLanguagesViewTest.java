package org.tsag.tracker.resolution.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.tsag.tracker.base.SystemAuthentication;
import org.tsag.tracker.demo.DemoDataService;
import org.tsag.tracker.i18n.Languages;
import org.tsag.tracker.resolution.ResolutionPage;
import org.tsag.tracker.resolution.ResolutionService;
import org.tsag.tracker.resolution.RevisionTextService;
import org.tsag.tracker.testsupport.ViewTestBase;

/**
 * A revision holds its text in more than one language: the page shows the reader's language where the text
 * exists in it, else the imported text, and says which one it shows (issue 15).
 */
@WithMockUser(username = "tsb@example.org", roles = "TSB")
class RevisionLanguagesViewTest extends ViewTestBase {

    @Autowired
    DemoDataService demo;

    @Autowired
    ResolutionService resolutions;

    @Autowired
    RevisionTextService texts;

    private ResolutionPage.Section operative;
    private ResolutionPage.Clause first;
    private long revisionId;

    @BeforeEach
    void french_text_of_the_first_operative_clause() {
        SystemAuthentication.run(demo::loadIfEmpty);
        ResolutionPage page = resolutions.find("68", 2024).orElseThrow();
        revisionId = page.revision().id();
        operative = page.revision().sections().stream().filter(ResolutionPage.Section::operative).findFirst().orElseThrow();
        first = operative.clauses().getFirst();
        texts.saveTranslation(revisionId, "fr", "Mise en œuvre de la Résolution 68 (texte d’essai)", null,
                Map.of(operative.id(), "décide de charger le Directeur du TSB"),
                Map.of(first.id(), "de continuer d’organiser des réunions de dirigeants (texte d’essai)"));
    }

    @Test
    void a_french_reader_sees_the_french_text_and_is_told_so() {
        UI.getCurrent().setLocale(Languages.FRENCH);
        navigate("resolutions/68", ResolutionView.class);

        assertThat(find(H3.class).all()).extracting(H3::getText)
                .contains("Mise en œuvre de la Résolution 68 (texte d’essai)", "décide de charger le Directeur du TSB");
        assertThat(find(Span.class).withText("de continuer d’organiser des réunions de dirigeants (texte d’essai)").all())
                .hasSize(1);
        assertThat(find(Paragraph.class).withId("resolution-language").single().getText())
                .isEqualTo("Texte en français (traduction enregistrée avec cette révision).");
        // a clause without a French text keeps the imported one
        String second = operative.clauses().get(1).text();
        assertThat(find(Span.class).withText(second).all()).hasSize(1);
    }

    @Test
    void an_arabic_reader_sees_the_imported_english_text_and_is_told_why() {
        UI.getCurrent().setLocale(Languages.ARABIC);
        navigate("resolutions/68", ResolutionView.class);

        assertThat(find(Span.class).withText(first.text()).all()).hasSize(1);
        assertThat(find(Paragraph.class).withId("resolution-language").single().getText())
                .isEqualTo("لغة النص: الإنجليزية (اللغة التي استُورد بها)؛ النص غير متاح باللغة العربية.");
    }

    @Test
    void an_english_reader_sees_the_imported_text() {
        UI.getCurrent().setLocale(Languages.ENGLISH);
        navigate("resolutions/68", ResolutionView.class);

        assertThat(find(Span.class).withText(first.text()).all()).hasSize(1);
        assertThat(find(Paragraph.class).withId("resolution-language").single().getText())
                .isEqualTo("Text in English, the language it was imported in.");
    }

    @Test
    void a_translation_names_one_of_itus_languages_and_only_this_revisions_clauses() {
        assertThatThrownBy(() -> texts.saveTranslation(revisionId, "de", "Titel", null, Map.of(), Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> texts.saveTranslation(revisionId, "en", "Title", null, Map.of(), Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
        long older = resolutions.find("68", 2016).orElseThrow().revision().id();
        assertThatThrownBy(() -> texts.saveTranslation(older, "es", "Título", null, Map.of(),
                Map.of(first.id(), "texto")))
                .isInstanceOf(IllegalArgumentException.class);
        // nothing half-written: the refused Spanish translation left no title behind
        assertThat(texts.forReader(older, "imported", Languages.SPANISH).shown()).isEqualTo("en");
    }
}
