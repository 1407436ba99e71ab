package org.tsag.tracker.item.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import org.tsag.tracker.base.ui.Controls;
import org.tsag.tracker.base.ui.FormDates;
import org.tsag.tracker.status.Evidence;
import org.tsag.tracker.item.ItemDetail;
import org.tsag.tracker.item.ItemOptions;
import org.tsag.tracker.item.ItemService;
import org.tsag.tracker.status.StatusJournal;
import org.tsag.tracker.status.StatusReport;
import org.tsag.tracker.status.StatusTransitionException;
import org.tsag.tracker.i18n.LocaleFormats;

/**
 * The status report form of the item page, bound by a {@link Binder} to a {@link Draft} that starts
 * from the item's current status, progress and red/amber/green rating: a value the user did not
 * clear is reported again, never wiped. An evidence reference typed but not yet added with "Add
 * evidence" is taken with the report, or the report is refused with a message saying why.
 */
class StatusReportForm extends Div {

    private static final List<String> RAGS = List.of("GREEN", "AMBER", "RED");
    /** The statuses whose progress is implied (the status table's implied_progress). */
    private static final java.util.Map<String, Integer> IMPLIED_PROGRESS = java.util.Map.of("COMPLETED", 100, org.tsag.tracker.status.CurrentStatus.NOT_STARTED, 0);

    private final StatusJournal journal;
    private final ItemDetail item;
    private final Runnable saved;
    private final Binder<Draft> binder = new Binder<>(Draft.class);
    private final List<Evidence> evidence = new ArrayList<>();
    private final UnorderedList evidenceList = new UnorderedList();
    private final Select<String> kind = new Select<>();
    private final TextField reference;
    private final Select<String> status = new Select<>();

    StatusReportForm(ItemService service, StatusJournal journal, ItemDetail item, Runnable saved) {
        this.journal = journal;
        this.item = item;
        this.saved = saved;
        setId("item-report");
        addClassName("item-no-print");
        add(new H3(getTranslation("item.report.title")));
        ItemOptions options = service.options();

        status.setId("report-status");
        status.setLabel(getTranslation("item.report.status"));
        status.setItems(options.statuses());
        status.setItemLabelGenerator(s -> getTranslation("status." + s));
        IntegerField progress = new IntegerField(getTranslation("item.report.progress"));
        progress.setId("report-progress");
        progress.setMin(0);
        progress.setMax(100);
        progress.setHelperText(getTranslation("item.report.progress.help"));
        Select<String> rag = new Select<>();
        rag.setId("report-rag");
        rag.setLabel(getTranslation("item.report.rag"));
        rag.setItems(RAGS);
        rag.setEmptySelectionAllowed(true);
        rag.setEmptySelectionCaption(getTranslation("item.rag.none"));
        rag.setItemLabelGenerator(r -> r == null ? getTranslation("item.rag.none") : getTranslation("item.rag." + r));
        ComboBox<String> meeting = new ComboBox<>(getTranslation("item.report.meeting"));
        meeting.setId("report-meeting");
        meeting.setItems(options.meetings());
        DatePicker date = new DatePicker(getTranslation("item.report.date"));
        date.setId("report-date");
        FormDates.apply(date);
        TextArea narrative = new TextArea(getTranslation("item.report.narrative"));
        narrative.setId("report-narrative");
        narrative.setHelperText(getTranslation("item.report.narrative.help"));
        Select<ItemDetail.Event> corrects = new Select<>();
        corrects.setId("report-corrects");
        corrects.setLabel(getTranslation("item.report.corrects"));
        corrects.setItems(item.events());
        corrects.setEmptySelectionAllowed(true);
        corrects.setEmptySelectionCaption(getTranslation("item.report.corrects.none"));
        corrects.setItemLabelGenerator(e -> e == null ? getTranslation("item.report.corrects.none")
                : LocaleFormats.of(getLocale()).date(e.occurredOn()) + " · " + getTranslation("status." + e.status()));

        binder.forField(status)
                .asRequired(getTranslation("item.report.status.required"))
                .bind(Draft::getStatus, Draft::setStatus);
        binder.forField(progress)
                .withValidator(p -> p == null || (p >= 0 && p <= 100), getTranslation("item.report.progress.invalid"))
                .bind(Draft::getProgress, Draft::setProgress);
        binder.forField(rag).bind(Draft::getRag, Draft::setRag);
        binder.forField(meeting).bind(Draft::getMeeting, Draft::setMeeting);
        binder.forField(date).asRequired(getTranslation("item.report.date.required"))
                .bind(Draft::getOccurredOn, Draft::setOccurredOn);
        binder.forField(narrative).bind(Draft::getNarrative, Draft::setNarrative);
        binder.forField(corrects).bind(Draft::getCorrects, Draft::setCorrects);
        Draft start = Draft.of(item);
        binder.readBean(start);
        // a status that fixes the progress (completed = 100 %, not started = 0 %) sets it, unless the user typed one
        status.addValueChangeListener(e -> {
            if (e.isFromClient() && java.util.Objects.equals(progress.getValue(), start.getProgress())) {
                Integer implied = IMPLIED_PROGRESS.get(e.getValue());
                if (implied != null) {
                    progress.setValue(implied);
                }
            }
        });

        kind.setId("evidence-kind");
        kind.setLabel(getTranslation("item.evidence.kind"));
        kind.setItems(Evidence.KINDS);
        kind.setItemLabelGenerator(k -> getTranslation("item.evidence.kind." + k));
        kind.setValue("TD");
        reference = new TextField(getTranslation("item.evidence.reference"));
        reference.setId("evidence-reference");
        reference.setPlaceholder("TSAG TD 415");
        reference.setHelperText(getTranslation("item.evidence.reference.help"));
        Button addEvidence = new Button(getTranslation("item.evidence.add"), e -> takeTypedEvidence(true));
        addEvidence.setId("evidence-add");
        HorizontalLayout evidenceRow = Controls.baselineRow(kind, reference, addEvidence);
        evidenceList.setId("evidence-list");

        Button record = new Button(getTranslation("item.report.submit"), e -> submit());
        record.setId("report-submit");
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(status, progress, rag, meeting, date, corrects, narrative);
        form.setColspan(narrative, 2);
        add(form, evidenceRow, evidenceList, record);
    }

