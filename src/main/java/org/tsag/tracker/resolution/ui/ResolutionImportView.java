package org.tsag.tracker.resolution.ui;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.dao.DataAccessException;
import org.tsag.tracker.base.ui.BoundedUpload;
import org.tsag.tracker.base.Roles;
import org.tsag.tracker.base.ui.Controls;
import org.tsag.tracker.base.ui.PageLayout;
import org.tsag.tracker.resolution.DuplicateRevisionException;
import org.tsag.tracker.resolution.ImportPreview;
import org.tsag.tracker.resolution.ImportRejectedException;
import org.tsag.tracker.resolution.ResolutionService;
import org.tsag.tracker.resolution.RevisionImport;
import org.tsag.tracker.resolution.RevisionImports;
import org.tsag.tracker.resolution.parse.ParseFlag;
import org.tsag.tracker.resolution.parse.ParseOptions;
import org.tsag.tracker.resolution.parse.ParsedResolution;
import org.tsag.tracker.resolution.parse.ResolutionParseException;
import org.tsag.tracker.resolution.parse.ResolutionParser;

/**
 * Import a revision: paste text or upload .txt / .docx, check how every line was read (warnings and
 * ignored lines beside their line), decide every flagged line (unknown heading, guessed change,
 * unknown addressee), correct labels, headings, kinds and lineage, then import in one transaction.
 * Nothing is written until every flag is decided and the import succeeds as a whole.
 */
@Route("resolutions/import")
@RolesAllowed({Roles.TSB, Roles.CHAIR})
class ResolutionImportView extends PageLayout implements HasDynamicTitle, ImportFlagsPanel.Decisions {

    private static final int MAX_FILE_SIZE = 20 * 1024 * 1024;

    private final ResolutionService service;
    private final ResolutionParser parser = new ResolutionParser();

    private final TextArea text = new TextArea();
    private final ProgressBar progress = new ProgressBar();
    private final Span progressLabel = new Span();
    private final Div message = new Div();
    private final Div preview = new Div();
    private final Checkbox inForce = new Checkbox();
    private final Button importButton = new Button();

    /** How to read the current input again with a person's answers to its flags. */
    private Reading reading;
    private String source;
    private String shownText;
    /** Per flagged line: whether its reading was accepted; a rejected one is read again differently. */
    private final Map<Integer, Boolean> flagDecisions = new HashMap<>();
    private final Map<Integer, ParseFlag.Kind> flagKinds = new HashMap<>();
    private ImportDraft draft;
    private ImportFlagsPanel flagsPanel;

    ResolutionImportView(ResolutionService service) {
        this.service = service;

        text.setId("import-text");
        text.setLabel(getTranslation("import.text"));
        text.setHelperText(getTranslation("import.text.help"));
        text.setWidthFull();
        text.setMaxHeight("20rem");
        Button parse = new Button(getTranslation("import.parse"), e -> {
            String value = text.getValue();
            start(getTranslation("import.source.pasted"), value, options -> parser.parse(value, options));
        });
        parse.setId("import-parse");

        // the size limit holds on the server too; the file goes to a temporary file while it arrives
        Upload upload = new Upload(new BoundedUpload(this, MAX_FILE_SIZE, this::readFile,
                (fileName, max) -> showError(getTranslation("upload.too-large", max / (1024 * 1024))))
                .withProgress(new UploadProgress()));
        upload.setId("import-upload");
        upload.setAcceptedFileTypes(".txt", ".docx", "text/plain",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_FILE_SIZE);
        upload.addFileRejectedListener(e -> showError(getTranslation("import.file.rejected", e.getErrorMessage())));

        Controls.progressBar(progress, "import-progress", getTranslation("import.progress"));
        progressLabel.setVisible(false);

        message.setId("import-message");
        message.addClassName("import-message");
        preview.setId("import-preview");

        inForce.setId("import-in-force");
        inForce.setLabel(getTranslation("import.inforce"));
        inForce.setValue(true);
        importButton.setText(getTranslation("import.run"));
        importButton.setId("import-run");
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.addClickListener(e -> runImport());
        importButton.setEnabled(false);

        add(new H2(getTranslation("import.title")), text, parse, upload, progressLabel, progress, message, preview,
                new HorizontalLayout(inForce, importButton));
    }

