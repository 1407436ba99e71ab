package org.tsag.tracker.resolution.ui;

import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.TransferContext;
import com.vaadin.flow.server.streams.TransferProgressListener;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.dao.DataAccessException;
import org.tsag.tracker.base.Roles;
import org.tsag.tracker.resolution.DuplicateRevisionException;
import org.tsag.tracker.resolution.ImportPreview;
import org.tsag.tracker.resolution.ImportRejectedException;
import org.tsag.tracker.resolution.ResolutionService;
import org.tsag.tracker.resolution.RevisionImport;
import org.tsag.tracker.resolution.RevisionImports;
import org.tsag.tracker.resolution.parse.IgnoredLine;
import org.tsag.tracker.resolution.parse.LineRole;
import org.tsag.tracker.resolution.parse.ParseWarning;
import org.tsag.tracker.resolution.parse.ParsedClause;
import org.tsag.tracker.resolution.parse.ParsedResolution;
import org.tsag.tracker.resolution.parse.ParsedSection;
import org.tsag.tracker.resolution.parse.ResolutionParseException;
import org.tsag.tracker.resolution.parse.ResolutionParser;
import org.tsag.tracker.resolution.parse.SourceLine;

/**
 * Import a revision: paste text or upload .txt / .docx, check how every line was read (warnings and
 * ignored lines beside their line), correct labels, headings, kinds and lineage, then import in one
 * transaction. Nothing is written until the import succeeds as a whole.
 */
@Route("resolutions/import")
@RolesAllowed({Roles.TSB, Roles.CHAIR})
class ResolutionImportView extends VerticalLayout implements HasDynamicTitle {

    private static final int MAX_FILE_SIZE = 20 * 1024 * 1024;
    private static final long NO_LINEAGE = -1L;

    private final ResolutionService service;
    private final ResolutionParser parser = new ResolutionParser();

    private final TextArea text = new TextArea();
    private final ProgressBar progress = new ProgressBar();
    private final Span progressLabel = new Span();
    private final Div message = new Div();
    private final Div preview = new Div();
    private final Checkbox inForce = new Checkbox();
    private final Button importButton = new Button();

    /** What was read, and the person's corrections to it, until it is imported. */
    private Draft draft;

