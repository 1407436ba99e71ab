package org.tsag.tracker.item.ui;

import org.tsag.tracker.status.StatusJournal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.beans.factory.ObjectProvider;
import org.tsag.tracker.base.CurrentUser;
import org.tsag.tracker.base.Roles;
import org.tsag.tracker.base.ui.SampleBadge;
import org.tsag.tracker.status.Evidence;
import org.tsag.tracker.item.FieldChange;
import org.tsag.tracker.item.ItemChangedException;
import org.tsag.tracker.item.ItemDetail;
import org.tsag.tracker.item.ItemForm;
import org.tsag.tracker.item.ItemOptions;
import org.tsag.tracker.item.ItemPdf;
import org.tsag.tracker.item.ItemService;
import org.tsag.tracker.status.StatusReport;
import org.tsag.tracker.status.StatusTransitionException;
import org.tsag.tracker.live.ChangeSet;
import org.tsag.tracker.live.ui.LiveUpdates;

/**
 * One item: its fields, linked clauses in full, children, the meetings where it came up, the
 * timeline of reports and field changes, and for TSB and chairs the edit and status report forms.
 * {@code /items/{code}}, or {@code /items/{plan}/{code}} when plans share a code. Prints one item per page.
 */
@Route("items/:first/:second?")
@AnonymousAllowed
class ItemView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

    private final ItemService service;
    private final StatusJournal journal;
    private final ObjectProvider<ItemPdf> pdf;
    private final boolean canWrite;
    private ItemDetail item;
    private String title = "";
    private Div liveNotice;

    ItemView(ItemService service, StatusJournal journal, ObjectProvider<ItemPdf> pdf, LiveUpdates live) {
        this.service = service;
        this.journal = journal;
        this.pdf = pdf;
        this.canWrite = CurrentUser.hasAnyRole(Roles.TSB, Roles.CHAIR);
        addClassName("view");
        addClassName("item-page");
        setPadding(false);
        live.keepUpdated(this, this::changed);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        item = null;
        Optional<String> second = event.getRouteParameters().get("second");
        String first = event.getRouteParameters().get("first").orElse("");
        String code = second.orElse(first);
        String plan = second.isPresent() ? first : null;
        title = code;
        if (plan == null) {
            List<String> plans = service.plansWithCode(code);
            if (plans.size() > 1) {
                add(new H2(code), new Paragraph(getTranslation("item.ambiguous", code)));
                UnorderedList links = new UnorderedList();
                links.setId("item-plans");
                plans.forEach(p -> links.add(new ListItem(new Anchor("items/" + p + "/" + code, p + " " + code))));
                add(links);
                return;
            }
            plan = plans.isEmpty() ? null : plans.getFirst();
        }
        Optional<ItemDetail> found = plan == null ? Optional.empty() : service.findItem(plan, code);
        if (found.isEmpty()) {
            Paragraph missing = new Paragraph(getTranslation("item.not.found", code));
            missing.setId("item-not-found");
            add(missing);
            return;
        }
        show(found.get());
    }

    private void show(ItemDetail detail) {
        removeAll();
        liveNotice = null;
        item = detail;
        title = detail.code() + " " + detail.title();
        H2 heading = new H2(detail.code() + " — " + detail.title());
        heading.setId("item-heading");
        HorizontalLayout head = new HorizontalLayout(heading);
        head.setAlignItems(FlexComponent.Alignment.BASELINE);
        head.setWrap(true);
        if (detail.internal()) {
            Span internal = new Span(getTranslation("items.internal"));
            internal.addClassName("item-internal-badge");
            head.add(internal);
        }
        if (detail.sample()) {
            head.add(new SampleBadge());
        }
        Button print = new Button(getTranslation("item.print"), VaadinIcon.PRINT.create(),
                e -> UI.getCurrent().getPage().executeJs("window.print()"));
        print.setId("item-print");
        print.addClassName("item-no-print");
        head.add(print);
        pdf.ifAvailable(writer -> head.add(pdfLink(writer, detail)));
        add(head, facts(detail));
        if (detail.description() != null) {
            Paragraph description = new Paragraph(detail.description());
            description.addClassName("item-description");
            add(description);
        }
        var successors = service.successors(detail.id());
        if (!successors.isEmpty()) {
            Div superseded = new Div();
            superseded.setId("item-superseded");
            superseded.addClassName("item-superseded");
            Span flag = new Span(VaadinIcon.EXCLAMATION_CIRCLE.create(), new Span(getTranslation("item.superseded.flag")));
            superseded.add(flag);
            UnorderedList list = new UnorderedList();
            for (var s : successors) {
                list.add(new ListItem(s.deleted()
                        ? getTranslation("item.superseded.deleted", s.resolution(), s.newPlace(), String.valueOf(s.newYear()),
                                Objects.toString(s.oldLabel(), ""), String.valueOf(s.oldYear()))
                        : getTranslation("item.superseded.continues", s.resolution(), s.newPlace(), String.valueOf(s.newYear()),
                                Objects.toString(s.oldLabel(), ""), String.valueOf(s.oldYear()), Objects.toString(s.newLabel(), ""))));
            }
            superseded.add(list, new Paragraph(getTranslation("item.superseded.advice")));
            add(superseded);
        }
        add(clauses(detail));
        if (!detail.children().isEmpty()) {
            add(children(detail));
        }
        add(meetings(detail));
        if (canWrite) {
            add(reportForm(detail), editForm(detail, ItemForm.of(detail), null));
        }
        add(timeline(detail));
    }

    /** The item as a PDF, generated while it downloads. */
    private Anchor pdfLink(ItemPdf writer, ItemDetail d) {
        Anchor link = new Anchor(event -> {
            event.setFileName((d.plan() + "-" + d.code()).replaceAll("[^A-Za-z0-9.-]", "_") + ".pdf");
            event.setContentType("application/pdf");
            try (var out = event.getOutputStream()) {
                writer.write(d.plan(), d.code(), out);
            }
        }, getTranslation("item.pdf"));
        link.setId("item-pdf");
        link.addClassNames("item-no-print", "item-pdf");
        return link;
    }

    private Component facts(ItemDetail d) {
        Div facts = new Div();
        facts.addClassName("item-facts");
        facts.setId("item-facts");
        fact(facts, "item.plan", d.plan() + " — " + d.planTitle());
        if (d.parentCode() != null) {
            Div row = fact(facts, "item.parent", "");
            row.add(new Anchor("items/" + d.plan() + "/" + d.parentCode(), d.parentCode()));
        }
        fact(facts, "item.status", d.status() == null ? getTranslation("items.status.none") : getTranslation(key("status.", d.status())))
                .setId("item-status");
        String progress = d.progress() == null ? "—" : getTranslation("items.progress.value", d.progress());
        if (!d.children().isEmpty()) {
            progress += " " + getTranslation(key("item.progress.rollup.", d.rollup()), d.children().size());
        }
        fact(facts, "item.progress", progress).setId("item-progress");
        fact(facts, "items.column.responsible", String.join(", ", d.responsible()));
        fact(facts, "items.column.collaborating", String.join(", ", d.collaborating()));
        fact(facts, "items.column.reportsTo", String.join(", ", d.reportsTo()));
        fact(facts, "items.column.owner", Objects.toString(d.owner(), ""));
        fact(facts, "item.due", d.dueDate() == null ? "" : d.dueDate().toString());
        fact(facts, "item.target.meeting", Objects.toString(d.targetMeeting(), ""));
        fact(facts, "item.periods", String.join(" → ", service.periods(d.id()))).setId("item-periods");
        fact(facts, "item.priority", getTranslation(key("item.priority.", d.priority())));
        return facts;
    }

    private Div fact(Div facts, String key, String value) {
        Span label = new Span(getTranslation(key));
        label.addClassName("item-fact-label");
        Span text = new Span(value);
        text.addClassName("item-fact-value");
        Div row = new Div(label, text);
        row.addClassName("item-fact");
        facts.add(row);
        return row;
    }

    private Component clauses(ItemDetail d) {
        Div box = new Div(new H3(getTranslation("item.clauses")));
        box.setId("item-clauses");
        if (d.clauses().isEmpty()) {
            box.add(new Paragraph(getTranslation("item.clauses.none")));
        }
        for (ItemDetail.ClauseText c : d.clauses()) {
            box.add(new H4(getTranslation("item.clause.citation", c.resolution(), c.place(), String.valueOf(c.year()),
                    c.section(), Objects.toString(c.label(), ""))));
            Paragraph text = new Paragraph(c.text());
            text.addClassName("item-clause-text");
            box.add(text);
        }
        d.clauses().stream().map(ItemDetail.ClauseText::resolution).distinct().forEach(number -> {
            Anchor summary = new Anchor("compendium/" + number, getTranslation("item.compendium.title", number));
            summary.addClassName("item-no-print");
            box.add(new Div(summary));
        });
        return box;
    }

    private Component children(ItemDetail d) {
        Div box = new Div(new H3(getTranslation("item.children")));
        box.setId("item-children");
        UnorderedList list = new UnorderedList();
        for (ItemDetail.Child c : d.children()) {
            String status = c.status() == null ? getTranslation("items.status.none") : getTranslation(key("status.", c.status()));
            String progress = c.progress() == null ? "—" : getTranslation("items.progress.value", c.progress());
            ListItem li = new ListItem(new Anchor("items/" + d.plan() + "/" + c.code(), c.code()),
                    new Span(" " + c.title() + " · " + status + " · " + progress + " · "
                            + getTranslation("item.weight.value", c.weight())));
            list.add(li);
        }
        box.add(list);
        return box;
    }

    /** The meetings at which the item (e.g. a CxO topic) was raised or followed up, with its status then. */
    private Component meetings(ItemDetail d) {
        Div box = new Div(new H3(getTranslation("item.meetings")));
        box.setId("item-meetings");
        List<ItemDetail.Event> atMeetings = d.events().stream().filter(e -> e.meeting() != null)
                .sorted(Comparator.comparing(ItemDetail.Event::occurredOn)).toList();
        if (atMeetings.isEmpty()) {
            box.add(new Paragraph(getTranslation("item.meetings.none")));
            return box;
        }
        UnorderedList list = new UnorderedList();
        for (ItemDetail.Event e : atMeetings) {
            list.add(new ListItem(e.occurredOn() + " · " + e.meeting() + " (" + Objects.toString(e.meetingTitle(), "")
                    + ") · " + getTranslation(key("status.", e.status()))));
        }
        box.add(list);
        return box;
    }

    private Component timeline(ItemDetail d) {
        Div box = new Div(new H3(getTranslation("item.timeline")));
        box.setId("item-timeline");
        box.addClassName("item-timeline");
        record Entry(LocalDate day, OffsetDateTime at, Component component) {
        }
        List<Entry> entries = new ArrayList<>();
        Map<Long, ItemDetail.Event> byId = new LinkedHashMap<>();
        d.events().forEach(e -> byId.put(e.id(), e));
        for (ItemDetail.Event e : d.events()) {
            entries.add(new Entry(e.occurredOn(), e.recordedAt(), eventEntry(e, byId)));
        }
        for (FieldChange c : service.fieldChanges(d.id())) {
            Div entry = new Div();
            entry.addClassName("item-timeline-entry");
            entry.addClassName("item-timeline-change");
            entry.add(new Span(getTranslation("item.change", c.at().withOffsetSameInstant(ZoneOffset.UTC).format(TIME),
                    c.actor(), getTranslation(key("item.field.", c.field())), display(c.oldValue()), display(c.newValue()))));
            entries.add(new Entry(c.at().toLocalDate(), c.at(), entry));
        }
        entries.sort(Comparator.comparing(Entry::day).thenComparing(Entry::at).reversed());
        entries.forEach(e -> box.add(e.component()));
        if (entries.isEmpty()) {
            box.add(new Paragraph(getTranslation("item.timeline.empty")));
        }
        return box;
    }

    private String display(String value) {
        return value == null ? getTranslation("item.change.empty") : value;
    }

    private Component eventEntry(ItemDetail.Event e, Map<Long, ItemDetail.Event> byId) {
        Div entry = new Div();
        entry.addClassName("item-timeline-entry");
        entry.addClassName("item-timeline-event");
        String progress = e.progress() == null ? "" : " · " + getTranslation("items.progress.value", e.progress());
        String rag = e.rag() == null ? "" : " · " + getTranslation(key("item.rag.", e.rag()));
        String meeting = e.meeting() == null ? "" : " · " + e.meeting();
        Span headline = new Span(e.occurredOn() + " · " + getTranslation(key("item.kind.", e.kind())) + " · "
                + getTranslation(key("status.", e.status())) + progress + rag + meeting);
        headline.addClassName("item-timeline-headline");
        entry.add(headline);
        entry.add(new Div(new Span(getTranslation("item.event.by", e.author(),
                e.recordedAt().withOffsetSameInstant(ZoneOffset.UTC).format(TIME)))));
        if (e.correctsEventId() != null) {
            ItemDetail.Event corrected = byId.get(e.correctsEventId());
            entry.add(new Div(new Span(getTranslation("item.event.corrects",
                    corrected == null ? "#" + e.correctsEventId() : corrected.occurredOn().toString()))));
        }
        if (e.narrative() != null) {
            entry.add(new Paragraph(e.narrative()));
        }
        if (!e.evidence().isEmpty()) {
            UnorderedList evidence = new UnorderedList();
            for (Evidence ev : e.evidence()) {
                String label = getTranslation(key("item.evidence.kind.", ev.kind())) + ": " + ev.reference();
                if (ev.url() != null && (ev.url().startsWith("https://") || ev.url().startsWith("http://"))) {
                    evidence.add(new ListItem(new Anchor(ev.url(), label)));
                } else {
                    evidence.add(new ListItem(label));
                }
            }
            entry.add(evidence);
        }
        return entry;
    }

    private Component reportForm(ItemDetail d) {
        ItemOptions options = service.options();
        Div box = new Div(new H3(getTranslation("item.report.title")));
        box.setId("item-report");
        box.addClassName("item-no-print");
        Select<String> status = new Select<>();
        status.setId("report-status");
        status.setLabel(getTranslation("item.report.status"));
        status.setItems(options.statuses());
        status.setItemLabelGenerator(s -> getTranslation(key("status.", s)));
        IntegerField progress = new IntegerField(getTranslation("item.report.progress"));
        progress.setId("report-progress");
        progress.setMin(0);
        progress.setMax(100);
        progress.setHelperText(getTranslation("item.report.progress.help"));
        Select<String> rag = new Select<>();
        rag.setId("report-rag");
        rag.setLabel(getTranslation("item.report.rag"));
        rag.setItems("GREEN", "AMBER", "RED");
        rag.setItemLabelGenerator(r -> getTranslation(key("item.rag.", r)));
        rag.setEmptySelectionAllowed(true);
        ComboBox<String> meeting = new ComboBox<>(getTranslation("item.report.meeting"));
        meeting.setId("report-meeting");
        meeting.setItems(options.meetings());
        DatePicker date = new DatePicker(getTranslation("item.report.date"), LocalDate.now());
        date.setId("report-date");
        TextArea narrative = new TextArea(getTranslation("item.report.narrative"));
        narrative.setId("report-narrative");
        narrative.setHelperText(getTranslation("item.report.narrative.help"));
        Select<ItemDetail.Event> corrects = new Select<>();
        corrects.setId("report-corrects");
        corrects.setLabel(getTranslation("item.report.corrects"));
        corrects.setItems(d.events());
        corrects.setEmptySelectionAllowed(true);
        corrects.setItemLabelGenerator(e -> e == null ? "" : e.occurredOn() + " · " + getTranslation(key("status.", e.status())));

        List<Evidence> evidence = new ArrayList<>();
        UnorderedList evidenceList = new UnorderedList();
        Select<String> kind = new Select<>();
        kind.setId("evidence-kind");
        kind.setLabel(getTranslation("item.evidence.kind"));
        kind.setItems(Evidence.KINDS);
        kind.setItemLabelGenerator(k -> getTranslation(key("item.evidence.kind.", k)));
        kind.setValue("TD");
        TextField reference = new TextField(getTranslation("item.evidence.reference"));
        reference.setId("evidence-reference");
        reference.setPlaceholder("TSAG TD 415");
        Button addEvidence = new Button(getTranslation("item.evidence.add"), e -> {
            String ref = reference.getValue().strip();
            if (ref.isEmpty()) {
                reference.setInvalid(true);
                reference.setErrorMessage(getTranslation("item.evidence.reference.required"));
                return;
            }
            if ("URL".equals(kind.getValue()) && !(ref.startsWith("https://") || ref.startsWith("http://"))) {
                reference.setInvalid(true);
                reference.setErrorMessage(getTranslation("item.evidence.url.invalid"));
                return;
            }
            reference.setInvalid(false);
            Evidence ev = new Evidence(kind.getValue(), ref, "URL".equals(kind.getValue()) ? ref : null);
            evidence.add(ev);
            evidenceList.add(new ListItem(getTranslation(key("item.evidence.kind.", ev.kind())) + ": " + ev.reference()));
            reference.clear();
        });
        addEvidence.setId("evidence-add");
        HorizontalLayout evidenceRow = new HorizontalLayout(kind, reference, addEvidence);
        evidenceRow.setAlignItems(FlexComponent.Alignment.BASELINE);

        Button record = new Button(getTranslation("item.report.submit"), e -> {
            if (status.getValue() == null) {
                status.setInvalid(true);
                status.setErrorMessage(getTranslation("item.report.status.required"));
                return;
            }
            if (progress.isInvalid() || (progress.getValue() != null && (progress.getValue() < 0 || progress.getValue() > 100))) {
                progress.setInvalid(true);
                progress.setErrorMessage(getTranslation("item.report.progress.invalid"));
                return;
            }
            try {
                journal.report(d.id(), new StatusReport(status.getValue(), progress.getValue(), rag.getValue(),
                        narrative.getValue().isBlank() ? null : narrative.getValue(), meeting.getValue(), date.getValue(),
                        evidence, corrects.getValue() == null ? null : corrects.getValue().id()));
                Notification.show(getTranslation("item.report.done"));
                reload();
            } catch (StatusTransitionException ex) {
                status.setInvalid(true);
                status.setErrorMessage(getTranslation(ex.messageKey()));
            }
        });
        record.setId("report-submit");
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(status, progress, rag, meeting, date, corrects, narrative);
        form.setColspan(narrative, 2);
        box.add(form, evidenceRow, evidenceList, record);
        return box;
    }

    /**
     * The edit form. {@code conflict}, when set, lists what someone else saved since the user opened
     * the item; the user's input stays in the fields and can be re-applied on the latest version.
     */
    private Component editForm(ItemDetail d, ItemForm bean, ItemChangedException conflict) {
        Div box = new Div(new H3(getTranslation("item.edit.title")));
        box.setId("item-edit");
        box.addClassName("item-no-print");
        Binder<ItemForm> binder = new Binder<>(ItemForm.class);
        TextField titleField = new TextField(getTranslation("item.field.title"));
        titleField.setId("edit-title");
        titleField.setRequiredIndicatorVisible(true);
        TextArea description = new TextArea(getTranslation("item.field.description"));
        description.setId("edit-description");
        TextField owner = new TextField(getTranslation("item.field.owner"));
        owner.setId("edit-owner");
        DatePicker start = new DatePicker(getTranslation("item.field.start_date"));
        start.setId("edit-start");
        DatePicker due = new DatePicker(getTranslation("item.field.due_date"));
        due.setId("edit-due");
        Select<String> priority = new Select<>();
        priority.setId("edit-priority");
        priority.setLabel(getTranslation("item.field.priority"));
        priority.setItems("HIGH", "MEDIUM", "LOW");
        priority.setItemLabelGenerator(p -> getTranslation(key("item.priority.", p)));
        IntegerField weight = new IntegerField(getTranslation("item.field.weight"));
        weight.setId("edit-weight");
        weight.setMin(0);
        weight.setMax(1000);

        binder.forField(titleField)
                .asRequired(getTranslation("item.edit.title.required"))
                .withValidator(t -> t.length() <= 500, getTranslation("item.edit.title.long"))
                .bind(ItemForm::getTitle, ItemForm::setTitle);
        binder.forField(description).bind(ItemForm::getDescription, ItemForm::setDescription);
        binder.forField(owner)
                .withValidator(o -> o == null || o.length() <= 200, getTranslation("item.edit.owner.long"))
                .bind(ItemForm::getOwner, ItemForm::setOwner);
        binder.forField(start).bind(ItemForm::getStartDate, ItemForm::setStartDate);
        binder.forField(due)
                .withValidator(date -> date == null || start.getValue() == null || !date.isBefore(start.getValue()),
                        getTranslation("item.edit.dates.order"))
                .bind(ItemForm::getDueDate, ItemForm::setDueDate);
        start.addValueChangeListener(e -> binder.validate());
        binder.forField(priority).asRequired(getTranslation("item.edit.priority.required"))
                .bind(ItemForm::getPriority, ItemForm::setPriority);
        binder.forField(weight)
                .asRequired(getTranslation("item.edit.weight.required"))
                .withValidator(w -> w >= 0 && w <= 1000, getTranslation("item.edit.weight.range"))
                .bind(ItemForm::getWeight, ItemForm::setWeight);
        binder.readBean(bean);

        if (conflict != null) {
            Div warning = new Div();
            warning.setId("item-conflict");
            warning.addClassName("item-conflict");
            warning.add(new Paragraph(getTranslation("item.conflict.intro")));
            UnorderedList changes = new UnorderedList();
            for (FieldChange c : conflict.changes()) {
                changes.add(new ListItem(getTranslation("item.change",
                        c.at().withOffsetSameInstant(ZoneOffset.UTC).format(TIME), c.actor(),
                        getTranslation(key("item.field.", c.field())), display(c.oldValue()), display(c.newValue()))));
            }
            warning.add(changes, new Paragraph(getTranslation("item.conflict.keep")));
            box.add(warning);
        }

        ItemForm original = ItemForm.of(d);
        Button save = new Button(getTranslation(conflict == null ? "item.edit.save" : "item.conflict.reapply"), e -> {
            ItemForm edited = new ItemForm();
            edited.setId(bean.getId());
            edited.setVersion(bean.getVersion());
            try {
                binder.writeBean(edited);
            } catch (ValidationException ex) {
                return;
            }
            try {
                service.update(edited);
                Notification.show(getTranslation("item.edit.saved"));
                reload();
            } catch (ItemChangedException ex) {
                // keep the user's input: their changes over the latest version, shown with what changed
                ItemDetail latest = service.findItem(d.plan(), d.code()).orElse(d);
                ItemForm merged = reapply(original, edited, ItemForm.of(latest));
                show(latest);
                replace(findEdit(), editForm(latest, merged, ex));
            } catch (IllegalArgumentException ex) {
                Notification n = Notification.show(getTranslation("item.edit.dates.order"));
                n.addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        save.setId("edit-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(titleField, owner, start, due, priority, weight, description);
        form.setColspan(description, 2);
        box.add(form, save);
        return box;
    }

    /** The user's edits (fields they changed from what they opened) laid over the latest version. */
    static ItemForm reapply(ItemForm opened, ItemForm edited, ItemForm latest) {
        if (!Objects.equals(opened.getTitle(), edited.getTitle())) {
            latest.setTitle(edited.getTitle());
        }
        if (!Objects.equals(opened.getDescription(), edited.getDescription())) {
            latest.setDescription(edited.getDescription());
        }
        if (!Objects.equals(opened.getOwner(), edited.getOwner())) {
            latest.setOwner(edited.getOwner());
        }
        if (!Objects.equals(opened.getStartDate(), edited.getStartDate())) {
            latest.setStartDate(edited.getStartDate());
        }
        if (!Objects.equals(opened.getDueDate(), edited.getDueDate())) {
            latest.setDueDate(edited.getDueDate());
        }
        if (!Objects.equals(opened.getPriority(), edited.getPriority())) {
            latest.setPriority(edited.getPriority());
        }
        if (opened.getWeight() != edited.getWeight()) {
            latest.setWeight(edited.getWeight());
        }
        return latest;
    }

    private Component findEdit() {
        return getChildren().filter(c -> c.getId().filter("item-edit"::equals).isPresent()).findFirst().orElseThrow();
    }

    private void reload() {
        service.findItem(item.plan(), item.code()).ifPresent(this::show);
    }

    /**
     * Someone committed a change (live updates). A reader sees the item as it is now; someone who may
     * edit gets a notice with a reload button instead, so that nothing they are typing is thrown away
     * (saving over a newer version is caught by optimistic locking anyway). The user's own save has
     * already reloaded the page, so it finds nothing new and shows no notice.
     */
    void changed(ChangeSet changes) {
        if (item == null || !(changes.mayAffectItem(item.id()) || changes.mayAffectPlan(item.plan()))) {
            return;
        }
        Optional<ItemDetail> latest = service.findItem(item.plan(), item.code());
        if (latest.isPresent() && latest.get().equals(item)) {
            return;
        }
        if (!canWrite && latest.isPresent()) {
            show(latest.get());
            return;
        }
        if (liveNotice == null) {
            liveNotice = new Div();
            liveNotice.setId("item-live-notice");
            liveNotice.addClassNames("item-live-notice", "item-no-print");
            liveNotice.getElement().setAttribute("role", "status");
            Button reloadButton = new Button(getTranslation("live.item.reload"), VaadinIcon.REFRESH.create(), e -> reload());
            reloadButton.setId("item-live-reload");
            reloadButton.setVisible(latest.isPresent());
            liveNotice.add(new Span(getTranslation(latest.isPresent() ? "live.item.changed" : "live.item.gone")), reloadButton);
            addComponentAsFirst(liveNotice);
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    /** A translation key made of a prefix and a code, e.g. "status." and "COMPLETED". */
    private static String key(String prefix, Object code) {
        return prefix + code;
    }
}
