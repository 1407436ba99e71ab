package org.tsag.tracker.notification.ui;

import java.util.List;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import com.vaadin.flow.shared.Registration;
import org.tsag.tracker.base.ui.ItemLinks;
import org.tsag.tracker.notification.Notice;
import org.tsag.tracker.notification.NotificationService;
import org.tsag.tracker.i18n.LocaleFormats;

/**
 * The bell in the title bar: how many changes on followed items the user has not seen, and on a
 * click the latest ones with links to their items, "mark all as read" and "My work". The count is
 * read again after every navigation.
 */
@StyleSheet("assets/notifications.css")
class NotificationBell extends Div {

    static final int SHOWN = 15;

    private final NotificationService notifications;
    private final Button button = new Button(VaadinIcon.BELL.create());
    private final Span count = new Span();
    private final Div list = new Div();
    private Registration navigation;

    NotificationBell(NotificationService notifications) {
        this.notifications = notifications;
        addClassName("notification-bell");
        button.setId("notification-bell");
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        count.setId("notification-count");
        count.addClassName("notification-count");
        count.getElement().setAttribute("aria-hidden", "true");
        add(button, count);

        Popover popover = new Popover();
        popover.setTarget(button);
        popover.setPosition(PopoverPosition.BOTTOM_END);
        popover.setAriaLabelledBy("notification-heading");
        popover.addThemeName("arrow");
        list.setId("notification-list");
        list.addClassName("notification-list");
        H3 heading = new H3(getTranslation("notify.bell.heading"));
        heading.setId("notification-heading");
        Button markRead = new Button(getTranslation("notify.bell.markRead"), e -> {
            notifications.markAllRead();
            refresh();
            fill();
        });
        markRead.setId("notification-mark-read");
        markRead.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Anchor work = new Anchor("my-work", getTranslation("notify.bell.work"));
        work.setId("notification-my-work");
        Div actions = new Div(markRead, work);
        actions.addClassName("notification-actions");
        popover.add(heading, list, actions);
        popover.addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                fill();
            }
        });
        add(popover);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        refresh();
        navigation = event.getUI().addAfterNavigationListener(e -> refresh());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (navigation != null) {
            navigation.remove();
            navigation = null;
        }
    }

    void refresh() {
        int unread = notifications.unreadCount();
        count.setText(unread > 99 ? "99+" : Integer.toString(unread));
        count.setVisible(unread > 0);
        button.setAriaLabel(getTranslation("notify.bell.label", unread));
        button.setTooltipText(getTranslation("notify.bell.label", unread));
    }

    void fill() {
        list.removeAll();
        List<Notice> notices = notifications.notices(SHOWN);
        if (notices.isEmpty()) {
            list.add(new Paragraph(getTranslation("notify.bell.empty")));
            return;
        }
        LocaleFormats formats = LocaleFormats.of(getLocale());
        for (Notice notice : notices) {
            Anchor link = ItemLinks.anchor(notice.plan(), notice.code(), notice.plan() + " " + notice.code()
                    + " " + notice.title());
            link.addClassName("notification-item");
            Span what = new Span(describe(notice));
            Span when = new Span(getTranslation("notify.bell.byAt", notice.actor(),
                    formats.dateTime(notice.at())));
            when.addClassName("notification-meta");
            Div row = new Div(link, what, when);
            row.addClassName("notification-row");
            if (notice.unread()) {
                row.addClassName("unread");
                Span marker = new Span(getTranslation("notify.bell.new"));
                marker.addClassName("notification-new");
                row.addComponentAsFirst(marker);
            }
            list.add(row);
        }
    }

    private String describe(Notice notice) {
        return switch (notice.kind()) {
            case "STATUS_REPORT" -> getTranslation("notify.bell.report", getTranslation("status." + notice.status()));
            case "FIELD_CHANGE" -> getTranslation("notify.bell.field", getTranslation("notify.field." + notice.field()));
            default -> getTranslation("notify.bell.newItem");
        };
    }
}