    ResolutionImportView(ResolutionService service) {
        this.service = service;
        addClassName("view");
        setPadding(false);

        text.setId("import-text");
        text.setLabel(getTranslation("import.text"));
        text.setHelperText(getTranslation("import.text.help"));
        text.setWidthFull();
        text.setMaxHeight("20rem");
        Button parse = new Button(getTranslation("import.parse"), e -> {
            String value = text.getValue();
            read(getTranslation("import.source.pasted"), value, () -> parser.parse(value), value);
        });
        parse.setId("import-parse");

        Upload upload = new Upload(UploadHandler.inMemory(
                // runs in the upload request; accessSynchronously also works when that thread holds the lock
                (metadata, bytes) -> getUI().ifPresent(ui -> ui.accessSynchronously(() -> {
                    ui.setPollInterval(-1);
                    readFile(metadata.fileName(), bytes);
                })),
                new UploadProgress()));
        upload.setId("import-upload");
        upload.setAcceptedFileTypes(".txt", ".docx", "text/plain",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_FILE_SIZE);
        upload.addFileRejectedListener(e -> showError(getTranslation("import.file.rejected", e.getErrorMessage())));

        progress.setId("import-progress");
        progress.setVisible(false);
        progressLabel.setVisible(false);
        progress.getElement().setAttribute("aria-label", getTranslation("import.progress"));

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
    private final class UploadProgress implements TransferProgressListener {
        @Override
        public void onStart(TransferContext context) {
            context.getUI().access(() -> {
                progress.setIndeterminate(false);
                progress.setValue(0);
                progress.setVisible(true);
                progressLabel.setText(getTranslation("import.progress.upload", context.fileName()));
                progressLabel.setVisible(true);
                context.getUI().setPollInterval(500);
            });
        }

        @Override
        public void onProgress(TransferContext context, long transferred, long total) {
            if (total > 0) {
                context.getUI().access(() -> progress.setValue(Math.min(1.0, (double) transferred / total)));
            }
        }

        @Override
        public void onError(TransferContext context, java.io.IOException reason) {
            context.getUI().access(() -> {
                context.getUI().setPollInterval(-1);
                progress.setVisible(false);
                progressLabel.setVisible(false);
            });
        }
    }

    void readFile(String fileName, byte[] bytes) {
        String source = getTranslation("import.source.file", fileName);
        if (bytes.length >= 2 && bytes[0] == 'P' && bytes[1] == 'K') {
            read(source, null, () -> parser.parseDocx(new ByteArrayInputStream(bytes)), null);
            return;
        }
        try {
            String content = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            text.setValue(content);
            read(source, content, () -> parser.parse(content), content);
        } catch (CharacterCodingException e) {
            showError(getTranslation("import.file.encoding", fileName));
        }
    }

    private interface Reading {
        ParsedResolution read() throws ResolutionParseException;
    }

    private void read(String source, String fullText, Reading reading, String shownText) {
        preview.removeAll();
        message.removeAll();
        importButton.setEnabled(false);
        draft = null;
        progressLabel.setText(getTranslation("import.progress.parse"));
        progress.setIndeterminate(true);
        ParsedResolution parsed;
        try {
            parsed = reading.read();
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
            base = RevisionImports.from(parsed, source, fullText, true);
        } catch (IllegalArgumentException e) {
            showError(getTranslation("import.error.line", headerLine(parsed), e.getMessage()));
            return;
        }
        ImportPreview lineage = service.previewImport(base);
        draft = Draft.of(parsed, base, lineage, shownText == null ? List.of() : shownText.lines().toList());
        if (lineage.duplicate()) {
            showError(getTranslation("import.error.line", draft.headerLine,
                    new DuplicateRevisionException(base.number(), base.place(), base.year()).getMessage()));
        }
        showPreview();
        importButton.setEnabled(true);
    }

    private static int headerLine(ParsedResolution parsed) {
        return parsed.sourceLines().stream()
                .filter(l -> l.role() == LineRole.HEADER)
                .map(SourceLine::line)
                .findFirst()
                .orElse(1);
    }

    private void showPreview() {
        RevisionImport base = draft.base;
        H3 heading = new H3(getTranslation("import.preview.heading", base.number(), base.place(), base.year()));
        heading.setId("import-preview-heading");
        preview.add(heading, new Paragraph(base.title()));
        if (base.history() != null) {
            preview.add(new Paragraph(base.history()));
        }
        Paragraph previous = new Paragraph(draft.lineage.previousRevision() == null
                ? getTranslation("import.preview.noprevious")
                : getTranslation("import.preview.previous", draft.lineage.previousRevision()));
        previous.setId("import-previous");
        preview.add(previous);
        Paragraph counts = new Paragraph(getTranslation("import.preview.counts", draft.sections.size(),
                draft.parsed.warnings().size(), draft.parsed.ignored().size()));
        counts.setId("import-counts");
        preview.add(counts);
        for (int s = 0; s < draft.sections.size(); s++) {
            preview.add(section(s, draft.sections.get(s)));
        }
        preview.add(lines());
    }

    private Component section(int index, DraftSection section) {
        Div box = new Div();
        box.addClassName("import-section");
        TextField heading = new TextField(getTranslation("import.section.heading"));
        heading.setId("import-section-" + index + "-heading");
        heading.setValue(Objects.toString(section.heading, ""));
        heading.setWidthFull();
        heading.addValueChangeListener(e -> section.heading = e.getValue().trim());
        TextField previousHeading = new TextField(getTranslation("import.section.previousHeading"));
        previousHeading.setId("import-section-" + index + "-previous");
        previousHeading.setValue(Objects.toString(section.previousHeading, ""));
        previousHeading.addValueChangeListener(e -> section.previousHeading = e.getValue().isBlank() ? null : e.getValue().trim());
        Select<String> kind = new Select<>();
        kind.setId("import-section-" + index + "-kind");
        kind.setLabel(getTranslation("import.section.kind"));
        kind.setItems("PREAMBLE", "OPERATIVE");
        kind.setItemLabelGenerator(k -> "OPERATIVE".equals(k) ? getTranslation("resolution.section.operative")
                : getTranslation("resolution.section.preamble"));
        kind.setValue(section.kind);
        kind.addValueChangeListener(e -> section.kind = e.getValue());
        TextField addressee = new TextField(getTranslation("import.section.addressee"));
        addressee.setId("import-section-" + index + "-addressee");
        addressee.setValue(Objects.toString(section.addressee, ""));
        addressee.addValueChangeListener(e -> section.addressee = e.getValue().isBlank() ? null : e.getValue().trim());

        Span line = lineTag(section.line);
        HorizontalLayout fields = new HorizontalLayout(line, heading, previousHeading, kind, addressee);
        fields.setAlignItems(Alignment.BASELINE);
        fields.setWrap(true);
        fields.setWidthFull();
        box.add(fields);
        warningsBetween(section.line, section.line + 1).forEach(box::add);

        for (int c = 0; c < section.clauses.size(); c++) {
            box.add(clause(index, c, section.clauses.get(c)));
        }
        return box;
    }

    private Component clause(int s, int c, DraftClause clause) {
        Div row = new Div();
        row.addClassName("import-clause");
        TextField label = new TextField();
        label.setId("import-clause-" + s + "-" + c + "-label");
        label.setLabel(getTranslation("import.clause.label"));
        label.setValue(Objects.toString(clause.label, ""));
        label.setWidth("6rem");
        label.setReadOnly(clause.label == null);
        label.addValueChangeListener(e -> clause.label = e.getValue().trim());

        Span change = new Span(changeLabel(clause.change, Objects.toString(clause.previousLabel, "")));
        change.addClassName("import-change");

        HorizontalLayout head = new HorizontalLayout(lineTag(clause.line), label, change);
        head.setAlignItems(Alignment.BASELINE);
        head.setWrap(true);
        if (!draft.lineage.options().isEmpty()) {
            Select<Long> lineage = new Select<>();
            lineage.setId("import-clause-" + s + "-" + c + "-lineage");
            lineage.setLabel(getTranslation("import.clause.lineage"));
            List<Long> ids = new ArrayList<>();
            ids.add(NO_LINEAGE);
            draft.lineage.options().forEach(o -> ids.add(o.clauseId()));
            lineage.setItems(ids);
            lineage.setItemLabelGenerator(id -> id == NO_LINEAGE ? getTranslation("import.clause.lineage.none")
                    : draft.lineage.options().stream()
                            .filter(o -> o.clauseId() == id)
                            .findFirst()
                            .map(o -> getTranslation("import.clause.lineage.option", o.section(), o.label()))
                            .orElse(""));
            lineage.setValue(clause.lineage == null ? NO_LINEAGE : clause.lineage);
            lineage.addValueChangeListener(e -> clause.lineage = e.getValue() == null || e.getValue() == NO_LINEAGE
                    ? null : e.getValue());
            head.add(lineage);
        }
        Span body = new Span(clause.text);
        body.addClassName("import-clause-text");
        row.add(head, body);
        clause.subItems.forEach(sub -> {
            // sub-items keep their dash, bullet or label as written; older imports stored them bare
            Span item = new Span(sub.matches("^(?:[–—\\-•·▪◦]|[a-z]{1,4}\\)|\\d).*") ? sub : "– " + sub);
            item.addClassName("clause-note");
            row.add(item);
        });
        clause.footnotes.forEach(note -> {
            Span footnote = new Span(getTranslation("resolution.clause.footnote", note));
            footnote.addClassName("clause-note");
            row.add(footnote);
        });
        warningsBetween(clause.line, clause.nextLine).forEach(row::add);
        return row;
    }

    private String changeLabel(String change, String previousLabel) {
        return switch (change) {
            case "INSERTED" -> getTranslation("import.clause.change.INSERTED");
            case "DELETED" -> getTranslation("import.clause.change.DELETED", previousLabel);
            case "RELABELLED" -> getTranslation("import.clause.change.RELABELLED", previousLabel);
            case "UNCERTAIN" -> getTranslation("import.clause.change.UNCERTAIN");
            default -> getTranslation("import.clause.change.UNCHANGED");
        };
    }

    private String roleLabel(LineRole role) {
        return switch (role) {
            case HEADER -> getTranslation("import.role.HEADER");
            case TITLE -> getTranslation("import.role.TITLE");
            case HISTORY -> getTranslation("import.role.HISTORY");
            case ASSEMBLY -> getTranslation("import.role.ASSEMBLY");
            case HEADING -> getTranslation("import.role.HEADING");
            case CLAUSE -> getTranslation("import.role.CLAUSE");
            case SUB_ITEM -> getTranslation("import.role.SUB_ITEM");
            case CONTINUATION -> getTranslation("import.role.CONTINUATION");
            case FOOTNOTE -> getTranslation("import.role.FOOTNOTE");
            case IGNORED -> getTranslation("import.role.IGNORED");
        };
    }

    private Span lineTag(int line) {
        Span tag = new Span(getTranslation("import.line", line));
        tag.addClassName("import-line");
        return tag;
    }

    /** The warnings about lines from {@code first} up to (not including) {@code end}, to stand beside them. */
    private List<Span> warningsBetween(int first, int end) {
        List<Span> spans = new ArrayList<>();
        for (ParseWarning warning : draft.parsed.warnings()) {
            if (warning.line() >= first && warning.line() < Math.max(end, first + 1)) {
                Span span = new Span(getTranslation("import.warning", warning.line(), warning.message()));
                span.addClassName("import-warning");
                spans.add(span);
            }
        }
        return spans;
    }

    /** Every input line with how it was read; warnings and reasons for ignored lines beside it. */
    private Component lines() {
        Div list = new Div();
        list.setId("import-lines");
        Map<Integer, List<String>> notes = new TreeMap<>();
        draft.parsed.warnings().forEach(w -> notes.computeIfAbsent(w.line(), k -> new ArrayList<>())
                .add(getTranslation("import.lines.warning", w.message())));
        for (IgnoredLine ignored : draft.parsed.ignored()) {
            notes.computeIfAbsent(ignored.line(), k -> new ArrayList<>())
                    .add(getTranslation("import.lines.ignored", ignored.text(), ignored.reason()));
        }
        for (SourceLine line : draft.parsed.sourceLines()) {
            Div row = new Div();
            row.addClassName("import-source-line");
            if (line.role() == LineRole.IGNORED) {
                row.addClassName("import-ignored");
            }
            String content = line.line() - 1 < draft.textLines.size() ? draft.textLines.get(line.line() - 1) : "";
            row.add(lineTag(line.line()), new Span(roleLabel(line.role())),
                    new Span(content));
            notes.getOrDefault(line.line(), List.of()).forEach(n -> {
                Span note = new Span(n);
                note.addClassName("import-warning");
                row.add(note);
            });
            list.add(row);
        }
        notes.getOrDefault(0, List.of()).forEach(n -> list.addComponentAsFirst(new Span(n)));
        Details details = new Details(getTranslation("import.lines.title", draft.parsed.sourceLines().size()), list);
        details.setOpened(!draft.parsed.ignored().isEmpty() || !draft.parsed.warnings().isEmpty());
        return details;
    }

    void runImport() {
        if (draft == null) {
            return;
        }
        message.removeAll();
        for (DraftSection section : draft.sections) {
            for (DraftClause clause : section.clauses) {
                if (clause.originalLabel != null && !clause.originalLabel.isEmpty()
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
        message.add(done, new com.vaadin.flow.component.html.Anchor("resolutions/" + revision.number()
                + "?rev=" + revision.year(), getTranslation("import.open.page")));
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

    /** The parsed revision as the person corrects it. */
    private static final class Draft {
        final ParsedResolution parsed;
        final RevisionImport base;
        final ImportPreview lineage;
        final List<String> textLines;
        final List<DraftSection> sections = new ArrayList<>();
        final int headerLine;

        private Draft(ParsedResolution parsed, RevisionImport base, ImportPreview lineage, List<String> textLines) {
            this.parsed = parsed;
            this.base = base;
            this.lineage = lineage;
            this.textLines = textLines;
            this.headerLine = headerLine(parsed);
        }

        static Draft of(ParsedResolution parsed, RevisionImport base, ImportPreview lineage, List<String> textLines) {
            Draft draft = new Draft(parsed, base, lineage, textLines);
            int lastLine = parsed.sourceLines().size() + 1;
            for (int s = 0; s < parsed.sections().size(); s++) {
                ParsedSection section = parsed.sections().get(s);
                RevisionImport.SectionImport imported = base.sections().get(s);
                DraftSection draftSection = new DraftSection(imported, section.line());
                int nextSectionLine = s + 1 < parsed.sections().size() ? parsed.sections().get(s + 1).line() : lastLine;
                for (int c = 0; c < section.clauses().size(); c++) {
                    ParsedClause clause = section.clauses().get(c);
                    int next = c + 1 < section.clauses().size() ? section.clauses().get(c + 1).line() : nextSectionLine;
                    Long inferred = s < lineage.inferred().size() && c < lineage.inferred().get(s).size()
                            ? lineage.inferred().get(s).get(c) : null;
                    draftSection.clauses.add(new DraftClause(imported.clauses().get(c), clause.line(), next, inferred));
                }
                draft.sections.add(draftSection);
            }
            return draft;
        }

        int lineOf(int section, int clause) {
            if (section < 0 || section >= sections.size()) {
                return headerLine;
            }
            DraftSection s = sections.get(section);
            return clause < 0 || clause >= s.clauses.size() ? s.line : s.clauses.get(clause).line;
        }

        RevisionImport toImport(boolean inForce) {
            boolean explicitLineage = !lineage.options().isEmpty();
            return new RevisionImport(base.number(), base.title(), base.place(), base.year(), base.history(),
                    base.assemblyLine(), base.previousPlace(), base.previousYear(), base.source(), base.fullText(),
                    inForce, sections.stream().map(s -> s.toImport(explicitLineage)).toList());
        }
    }

    private static final class DraftSection {
        String heading;
        String previousHeading;
        String kind;
        String addressee;
        final int line;
        final List<DraftClause> clauses = new ArrayList<>();

        DraftSection(RevisionImport.SectionImport section, int line) {
            this.heading = section.heading();
            this.previousHeading = section.previousHeading();
            this.kind = section.kind();
            this.addressee = section.addressee();
            this.line = line;
        }

        RevisionImport.SectionImport toImport(boolean explicitLineage) {
            return new RevisionImport.SectionImport(heading, previousHeading, kind, addressee,
                    clauses.stream().map(c -> c.toImport(explicitLineage)).toList());
        }
    }

    private static final class DraftClause {
        String label;
        final String originalLabel;
        final String previousLabel;
        final String change;
        final String text;
        final List<String> subItems;
        final List<String> footnotes;
        final int line;
        final int nextLine;
        Long lineage;

        DraftClause(RevisionImport.ClauseImport clause, int line, int nextLine, Long inferred) {
            this.label = clause.label();
            this.originalLabel = clause.label();
            this.previousLabel = clause.previousLabel();
            this.change = clause.change();
            this.text = clause.text();
            this.subItems = clause.subItems();
            this.footnotes = clause.footnotes();
            this.line = line;
            this.nextLine = nextLine;
            this.lineage = inferred;
        }

        RevisionImport.ClauseImport toImport(boolean explicitLineage) {
            String chosenLabel = label == null ? null : label.trim();
            return new RevisionImport.ClauseImport(chosenLabel, previousLabel, change, text, subItems, footnotes,
                    explicitLineage ? new RevisionImport.Lineage(lineage) : null);
        }
    }
}
