package org.tsag.tracker.resolution.ui;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.tsag.tracker.base.ui.Controls;
import org.tsag.tracker.resolution.ImportPreview;
import org.tsag.tracker.resolution.RevisionImport;
import org.tsag.tracker.resolution.parse.ChangeEvidence;
import org.tsag.tracker.resolution.parse.ParseFlag;

/**
 * Every line the parser could not read with certainty, each with a choice: an unknown heading (a
 * heading, or text of the clause above), a guessed tracked change (as read, or as written with no
 * change; with the evidence that switched guessing on) and an addressee no entity goes by (create it,
 * or keep it as text). Nothing is imported until each is decided.
 */
final class ImportFlagsPanel extends Div {

    static final String ACCEPT = "accept";
    static final String REJECT = "reject";
    private static final List<String> KINDS = List.of("BODY", "GROUP", "OFFICIAL", "BUREAU", "MEMBERSHIP", "REGION");

    /** Receives a decision on a flag: accepted keeps the reading; otherwise the text is read again. */
    interface Decisions {
        void flag(ParseFlag flag, boolean accepted);

        void addressee(ImportPreview.UnknownAddressee addressee, RevisionImport.NewEntity create, boolean decided);

        void acceptAll();
    }

    ImportFlagsPanel(ImportDraft draft, Map<Integer, Boolean> decided, Decisions decisions) {
        setId("import-flags");
        addClassName("import-flags");
        List<ParseFlag> flags = draft.parsed.flags();
        List<ImportPreview.UnknownAddressee> unknown = draft.lineage.unknownAddressees();
        if (flags.isEmpty() && unknown.isEmpty()) {
            return;
        }
        add(new H3(getTranslation("import.flags.title", flags.size() + unknown.size())));
        add(new Paragraph(getTranslation("import.flags.help")));
        if (!draft.parsed.changeEvidence().isEmpty()) {
            Div evidence = new Div();
            evidence.setId("import-evidence");
            evidence.add(new Span(getTranslation("import.flags.evidence")));
            for (ChangeEvidence sign : draft.parsed.changeEvidence()) {
                Span reason = new Span(sign.reason());
                reason.addClassName("clause-note");
                evidence.add(reason);
            }
            add(evidence);
        }
        for (ParseFlag flag : flags) {
            add(flag(flag, decided.get(flag.line()), decisions));
        }
        for (int i = 0; i < unknown.size(); i++) {
            add(addressee(i, unknown.get(i), draft, decisions));
        }
        Button acceptAll = new Button(getTranslation("import.flags.acceptAll"), e -> decisions.acceptAll());
        acceptAll.setId("import-accept-all");
        add(acceptAll);
    }

    private Div flag(ParseFlag flag, Boolean decided, Decisions decisions) {
        Div row = new Div();
        row.addClassName("import-flag");
        Span line = new Span(getTranslation("import.line", flag.line()));
        line.addClassName("import-line");
        Span message = new Span(flag.message());
        message.addClassName("import-warning");
        RadioButtonGroup<String> choice = new RadioButtonGroup<>();
        choice.setId("import-flag-" + flag.line());
        choice.setLabel(getTranslation("import.flags.choice"));
        choice.setItems(ACCEPT, REJECT);
        String kind = flag.kind() == ParseFlag.Kind.UNKNOWN_HEADING ? "heading" : "change";
        choice.setItemLabelGenerator(item -> getTranslation("import.flags." + kind + "." + item));
        if (decided != null) {
            choice.setValue(decided ? ACCEPT : REJECT);
        }
        choice.addValueChangeListener(e -> {
            if (e.isFromClient() || e.getValue() != null) {
                decisions.flag(flag, ACCEPT.equals(e.getValue()));
            }
        });
        row.add(line, message, choice);
        return row;
    }

    private Div addressee(int index, ImportPreview.UnknownAddressee unknown, ImportDraft draft, Decisions decisions) {
        Div row = new Div();
        row.addClassName("import-flag");
        String heading = unknown.section() < draft.sections.size() ? draft.sections.get(unknown.section()).heading : "";
        int line = unknown.section() < draft.sections.size() ? draft.sections.get(unknown.section()).line : draft.headerLine;
        Span tag = new Span(getTranslation("import.line", line));
        tag.addClassName("import-line");
        Span message = new Span(getTranslation("import.flags.addressee", unknown.name(), heading));
        message.addClassName("import-warning");
        TextField code = new TextField(getTranslation("import.flags.addressee.code"));
        code.setId("import-addressee-" + index + "-code");
        code.setValue(unknown.suggestedCode());
        code.setMaxLength(40);
        Select<String> kind = new Select<>();
        kind.setId("import-addressee-" + index + "-kind");
        kind.setLabel(getTranslation("import.flags.addressee.kind"));
        kind.setItems(KINDS);
        kind.setItemLabelGenerator(k -> getTranslation("import.entity.kind." + k));
        kind.setValue("BODY");
        RadioButtonGroup<String> choice = new RadioButtonGroup<>();
        choice.setId("import-addressee-" + index);
        choice.setLabel(getTranslation("import.flags.choice"));
        choice.setItems(ACCEPT, REJECT);
        choice.setItemLabelGenerator(item -> getTranslation("import.flags.addressee." + item));
        if (draft.addresseeChoices.containsKey(unknown.name())) {
            RevisionImport.NewEntity chosen = draft.addresseeChoices.get(unknown.name());
            choice.setValue(chosen == null ? REJECT : ACCEPT);
            if (chosen != null) {
                code.setValue(chosen.code());
                kind.setValue(chosen.kind());
            }
        }
        Runnable send = () -> decisions.addressee(unknown, ACCEPT.equals(choice.getValue())
                ? new RevisionImport.NewEntity(code.getValue().trim(), unknown.name(), kind.getValue()) : null,
                choice.getValue() != null);
        choice.addValueChangeListener(e -> send.run());
        code.addValueChangeListener(e -> send.run());
        kind.addValueChangeListener(e -> send.run());
        row.add(tag, message, Controls.baselineRow(choice, code, kind));
        return row;
    }
}