    /** Shows the transfer of a large file; polling carries the updates to the browser while it runs. */
    private final class UploadProgress implements BoundedUpload.Progress {
        @Override
        public void started(UI ui, String fileName) {
            ui.access(() -> {
                progress.setIndeterminate(false);
                progress.setValue(0);
                progress.setVisible(true);
                progressLabel.setText(getTranslation("import.progress.upload", fileName));
                progressLabel.setVisible(true);
                ui.setPollInterval(500);
            });
        }

        @Override
        public void transferred(UI ui, long bytes, long total) {
            if (total > 0) {
                ui.access(() -> progress.setValue(Math.min(1.0, (double) bytes / total)));
            }
        }

        @Override
        public void ended(UI ui) {
            ui.access(() -> {
                ui.setPollInterval(-1);
                progress.setVisible(false);
                progressLabel.setVisible(false);
            });
        }
    }

    void readFile(String fileName, byte[] bytes) {
        String content;
        try {
            content = ResolutionParser.textOf(bytes);
        } catch (ResolutionParseException e) {
            showError(getTranslation("import.error.line", Math.max(1, e.line()), e.getMessage()));
            return;
        }
        if (content != null) {
            text.setValue(content);
        }
        start(getTranslation("import.source.file", fileName), content, options -> parser.parseFile(bytes, options));
    }

    private interface Reading {
        ParsedResolution read(ParseOptions options) throws ResolutionParseException;
    }

    private void start(String source, String content, Reading reading) {
        this.source = source;
        this.shownText = content;
        this.reading = reading;
        flagDecisions.clear();
        flagKinds.clear();
        read(Map.of());
    }

    /** Reads the input (again), keeping the decisions on unknown addressees taken so far. */
    private void read(Map<String, RevisionImport.NewEntity> addresseeChoices) {
        preview.removeAll();
        message.removeAll();
        importButton.setEnabled(false);
        draft = null;
        progressLabel.setText(getTranslation("import.progress.parse"));
        progress.setIndeterminate(true);
        ParsedResolution parsed;
        try {
            parsed = reading.read(options());
        } catch (ResolutionParseException e) {
            showError(e.line() > 0 ? getTranslation("import.error.line", e.line(), e.getMessage())
                    : getTranslation("import.error", e.getMessage()));
            return;
        } finally {
            progress.setVisible(false);
            progressLabel.setVisible(false);
        }
        RevisionImport base;
        try {
            base = RevisionImports.from(parsed, source, shownText, true);
        } catch (IllegalArgumentException e) {
            showError(getTranslation("import.error.line", ImportDraft.headerLine(parsed), e.getMessage()));
            return;
        }
        ImportPreview lineage = service.previewImport(base);
        draft = ImportDraft.of(parsed, base, lineage, shownText == null ? List.of() : shownText.lines().toList());
        addresseeChoices.forEach((name, entity) -> {
            if (lineage.unknownAddressees().stream().anyMatch(a -> a.name().equals(name))) {
                draft.addresseeChoices.put(name, entity);
            }
        });
        parsed.flags().forEach(flag -> flagKinds.put(flag.line(), flag.kind()));
        if (lineage.duplicate()) {
            showError(getTranslation("import.error.line", draft.headerLine,
                    new DuplicateRevisionException(base.number(), base.place(), base.year()).getMessage()));
        }
        flagsPanel = new ImportFlagsPanel(draft, flagDecisions, this);
        preview.add(flagsPanel, new ImportPreviewPanel(draft));
        updateImportButton();
    }

    private ParseOptions options() {
        Set<Integer> notHeadings = new HashSet<>();
        Set<Integer> cleanLines = new HashSet<>();
        flagDecisions.forEach((line, accepted) -> {
            if (!accepted) {
                (flagKinds.get(line) == ParseFlag.Kind.UNKNOWN_HEADING ? notHeadings : cleanLines).add(line);
            }
        });
        return new ParseOptions(notHeadings, cleanLines);
    }

