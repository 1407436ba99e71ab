package org.tsag.tracker.resolution.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import org.tsag.tracker.base.ui.BoundedUpload;
import org.tsag.tracker.i18n.Languages;
import org.tsag.tracker.resolution.ResolutionPage;
import org.tsag.tracker.resolution.RevisionText;
import org.tsag.tracker.resolution.RevisionTextService;
import org.tsag.tracker.resolution.parse.ResolutionParseException;
import org.tsag.tracker.resolution.parse.ResolutionParser;

/**
 * Enters a revision's text in one more of ITU's languages (issue 15): its title, the full text (pasted, or read
 * from a .txt or .docx file) and, field by field, the section headings and clauses that the resolution page shows
 * to readers of that language. A field left empty keeps the imported text there. Preview shows what will be stored.
 */
class RevisionTranslationDialog extends Dialog {

    private static final int MAX_FILE_SIZE = 5 * 1024 * 1024;

    private final RevisionTextService texts;
    private final ResolutionPage.Revision revision;
    private final Runnable saved;
    private final Select<Locale> language = new Select<>();
    private final TextField title = new TextField();
    private final TextArea fullText = new TextArea();
    private final Map<Long, TextField> headings = new LinkedHashMap<>();
    private final Map<Long, TextArea> clauses = new LinkedHashMap<>();
    private final Div preview = new Div();
    private final Span error = new Span();

