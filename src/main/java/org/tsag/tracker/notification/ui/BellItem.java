package org.tsag.tracker.notification.ui;

import java.util.Optional;

import com.vaadin.flow.component.Component;
import org.tsag.tracker.base.CurrentUser;
import org.tsag.tracker.base.ui.NavbarItem;
import org.tsag.tracker.live.ui.LiveUpdates;
import org.tsag.tracker.notification.NotificationService;

/**
 * Puts the bell into the title bar of signed-in users, and keeps its count live: a committed change
 * to items or status reports (on any node, see the live package) has it count again.
 */
@org.springframework.stereotype.Component
class BellItem implements NavbarItem {

    private final NotificationService notifications;
    private final LiveUpdates live;

    BellItem(NotificationService notifications, LiveUpdates live) {
        this.notifications = notifications;
        this.live = live;
    }

    @Override
    public Optional<Component> create() {
        if (CurrentUser.name().isEmpty()) {
            return Optional.empty();
        }
        NotificationBell bell = new NotificationBell(notifications);
        live.keepUpdated(bell, changes -> {
            if (changes.everything() || changes.mayAffectItems()) {
                bell.refresh();
            }
        });
        return Optional.of(bell);
    }
}
