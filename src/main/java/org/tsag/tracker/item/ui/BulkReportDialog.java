package org.tsag.tracker.item.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import org.tsag.tracker.item.ItemOptions;
import org.tsag.tracker.item.ItemRow;
import org.tsag.tracker.status.StatusJournal;
import org.tsag.tracker.status.StatusReport;
import org.tsag.tracker.status.StatusTransitionException;

/** One status report for every selected item of the grid, all or nothing (TSB and chairs). */
final class BulkReportDialog extends Dialog {

    /** @param written called after the reports were written, to deselect and refresh the grid */
    BulkReportDialog(Set<ItemRow> selected, ItemOptions options, StatusJournal journal, Runnable written) {
        setId("bulk-dialog");
        setHeaderTitle(getTranslation("items.bulk.title", selected.size()));
        Select<String> newStatus = new Select<>();
        newStatus.setId("bulk-status");
        newStatus.setLabel(getTranslation("item.report.status"));
        newStatus.setItems(options.statuses());
        newStatus.setItemLabelGenerator(s -> getTranslation("status." + s));
        ComboBox<String> meeting = new ComboBox<>(getTranslation("item.report.meeting"));
        meeting.setId("bulk-meeting");
        meeting.setItems(options.meetings());
        DatePicker date = new DatePicker(getTranslation("item.report.date"), LocalDate.now());
        date.setId("bulk-date");
        TextArea narrative = new TextArea(getTranslation("item.report.narrative"));
        narrative.setId("bulk-narrative");
        narrative.setWidthFull();
        Button apply = new Button(getTranslation("items.bulk.apply"), e -> {
            if (newStatus.getValue() == null) {
                newStatus.setInvalid(true);
                newStatus.setErrorMessage(getTranslation("item.report.status.required"));
                return;
            }
            List<Long> ids = selected.stream().map(ItemRow::id).toList();
            try {
                int count = journal.bulkReport(ids, new StatusReport(newStatus.getValue(), null, null,
                        narrative.getValue(), meeting.getValue(), date.getValue(), List.of(), null));
                Notification.show(getTranslation("items.bulk.done", count));
                close();
                written.run();
            } catch (StatusTransitionException ex) {
                Notification n = Notification.show(getTranslation("items.bulk.failed", getTranslation(ex.messageKey())));
                n.addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        apply.setId("bulk-apply");
        Button cancel = new Button(getTranslation("item.cancel"), e -> close());
        Span codes = new Span(selected.stream().map(ItemRow::code).collect(Collectors.joining(", ")));
        add(new VerticalLayout(codes, newStatus, meeting, date, narrative));
        getFooter().add(cancel, apply);
    }
}