    RevisionTranslationDialog(RevisionTextService texts, ResolutionPage.Revision revision, String imported, Locale initial,
                              Runnable saved) {
        this.texts = texts;
        this.revision = revision;
        this.saved = saved;
        setId("translation-dialog");
        setHeaderTitle(getTranslation("resolution.translate.title"));
        setWidth("min(56rem, 100%)");

        language.setId("translation-language");
        language.setLabel(getTranslation("resolution.translate.language"));
        List<Locale> others = Languages.SUPPORTED.stream().filter(l -> !l.getLanguage().equals(imported)).toList();
        language.setItems(others);
        language.setItemLabelGenerator(Languages::nativeName);

        title.setId("translation-title");
        title.setLabel(getTranslation("resolution.translate.heading"));
        title.setHelperText(revision.title());
        title.setRequiredIndicatorVisible(true);
        title.setWidthFull();

        fullText.setId("translation-text");
        fullText.setLabel(getTranslation("resolution.translate.full"));
        fullText.setWidthFull();
        fullText.setMaxHeight("14rem");
        Upload upload = new Upload(new BoundedUpload(this, MAX_FILE_SIZE, this::readFile,
                (fileName, max) -> showError(getTranslation("upload.too-large", max / (1024 * 1024)))));
        upload.setId("translation-upload");
        upload.setAcceptedFileTypes(".txt", ".docx", "text/plain",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_FILE_SIZE);

        VerticalLayout parts = new VerticalLayout();
        parts.setPadding(false);
        parts.add(new Paragraph(getTranslation("resolution.translate.parts")));
        for (ResolutionPage.Section section : revision.sections()) {
            if (section.heading() != null && !section.heading().isBlank()) {
                TextField heading = new TextField(getTranslation("resolution.translate.section"));
                heading.setId("translation-heading-" + section.id());
                heading.setHelperText(section.heading());
                heading.setWidthFull();
                headings.put(section.id(), heading);
                parts.add(heading);
            }
            for (ResolutionPage.Clause clause : section.clauses()) {
                if (clause.label() == null || clause.text() == null) {
                    continue;
                }
                TextArea text = new TextArea(getTranslation("resolution.translate.clause", clause.label()));
                text.setId("translation-clause-" + clause.id());
                text.setHelperText(clause.text().length() > 140 ? clause.text().substring(0, 139) + "\u2026" : clause.text());
                text.setWidthFull();
                clauses.put(clause.id(), text);
                parts.add(text);
            }
        }

        preview.setId("translation-preview");
        preview.addClassName("translation-preview");
        error.setId("translation-error");
        error.addClassName("import-message");

        language.addValueChangeListener(e -> load(e.getValue()));
        language.setValue(initial != null && others.contains(initial) ? initial : others.getFirst());

        Button show = new Button(getTranslation("resolution.translate.preview"), e -> showPreview());
        show.setId("translation-preview-button");
        Button save = new Button(getTranslation("resolution.translate.save"), e -> save());
        save.setId("translation-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("resolution.translate.cancel"), e -> close());
        cancel.setId("translation-cancel");
        add(new VerticalLayout(language, title, fullText, upload, parts, error, preview));
        getFooter().add(cancel, show, save);
    }

    /** Fills the fields with the stored text in that language, if any, and sets their writing direction. */
    private void load(Locale chosen) {
        if (chosen == null) {
            return;
        }
        RevisionText stored = texts.forReader(revision.id(), revision.title(), chosen);
        boolean exists = stored.translated() && stored.shown().equals(chosen.getLanguage());
        title.setValue(exists ? stored.title() : "");
        headings.forEach((id, field) -> field.setValue(exists ? stored.headings().getOrDefault(id, "") : ""));
        clauses.forEach((id, field) -> field.setValue(exists ? stored.clauses().getOrDefault(id, "") : ""));
        String dir = Languages.rightToLeft(chosen) ? "rtl" : "ltr";
        String lang = chosen.toLanguageTag();
        for (Component field : fields()) {
            field.getElement().setAttribute("dir", dir);
            field.getElement().setAttribute("lang", lang);
        }
        preview.removeAll();
        preview.getElement().setAttribute("dir", dir);
        preview.getElement().setAttribute("lang", lang);
    }

    private List<Component> fields() {
        List<Component> all = new java.util.ArrayList<>(List.of(title, fullText));
        all.addAll(headings.values());
        all.addAll(clauses.values());
        return all;
    }

    void readFile(String fileName, byte[] bytes) {
        try {
            fullText.setValue(ResolutionParser.plainText(bytes));
            error.setText("");
        } catch (ResolutionParseException e) {
            showError(getTranslation("resolution.translate.file.error", fileName, e.getMessage()));
        }
    }

    private void showPreview() {
        preview.removeAll();
        preview.add(new H4(getTranslation("resolution.translate.preview")));
        preview.add(new H3(title.getValue().isBlank() ? revision.title() : title.getValue().strip()));
        for (ResolutionPage.Section section : revision.sections()) {
            TextField heading = headings.get(section.id());
            if (heading != null) {
                preview.add(new Paragraph(new Span(filled(heading, section.heading()))));
            }
            for (ResolutionPage.Clause clause : section.clauses()) {
                TextArea text = clauses.get(clause.id());
                if (text != null) {
                    preview.add(new Paragraph(clause.label() + " " + filled(text, clause.text())));
                }
            }
        }
    }

    private static String filled(HasValue<?, String> field, String imported) {
        return field.getValue() == null || field.getValue().isBlank() ? imported : field.getValue().strip();
    }

    private void save() {
        Locale chosen = language.getValue();
        if (title.getValue().isBlank()) {
            title.setInvalid(true);
            title.setErrorMessage(getTranslation("resolution.translate.title.required"));
            return;
        }
        title.setInvalid(false);
        Map<Long, String> headingTexts = new LinkedHashMap<>();
        headings.forEach((id, field) -> {
            if (!field.getValue().isBlank()) {
                headingTexts.put(id, field.getValue());
            }
        });
        Map<Long, String> clauseTexts = new LinkedHashMap<>();
        clauses.forEach((id, field) -> {
            if (!field.getValue().isBlank()) {
                clauseTexts.put(id, field.getValue());
            }
        });
        try {
            texts.saveTranslation(revision.id(), chosen.getLanguage(), title.getValue(),
                    fullText.getValue().isBlank() ? null : fullText.getValue(), headingTexts, clauseTexts);
        } catch (IllegalArgumentException e) {
            showError(getTranslation("resolution.translate.error", e.getMessage()));
            return;
        }
        Notification.show(getTranslation("resolution.translate.saved", Languages.nativeName(chosen)));
        close();
        saved.run();
    }

    private void showError(String message) {
        error.setText(message);
    }
}
