package org.tsag.tracker.notification.ui;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.tsag.tracker.base.ui.Controls;
import org.tsag.tracker.i18n.NameCollation;
import org.tsag.tracker.notification.EntityContacts;
import org.tsag.tracker.notification.NotificationAdminService;

/** Who answers for each entity: its contacts follow the items it is responsible for. */
class ContactsPanel extends VerticalLayout {

    private final NotificationAdminService admin;
    private final ComboBox<EntityContacts> entity = new ComboBox<>();
    private final MultiSelectComboBox<EntityContacts.Person> people = new MultiSelectComboBox<>();
    private final Grid<EntityContacts> grid = new Grid<>();

    ContactsPanel(NotificationAdminService admin) {
        this.admin = admin;
        setPadding(false);
        add(new Paragraph(getTranslation("notify.contacts.intro")));
        entity.setId("contacts-entity");
        entity.setLabel(getTranslation("notify.contacts.entity"));
        entity.setItemLabelGenerator(e -> e.name() + " (" + e.code() + ")");
        entity.addValueChangeListener(e -> people.setValue(e.getValue() == null ? Set.of()
                : Set.copyOf(matching(e.getValue().contacts()))));
        people.setId("contacts-people");
        people.setLabel(getTranslation("notify.contacts.people"));
        people.setItemLabelGenerator(p -> p.displayName() + " <" + p.email() + ">");
        people.setWidth("28rem");
        Button save = Controls.primary(getTranslation("notify.contacts.save"), "contacts-save", e -> save());
        add(Controls.baselineRow(entity, people, save));

        grid.setId("contacts-grid");
        grid.addColumn(EntityContacts::name).setHeader(getTranslation("notify.contacts.entity")).setAutoWidth(true);
        grid.addColumn(e -> e.contacts().stream().map(EntityContacts.Person::email).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("notify.contacts.people")).setFlexGrow(1);
        grid.setAllRowsVisible(true);
        add(grid);
        refresh();
    }

    private List<EntityContacts.Person> matching(List<EntityContacts.Person> contacts) {
        // the same objects as the combo box's items, so that they show as selected
        Set<Long> ids = contacts.stream().map(EntityContacts.Person::id).collect(Collectors.toSet());
        return people.getListDataView().getItems().filter(p -> ids.contains(p.id())).toList();
    }

    private void save() {
        EntityContacts chosen = Controls.required(entity, getTranslation("notify.contacts.choose"));
        if (chosen == null) {
            return;
        }
        admin.setContacts(chosen.entityId(), people.getValue().stream().map(EntityContacts.Person::id).toList());
        Notification.show(getTranslation("notify.contacts.saved", chosen.name()));
        refresh();
    }

    private void refresh() {
        // names in the reader's alphabet order (issue 15): "Émile" with the E's in French, Chinese by pinyin
        List<EntityContacts> all = admin.entityContacts().stream()
                .sorted(NameCollation.by(getLocale(), EntityContacts::name)).toList();
        Long selected = entity.getValue() == null ? null : entity.getValue().entityId();
        entity.setItems(all);
        people.setItems(admin.people().stream()
                .sorted(NameCollation.by(getLocale(), (EntityContacts.Person p) -> p.displayName() == null ? p.email() : p.displayName())
                        .thenComparing(EntityContacts.Person::email))
                .toList());
        grid.setItems(all.stream().filter(e -> !e.contacts().isEmpty()).toList());
        all.stream().filter(e -> selected != null && e.entityId() == selected).findFirst().ifPresent(entity::setValue);
    }
}
