package org.tsag.tracker.notification.ui;

import java.util.Optional;
import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import org.tsag.tracker.base.CurrentUser;
import org.tsag.tracker.base.ui.FollowControl;
import org.tsag.tracker.notification.FollowState;
import org.tsag.tracker.notification.FollowTarget;
import org.tsag.tracker.notification.NotificationService;

/** The "Follow" toggles on the item, plan (item grid), resolution and entity (item grid) pages. */
@org.springframework.stereotype.Component
class FollowControls implements FollowControl {

    private final NotificationService notifications;

    FollowControls(NotificationService notifications) {
        this.notifications = notifications;
    }

    @Override
    public Optional<Component> item(long itemId) {
        return button("follow-item", () -> notifications.itemFollowState(itemId));
    }

    @Override
    public Optional<Component> plan(String code) {
        return button("follow-plan", () -> notifications.followState(FollowTarget.PLAN, code));
    }

    @Override
    public Optional<Component> resolution(String number) {
        return button("follow-resolution", () -> notifications.followState(FollowTarget.RESOLUTION, number));
    }

    @Override
    public Optional<Component> entity(String code) {
        return button("follow-entity", () -> notifications.followState(FollowTarget.ENTITY, code));
    }

    private Optional<Component> button(String id, Supplier<Optional<FollowState>> state) {
        if (CurrentUser.name().isEmpty()) {
            // anonymous readers (public read) follow nothing
            return Optional.empty();
        }
        return state.get().map(s -> new FollowButton(notifications, s, id));
    }
}
