package org.tsag.tracker.resolution.ui;

import org.tsag.tracker.status.StatusJournal;
import java.time.LocalDate;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.springframework.dao.DataAccessException;
import org.tsag.tracker.status.Evidence;
import org.tsag.tracker.status.NewClauseEvent;
import org.tsag.tracker.resolution.ReferenceOption;
import org.tsag.tracker.resolution.ResolutionService;

/** Records a report on the implementation of an operative clause in a study period. */
class ClauseReportDialog extends Dialog {

    private static final List<String> KINDS = List.of("REPORT", "DECISION", "CARRY_OVER", "REOPEN", "CORRECTION");
    private static final List<String> RAGS = List.of("GREEN", "AMBER", "RED");

    private final Select<ReferenceOption> period = new Select<>();
    private final Select<ReferenceOption> status = new Select<>();
    private final Select<String> kind = new Select<>();
    private final IntegerField progress = new IntegerField();
    private final Select<String> rag = new Select<>();
    private final DatePicker occurredOn = new DatePicker();
    private final TextArea narrative = new TextArea();
    private final Select<String> evidenceKind = new Select<>();
    private final TextField evidenceReference = new TextField();
    private final Span error = new Span();

    ClauseReportDialog(ResolutionService service, StatusJournal journal, long clauseId, String label, Runnable saved) {
        setHeaderTitle(getTranslation("resolution.report.title", label));
        setId("clause-report-dialog");

        period.setId("report-period");
        period.setLabel(getTranslation("resolution.report.period"));
        List<ReferenceOption> periods = service.studyPeriods();
        period.setItems(periods);
        period.setItemLabelGenerator(ReferenceOption::name);
        periods.stream().filter(ReferenceOption::current).findFirst().ifPresent(period::setValue);

        status.setId("report-status");
        status.setLabel(getTranslation("resolution.report.status"));
        status.setItems(service.statuses());
        status.setItemLabelGenerator(ReferenceOption::name);

        kind.setId("report-kind");
        kind.setLabel(getTranslation("resolution.report.kind"));
        kind.setItems(KINDS);
        kind.setItemLabelGenerator(this::kindLabel);
        kind.setValue("REPORT");

        progress.setId("report-progress");
        progress.setLabel(getTranslation("resolution.report.progress"));
        progress.setMin(0);
        progress.setMax(100);

        rag.setId("report-rag");
        rag.setLabel(getTranslation("resolution.report.rag"));
        rag.setItems(RAGS);
        rag.setEmptySelectionAllowed(true);
        rag.setItemLabelGenerator(this::ragLabel);

        occurredOn.setId("report-date");
        occurredOn.setLabel(getTranslation("resolution.report.date"));
        occurredOn.setValue(LocalDate.now());

        narrative.setId("report-narrative");
        narrative.setLabel(getTranslation("resolution.report.narrative"));

        evidenceKind.setId("report-evidence-kind");
        evidenceKind.setLabel(getTranslation("resolution.report.evidence.kind"));
        evidenceKind.setItems(Evidence.KINDS);
        evidenceKind.setValue("TD");
        evidenceReference.setId("report-evidence");
        evidenceReference.setLabel(getTranslation("resolution.report.evidence"));
        evidenceReference.setPlaceholder("TSAG TD 415");

        error.setId("report-error");
        error.addClassName("resolution-error");

        FormLayout form = new FormLayout(period, status, kind, occurredOn, progress, rag, narrative, evidenceKind,
                evidenceReference);
        form.setColspan(narrative, 2);
        add(form, error);

        Button save = new Button(getTranslation("resolution.report.save"), e -> save(journal, clauseId, saved));
        save.setId("report-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("resolution.report.cancel"), e -> close());
        getFooter().add(cancel, save);
    }

    private String kindLabel(String kind) {
        return switch (kind) {
            case "DECISION" -> getTranslation("resolution.report.kind.DECISION");
            case "CARRY_OVER" -> getTranslation("resolution.report.kind.CARRY_OVER");
            case "REOPEN" -> getTranslation("resolution.report.kind.REOPEN");
            case "CORRECTION" -> getTranslation("resolution.report.kind.CORRECTION");
            default -> getTranslation("resolution.report.kind.REPORT");
        };
    }

    private String ragLabel(String rag) {
        return switch (rag == null ? "" : rag) {
            case "GREEN" -> getTranslation("resolution.report.rag.GREEN");
            case "AMBER" -> getTranslation("resolution.report.rag.AMBER");
            case "RED" -> getTranslation("resolution.report.rag.RED");
            default -> "";
        };
    }

    private void save(StatusJournal journal, long clauseId, Runnable saved) {
        if (period.getValue() == null || status.getValue() == null || occurredOn.getValue() == null) {
            error.setText(getTranslation("resolution.report.required"));
            return;
        }
        if (progress.getValue() != null && (progress.getValue() < 0 || progress.getValue() > 100)) {
            error.setText(getTranslation("resolution.report.progress.range"));
            return;
        }
        String reference = evidenceReference.getValue().trim();
        List<Evidence> evidence = reference.isEmpty() ? List.of()
                : List.of(new Evidence(evidenceKind.getValue(), reference,
                        "URL".equals(evidenceKind.getValue()) ? reference : null));
        try {
            journal.reportClause(new NewClauseEvent(clauseId, period.getValue().code(), kind.getValue(),
                    status.getValue().code(), progress.getValue(), rag.getValue(),
                    narrative.getValue().isBlank() ? null : narrative.getValue().trim(), occurredOn.getValue(),
                    evidence));
        } catch (IllegalArgumentException | DataAccessException e) {
            error.setText(getTranslation("resolution.report.failed", e.getMessage()));
            return;
        }
        close();
        saved.run();
    }
}
