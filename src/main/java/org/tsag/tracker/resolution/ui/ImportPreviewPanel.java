package org.tsag.tracker.resolution.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.tsag.tracker.base.ui.Controls;
import org.tsag.tracker.resolution.RevisionImport;
import org.tsag.tracker.resolution.parse.IgnoredLine;
import org.tsag.tracker.resolution.parse.LineRole;
import org.tsag.tracker.resolution.parse.ParseWarning;
import org.tsag.tracker.resolution.parse.SourceLine;

/**
 * The structure of a parsed revision for correction before import: each section with its heading,
 * kind and addressee, each clause with its label, change and lineage, and every input line with how it
 * was read, warnings and reasons for ignored lines beside it.
 */
final class ImportPreviewPanel extends Div {

    private static final long NO_LINEAGE = -1L;

    private final ImportDraft draft;

    ImportPreviewPanel(ImportDraft draft) {
        this.draft = draft;
        setId("import-preview-body");
        RevisionImport base = draft.base;
        H3 heading = new H3(getTranslation("import.preview.heading", base.number(), base.place(), base.year()));
        heading.setId("import-preview-heading");
        add(heading, new Paragraph(base.title()));
        if (base.history() != null) {
            add(new Paragraph(base.history()));
        }
        draft.parsed.footnotes().forEach(note -> add(new Paragraph(getTranslation("resolution.clause.footnote", note))));
        Paragraph previous = new Paragraph(draft.lineage.previousRevision() == null
                ? getTranslation("import.preview.noprevious")
                : getTranslation("import.preview.previous", draft.lineage.previousRevision()));
        previous.setId("import-previous");
        add(previous);
        Paragraph counts = new Paragraph(getTranslation("import.preview.counts", draft.sections.size(),
                draft.parsed.warnings().size(), draft.parsed.ignored().size()));
        counts.setId("import-counts");
        add(counts);
        for (int s = 0; s < draft.sections.size(); s++) {
            add(section(s, draft.sections.get(s)));
        }
        add(lines());
    }

    private Component section(int index, ImportDraft.Section section) {
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
        if (section.parsed.addressees().size() > 1) {
            addressee.setHelperText(getTranslation("import.section.addressees",
                    String.join(" · ", section.parsed.addressees())));
        }

        HorizontalLayout fields = Controls.baselineRow(lineTag(section.line), heading, previousHeading, kind, addressee);
        fields.setWidthFull();
        box.add(fields);
        warningsBetween(section.line, section.line + 1).forEach(box::add);
        for (int c = 0; c < section.clauses.size(); c++) {
            box.add(clause(index, c, section.clauses.get(c)));
        }
        return box;
    }

    private Component clause(int s, int c, ImportDraft.Clause clause) {
        Div row = new Div();
        row.addClassName("import-clause");
        TextField label = new TextField();
        label.setId("import-clause-" + s + "-" + c + "-label");
        label.setLabel(getTranslation("import.clause.label"));
        label.setValue(Objects.toString(clause.label, ""));
        label.setWidth("6rem");
        label.setReadOnly(clause.label == null);
        label.addValueChangeListener(e -> clause.label = e.getValue().trim());

        Span change = new Span(changeLabel(clause.parsed.change(), Objects.toString(clause.parsed.previousLabel(), "")));
        change.addClassName("import-change");

        HorizontalLayout head = Controls.baselineRow(lineTag(clause.line), label, change);
        if (!draft.lineage.options().isEmpty()) {
            head.add(lineage(s, c, clause));
        }
        Span body = new Span(clause.parsed.text());
        body.addClassName("import-clause-text");
        row.add(head, body);
        clause.parsed.subItems().forEach(sub -> {
            // sub-items keep their dash, bullet or label as written
            Span item = new Span(sub);
            item.addClassName("clause-note");
            row.add(item);
        });
        clause.parsed.footnotes().forEach(note -> {
            Span footnote = new Span(getTranslation("resolution.clause.footnote", note));
            footnote.addClassName("clause-note");
            row.add(footnote);
        });
        warningsBetween(clause.line, clause.nextLine).forEach(row::add);
        return row;
    }

    private Select<Long> lineage(int s, int c, ImportDraft.Clause clause) {
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
        return lineage;
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

    Span lineTag(int line) {
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
            row.add(lineTag(line.line()), new Span(roleLabel(line.role())), new Span(content));
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
}
