package org.tsag.tracker.notification.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import org.tsag.tracker.base.ui.Controls;
import org.tsag.tracker.i18n.NameCollation;
import org.tsag.tracker.notification.FollowTarget;
import org.tsag.tracker.notification.NotificationService;
import org.tsag.tracker.notification.Subscription;

/** What the user follows besides their own items: items, plans, resolutions and entities; follow and unfollow. */
class FollowPanel extends VerticalLayout {

    private static final List<String> KINDS = List.of(FollowTarget.ITEM, FollowTarget.PLAN, FollowTarget.RESOLUTION,
            FollowTarget.ENTITY);

    private final NotificationService notifications;
    private final Runnable changed;
    private final Grid<Subscription> grid = new Grid<>();
    private final Select<String> kind = new Select<>();
    private final ComboBox<FollowTarget> target = new ComboBox<>();

    FollowPanel(NotificationService notifications, Runnable changed) {
        this.notifications = notifications;
        this.changed = changed;
        setPadding(false);
        addClassName("my-work-follow");
        add(new H3(getTranslation("notify.follow.title")), new Paragraph(getTranslation("notify.follow.intro")));

        kind.setId("follow-kind");
        kind.setLabel(getTranslation("notify.follow.kind"));
        kind.setItems(KINDS);
        kind.setItemLabelGenerator(k -> getTranslation("notify.follow.kind." + k));
        kind.addValueChangeListener(e -> targets(e.getValue()));
        target.setId("follow-target");
        target.setLabel(getTranslation("notify.follow.target"));
        target.setItemLabelGenerator(FollowTarget::label);
        target.setWidthFull(); // 32rem at most, the screen's width on a phone
        target.setMaxWidth("32rem");
        Button follow = Controls.primary(getTranslation("notify.follow.add"), "follow-add", e -> follow());
        add(Controls.baselineRow(kind, target, follow));

        grid.setId("follow-grid");
        grid.addColumn(s -> getTranslation("notify.follow.kind." + s.target().kind()))
                .setHeader(getTranslation("notify.follow.column.kind")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(s -> s.target().label()).setHeader(getTranslation("notify.follow.column.what")).setFlexGrow(1);
        grid.addComponentColumn(this::unfollowButton).setKey("actions")
                .setHeader(getTranslation("notify.follow.column.actions")).setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("notify.follow.empty"));
        add(grid);
        kind.setValue(FollowTarget.PLAN);
        refresh();
    }

    private void targets(String chosen) {
        target.clear();
        if (FollowTarget.ITEM.equals(chosen)) {
            // items are many: found as one types, with the item grid's search
            target.setItems(query -> notifications.findItems(query.getFilter().orElse(null), query.getOffset(),
                    query.getLimit()).stream());
        } else {
            List<FollowTarget> targets = notifications.targets(chosen);
            // entities by name in the reader's collation; plans and resolutions keep their numbering order
            target.setItems(FollowTarget.ENTITY.equals(chosen)
                    ? targets.stream().sorted(NameCollation.by(getLocale(), FollowTarget::label)).toList() : targets);
        }
    }

    private void follow() {
        FollowTarget chosen = Controls.required(target, getTranslation("notify.follow.choose"));
        if (chosen == null) {
            return;
        }
        boolean added = notifications.follow(chosen);
        Notification.show(getTranslation(added ? "notify.follow.added" : "notify.follow.already", chosen.label()));
        target.clear();
        refresh();
    }

    private Component unfollowButton(Subscription subscription) {
        return Controls.rowAction(getTranslation("notify.follow.remove"), "unfollow-" + subscription.id(),
                getTranslation("notify.follow.remove.label", subscription.target().label()), () -> {
                    notifications.unfollow(subscription.id());
                    refresh();
                }, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
    }

    private void refresh() {
        grid.setItems(notifications.subscriptions());
        changed.run();
    }
}
