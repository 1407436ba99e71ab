package org.tsag.tracker.notification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.tsag.tracker.notification.FollowState;
import org.tsag.tracker.notification.NotificationService;

/**
 * "Follow" / "Following": the signed-in user's own subscription to an item, plan, resolution or
 * entity, switched in one click (a toggle button with {@code aria-pressed}). For an item it also says
 * why the user hears of it anyway (owner, contact, a followed plan...), which the toggle leaves alone.
 */
class FollowButton extends HorizontalLayout {

    private final NotificationService notifications;
    private final Button toggle = new Button();
    private final Span also = new Span();
    private FollowState state;

    FollowButton(NotificationService notifications, FollowState state, String id) {
        this.notifications = notifications;
        addClassName("follow-control");
        setSpacing(true);
        setPadding(false);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        toggle.setId(id);
        toggle.addClassName("follow-button");
        toggle.addClickListener(e -> toggle());
        also.addClassName("follow-also");
        also.setId(id + "-also");
        add(toggle, also);
        show(state);
    }

    private void toggle() {
        boolean follow = !state.following();
        show(notifications.setFollowing(state, follow));
        Notification.show(getTranslation(follow ? "notify.follow.added" : "notify.follow.removed", state.target().label()),
                4000, Notification.Position.BOTTOM_START);
    }

    private void show(FollowState value) {
        state = value;
        boolean on = value.following();
        toggle.setText(getTranslation(on ? "notify.follow.following" : "notify.follow.add"));
        toggle.setIcon(on ? VaadinIcon.BELL.create() : VaadinIcon.BELL_O.create());
        toggle.setAriaLabel(getTranslation("notify.follow.label", value.target().label()));
        toggle.getElement().setAttribute("aria-pressed", Boolean.toString(on));
        toggle.setTooltipText(getTranslation(on ? "notify.follow.tooltip.on" : "notify.follow.tooltip.off"));
        if (on) {
            toggle.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        } else {
            toggle.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        also.setText(value.otherReasons().isEmpty() ? "" : getTranslation("notify.follow.also",
                String.join(", ", value.otherReasons().stream().map(r -> getTranslation("notify.reason." + r)).toList())));
        also.setVisible(!value.otherReasons().isEmpty());
    }
}