    /**
     * Adds the typed reference to the report's evidence. Returns false, with the reason on the
     * field, when it cannot be taken; an empty field is an error only when the user pressed "Add".
     */
    private boolean takeTypedEvidence(boolean required) {
        String ref = reference.getValue().strip();
        if (ref.isEmpty()) {
            if (required) {
                refuse(getTranslation("item.evidence.reference.required"));
                return false;
            }
            return true;
        }
        if ("URL".equals(kind.getValue()) && !(ref.startsWith("https://") || ref.startsWith("http://"))) {
            refuse(getTranslation("item.evidence.url.invalid"));
            return false;
        }
        if (ref.length() > 300) {
            refuse(getTranslation("item.evidence.reference.long"));
            return false;
        }
        reference.setInvalid(false);
        Evidence ev = new Evidence(kind.getValue(), ref, "URL".equals(kind.getValue()) ? ref : null);
        evidence.add(ev);
        evidenceList.add(new ListItem(getTranslation("item.evidence.kind." + ev.kind()) + ": " + ev.reference()));
        reference.clear();
        return true;
    }

    private void refuse(String message) {
        reference.setErrorMessage(message);
        reference.setInvalid(true);
    }

    private void submit() {
        Draft draft = new Draft();
        try {
            binder.writeBean(draft);
        } catch (ValidationException ex) {
            return;
        }
        if (!takeTypedEvidence(false)) {
            Notification n = Notification.show(getTranslation("item.report.evidence.pending", reference.getValue().strip()));
            n.addThemeVariants(NotificationVariant.LUMO_ERROR);
            return;
        }
        try {
            journal.report(item.id(), new StatusReport(draft.getStatus(), draft.getProgress(), draft.getRag(),
                    draft.getNarrative() == null || draft.getNarrative().isBlank() ? null : draft.getNarrative().strip(),
                    draft.getMeeting(), draft.getOccurredOn(), evidence,
                    draft.getCorrects() == null ? null : draft.getCorrects().id()));
            Notification.show(getTranslation("item.report.done"));
            saved.run();
        } catch (StatusTransitionException ex) {
            status.setErrorMessage(getTranslation(ex.messageKey()));
            status.setInvalid(true);
        }
    }

    /** What the form binds. It starts from where the item stands, so an untouched field keeps its value. */
    static final class Draft {

        private String status;
        private Integer progress;
        private String rag;
        private String meeting;
        private LocalDate occurredOn;
        private String narrative;
        private ItemDetail.Event corrects;

        static Draft of(ItemDetail item) {
            Draft draft = new Draft();
            Optional<ItemDetail.Event> latest = item.events().stream()
                    .max(Comparator.comparing(ItemDetail.Event::occurredOn).thenComparing(ItemDetail.Event::recordedAt));
            draft.status = item.status() != null ? item.status() : latest.map(ItemDetail.Event::status).orElse(null);
            // the item's own recorded progress, not a roll-up of its children
            draft.progress = latest.map(ItemDetail.Event::progress).orElse(null);
            draft.rag = latest.map(ItemDetail.Event::rag).orElse(null);
            draft.occurredOn = LocalDate.now();
            return draft;
        }

        String getStatus() {
            return status;
        }

        void setStatus(String status) {
            this.status = status;
        }

        Integer getProgress() {
            return progress;
        }

        void setProgress(Integer progress) {
            this.progress = progress;
        }

        String getRag() {
            return rag;
        }

        void setRag(String rag) {
            this.rag = rag;
        }

        String getMeeting() {
            return meeting;
        }

        void setMeeting(String meeting) {
            this.meeting = meeting;
        }

        LocalDate getOccurredOn() {
            return occurredOn;
        }

        void setOccurredOn(LocalDate occurredOn) {
            this.occurredOn = occurredOn;
        }

        String getNarrative() {
            return narrative;
        }

        void setNarrative(String narrative) {
            this.narrative = narrative;
        }

        ItemDetail.Event getCorrects() {
            return corrects;
        }

        void setCorrects(ItemDetail.Event corrects) {
            this.corrects = corrects;
        }
    }
}
