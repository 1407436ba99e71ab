package org.tsag.tracker.notification.ui;

import java.util.Optional;

import com.vaadin.flow.component.Component;
import org.tsag.tracker.base.CurrentUser;
import org.tsag.tracker.base.ui.NavbarItem;
import org.tsag.tracker.notification.NotificationService;

/** Puts the bell into the title bar of signed-in users. */
@org.springframework.stereotype.Component
class BellItem implements NavbarItem {

    private final NotificationService notifications;

    BellItem(NotificationService notifications) {
        this.notifications = notifications;
    }

    @Override
    public Optional<Component> create() {
        return CurrentUser.name().isPresent() ? Optional.of(new NotificationBell(notifications)) : Optional.empty();
    }
}
