package org.tsag.tracker.notification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.tsag.tracker.notification.Frequency;
import org.tsag.tracker.notification.NotificationService;
import org.tsag.tracker.notification.NotificationSettings;
import org.tsag.tracker.notification.SettingsChangedException;

/** How often the user gets the digest e-mail, and (chairs and TSB) the reminder before TSAG meetings. */
class SettingsPanel extends VerticalLayout {

    private final NotificationService notifications;
    private final RadioButtonGroup<Frequency> frequency = new RadioButtonGroup<>();
    private final Checkbox reminder = new Checkbox();
    private NotificationSettings loaded;

    SettingsPanel(NotificationService notifications) {
        this.notifications = notifications;
        setPadding(false);
        addClassName("my-work-settings");
        frequency.setId("notify-frequency");
        frequency.setLabel(getTranslation("notify.settings.frequency"));
        frequency.setItems(Frequency.values());
        frequency.setItemLabelGenerator(f -> getTranslation("notify.frequency." + f.name()));
        reminder.setId("notify-reminder");
        reminder.setLabel(getTranslation("notify.settings.reminder"));
        reminder.setVisible(notifications.remindersOffered());
        Button save = new Button(getTranslation("notify.settings.save"), e -> save());
        save.setId("notify-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H3(getTranslation("notify.settings.title")), frequency, reminder, save);
        load();
    }

    private void load() {
        loaded = notifications.settings();
        frequency.setValue(loaded.frequency());
        reminder.setValue(loaded.meetingReminder());
    }

    private void save() {
        try {
            notifications.saveSettings(new NotificationSettings(frequency.getValue(), reminder.getValue(), loaded.version()));
            load();
            Notification.show(getTranslation("notify.settings.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (SettingsChangedException e) {
            load();
            Notification.show(getTranslation("notify.settings.conflict")).addThemeVariants(NotificationVariant.LUMO_WARNING);
        }
    }
}
