package org.tsag.tracker.item.ui;

import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import org.tsag.tracker.base.ui.FormDates;
import org.tsag.tracker.item.FieldChange;
import org.tsag.tracker.item.ItemChangedException;
import org.tsag.tracker.item.ItemDetail;
import org.tsag.tracker.item.ItemForm;
import org.tsag.tracker.item.ItemService;
import org.tsag.tracker.i18n.LocaleFormats;

/**
 * The item's fields, bound by a {@link Binder} to an {@link ItemForm}. Saving over a version
 * someone else saved is caught by optimistic locking: the {@link Listener} then shows the latest
 * version with the user's input laid over it and the other saves' changes listed ({@code conflict}).
 */
class ItemEditForm extends Div {


    /** What the page does after a save or a refused save. */
    interface Listener {
        void saved();

        void conflict(ItemDetail latest, ItemForm merged, ItemChangedException conflict);
    }

    ItemEditForm(ItemService service, ItemDetail item, ItemForm bean, ItemChangedException conflict, Listener listener) {
        setId("item-edit");
        addClassName("item-no-print");
        add(new H3(getTranslation("item.edit.title")));
        Binder<ItemForm> binder = new Binder<>(ItemForm.class);
        TextField titleField = new TextField(getTranslation("item.field.title"));
        titleField.setId("edit-title");
        titleField.setRequiredIndicatorVisible(true);
        TextArea description = new TextArea(getTranslation("item.field.description"));
        description.setId("edit-description");
        TextField owner = new TextField(getTranslation("item.field.owner"));
        owner.setId("edit-owner");
        DatePicker start = FormDates.apply(new DatePicker(getTranslation("item.field.start_date")));
        start.setId("edit-start");
        DatePicker due = FormDates.apply(new DatePicker(getTranslation("item.field.due_date")));
        due.setId("edit-due");
        Select<String> priority = new Select<>();
        priority.setId("edit-priority");
        priority.setLabel(getTranslation("item.field.priority"));
        priority.setItems("HIGH", "MEDIUM", "LOW");
        priority.setItemLabelGenerator(p -> getTranslation("item.priority." + p));
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
            add(conflictNotice(conflict));
        }

        ItemForm original = ItemForm.of(item);
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
                listener.saved();
            } catch (ItemChangedException ex) {
                // keep the user's input: their changes over the latest version, shown with what changed
                ItemDetail latest = service.findItem(item.plan(), item.code()).orElse(item);
                listener.conflict(latest, reapply(original, edited, ItemForm.of(latest)), ex);
            } catch (IllegalArgumentException ex) {
                Notification n = Notification.show(getTranslation("item.edit.dates.order"));
                n.addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        save.setId("edit-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(titleField, owner, start, due, priority, weight, description);
        form.setColspan(description, 2);
        add(form, save);
    }

    private Div conflictNotice(ItemChangedException conflict) {
        Div warning = new Div();
        warning.setId("item-conflict");
        warning.addClassName("item-conflict");
        warning.add(new Paragraph(getTranslation("item.conflict.intro")));
        UnorderedList changes = new UnorderedList();
        for (FieldChange c : conflict.changes()) {
            changes.add(new ListItem(getTranslation("item.change",
                    LocaleFormats.of(getLocale()).dateTime(c.at()) + " UTC", c.actor(),
                    getTranslation("item.field." + c.field()), display(c.oldValue()), display(c.newValue()))));
        }
        warning.add(changes, new Paragraph(getTranslation("item.conflict.keep")));
        return warning;
    }

    private String display(String value) {
        return value == null ? getTranslation("item.change.empty") : value;
    }

    /** The user's edits (fields they changed from what they opened) laid over the latest version. */
    static ItemForm reapply(ItemForm opened, ItemForm edited, ItemForm latest) {
        Edits edits = new Edits(opened, edited, latest);
        edits.keep(ItemForm::getTitle, ItemForm::setTitle);
        edits.keep(ItemForm::getDescription, ItemForm::setDescription);
        edits.keep(ItemForm::getOwner, ItemForm::setOwner);
        edits.keep(ItemForm::getStartDate, ItemForm::setStartDate);
        edits.keep(ItemForm::getDueDate, ItemForm::setDueDate);
        edits.keep(ItemForm::getPriority, ItemForm::setPriority);
        edits.keep(ItemForm::getWeight, ItemForm::setWeight);
        return latest;
    }

    private record Edits(ItemForm opened, ItemForm edited, ItemForm latest) {

        /** A field the user changed from what they opened takes their value in the latest version. */
        <T> void keep(Function<ItemForm, T> field, BiConsumer<ItemForm, T> set) {
            if (!Objects.equals(field.apply(opened), field.apply(edited))) {
                set.accept(latest, field.apply(edited));
            }
        }
    }
}