    @Override
    public void flag(ParseFlag flag, boolean accepted) {
        flagDecisions.put(flag.line(), accepted);
        if (accepted) {
            updateImportButton();
        } else {
            read(Map.copyOf(withoutNulls(draft.addresseeChoices)));
        }
    }

    @Override
    public void addressee(ImportPreview.UnknownAddressee addressee, RevisionImport.NewEntity create, boolean decided) {
        if (decided) {
            draft.addresseeChoices.put(addressee.name(), create);
        } else {
            draft.addresseeChoices.remove(addressee.name());
        }
        updateImportButton();
    }

    @Override
    public void acceptAll() {
        draft.parsed.flags().forEach(flag -> flagDecisions.putIfAbsent(flag.line(), true));
        draft.lineage.unknownAddressees().forEach(a -> draft.addresseeChoices.putIfAbsent(a.name(), null));
        // the reading stays as it is (with the person's corrections): only the choices are shown again
        ImportFlagsPanel decided = new ImportFlagsPanel(draft, flagDecisions, this);
        preview.replace(flagsPanel, decided);
        flagsPanel = decided;
        updateImportButton();
    }

    private static Map<String, RevisionImport.NewEntity> withoutNulls(Map<String, RevisionImport.NewEntity> choices) {
        Map<String, RevisionImport.NewEntity> copy = new HashMap<>();
        choices.forEach((k, v) -> {
            if (v != null) {
                copy.put(k, v);
            }
        });
        return copy;
    }

    /** Flags still waiting for a decision; the import is possible only when there are none. */
    private long undecided() {
        if (draft == null) {
            return 0;
        }
        long flags = draft.parsed.flags().stream().filter(f -> !flagDecisions.containsKey(f.line())).count();
        long addressees = draft.lineage.unknownAddressees().stream()
                .filter(a -> !draft.addresseeChoices.containsKey(a.name())).count();
        return flags + addressees;
    }

    private void updateImportButton() {
        importButton.setEnabled(draft != null && undecided() == 0);
    }

    void runImport() {
        if (draft == null) {
            return;
        }
        message.removeAll();
        if (undecided() > 0) {
            showError(getTranslation("import.error.undecided", undecided()));
            return;
        }
        for (ImportDraft.Section section : draft.sections) {
            for (ImportDraft.Clause clause : section.clauses) {
                if (clause.parsed.label() != null && !clause.parsed.label().isEmpty()
                        && (clause.label == null || clause.label.isBlank())) {
                    showError(getTranslation("import.error.line", clause.line,
                            getTranslation("import.error.nolabel", section.heading)));
                    return;
                }
            }
        }
        RevisionImport revision = draft.toImport(inForce.getValue());
        try {
            service.importRevision(revision);
            showSuccess(revision);
        } catch (DuplicateRevisionException e) {
            showError(getTranslation("import.error.line", draft.headerLine, e.getMessage()));
        } catch (ImportRejectedException e) {
            showError(getTranslation("import.error.line", draft.lineOf(e.section(), e.clause()), e.getMessage()));
        } catch (IllegalArgumentException | DataAccessException e) {
            showError(getTranslation("import.error", e.getMessage()));
        }
    }

    private void showSuccess(RevisionImport revision) {
        importButton.setEnabled(false);
        Span done = new Span(getTranslation("import.done", revision.number(), revision.place(), revision.year()));
        done.setId("import-done");
        done.addClassName("import-done");
        message.add(done, new Anchor("resolutions/" + revision.number() + "?rev=" + revision.year(),
                getTranslation("import.open.page")));
    }

    private void showError(String text) {
        message.removeAll();
        Span error = new Span(text);
        error.setId("import-error");
        error.addClassName("import-error");
        error.getElement().setAttribute("role", "alert");
        message.add(error);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("import.title");
    }
}
