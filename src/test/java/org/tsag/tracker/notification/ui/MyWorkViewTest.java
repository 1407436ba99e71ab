package org.tsag.tracker.notification.ui;

import org.tsag.tracker.status.StatusJournal;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.tsag.tracker.base.SystemAuthentication;
import org.tsag.tracker.item.ItemService;
import org.tsag.tracker.item.NewItem;
import org.tsag.tracker.item.NewPlan;
import org.tsag.tracker.status.StatusReport;
import org.tsag.tracker.live.Change;
import org.tsag.tracker.live.ChangeBroadcaster;
import org.tsag.tracker.notification.FollowTarget;
import org.tsag.tracker.notification.FollowedItem;
import org.tsag.tracker.notification.Frequency;
import org.tsag.tracker.notification.NotificationService;
import org.tsag.tracker.security.UserService;
import org.tsag.tracker.testsupport.ViewTestBase;

/**
 * A member's "My work" and bell: the items they own (overdue first, awaiting their report), a plan
 * they follow from the page; the bell counts others' changes on them, never an internal item, and
 * clears with "mark all as read"; the digest setting is saved.
 */
@WithMockUser(username = "maria@example.org", roles = "MEMBER")
class MyWorkViewTest extends ViewTestBase {

    @Autowired
    UserService users;

    @Autowired
    StatusJournal journal;
    @Autowired
    ItemService items;
    @Autowired
    NotificationService notifications;

    @BeforeEach
    void data() {
        SystemAuthentication.run(() -> {
            if (users.list().stream().anyMatch(u -> u.email().equals("maria@example.org"))) {
                return;
            }
            users.create("maria@example.org", "Maria Delegate", "correct horse battery", List.of("MEMBER"));
            items.createPlan(new NewPlan("MW", "My work plan", null, "TSB", null, "AVERAGE", true));
            items.createPlan(new NewPlan("MX", "Another plan", null, "TSB", null, "AVERAGE", true));
            item("MW", "MW-1", "Overdue task of Maria", "Maria Delegate", LocalDate.now().minusDays(3), false);
            item("MW", "MW-2", "Later task of Maria", "maria@example.org", LocalDate.now().plusDays(30), false);
            item("MW", "MW-3", "Internal task of Maria", "Maria Delegate", LocalDate.now().plusDays(5), true);
            item("MX", "MX-1", "Someone else's task", "Somebody", null, false);
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_member_sees_their_items_follows_a_plan_and_reads_the_bell() {
        navigate("my-work", MyWorkView.class);
        Grid<FollowedItem> grid = find(Grid.class).withId("work-grid").single();
        assertThat(test(grid).size()).isEqualTo(2);
        FollowedItem first = test(grid).getRow(0);
        assertThat(first.code()).isEqualTo("MW-1");
        assertThat(first.overdue()).isTrue();
        assertThat(first.awaitingReport()).isTrue();
        assertThat(first.reasons()).containsExactly("OWNER");
        assertThat(((Span) test(grid).getCellComponent(0, "deadline")).getText()).startsWith("Overdue since");
        assertThat(find(Tab.class).withId("work-tab-overdue").single().getLabel()).isEqualTo("Overdue (1)");

        // a report by TSB on MW-2 and on the internal MW-3: the bell counts only the first
        SystemAuthentication.run(() -> {
            journal.report(items.findItemId("MW", "MW-2").orElseThrow(), new StatusReport("IN_PROGRESS", 20, null,
                    "Started", null, LocalDate.now(), List.of(), null));
            journal.report(items.findItemId("MW", "MW-3").orElseThrow(), new StatusReport("IN_PROGRESS", 20, null,
                    "Started", null, LocalDate.now(), List.of(), null));
        });
        navigate("my-work", MyWorkView.class);
        Span count = find(Span.class).withId("notification-count").single();
        assertThat(count.isVisible()).isTrue();
        assertThat(notifications.notices(10)).extracting(n -> n.code()).contains("MW-2").doesNotContain("MW-3");
        int before = Integer.parseInt(count.getText());
        assertThat(find(Button.class).withId("notification-bell").single().getElement().getAttribute("aria-label"))
                .isEqualTo("Notifications: " + before + " unread");

        // follow the other plan from the page
        test(find(Select.class).withId("follow-kind").single()).selectItem("Plan");
        ComboBox<FollowTarget> target = find(ComboBox.class).withId("follow-target").single();
        test(target).selectItem("MX Another plan");
        test(find(Button.class).withId("follow-add").single()).click();
        assertThat(notifications.subscriptions()).extracting(s -> s.target().label()).containsExactly("MX Another plan");
        assertThat(test(grid).size()).isEqualTo(3);
        assertThat(find(Tab.class).withId("work-tab-all").single().getLabel()).isEqualTo("All (3)");

        notifications.markAllRead();
        navigate("my-work", MyWorkView.class);
        // the count is hidden (find sees visible components only)
        assertThat(find(Span.class).withId("notification-count").all()).isEmpty();

        RadioButtonGroup<Frequency> frequency = find(RadioButtonGroup.class).withId("notify-frequency").single();
        assertThat(frequency.getValue()).isEqualTo(Frequency.DAILY);
        test(frequency).selectItem("Weekly (on Mondays)");
        test(find(Button.class).withId("notify-save").single()).click();
        assertThat(notifications.settings().frequency()).isEqualTo(Frequency.WEEKLY);
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_overdue_tab_is_a_deep_link() {
        com.vaadin.flow.component.UI.getCurrent().navigate(MyWorkView.class,
                com.vaadin.flow.router.QueryParameters.of("show", "overdue"));
        assertThat(find(Tab.class).withId("work-tab-overdue").single().isSelected()).isTrue();
        Grid<FollowedItem> grid = find(Grid.class).withId("work-grid").single();
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getRow(0).code()).isEqualTo("MW-1");
    }

    @Test
    void the_bell_counts_a_change_committed_elsewhere_without_a_reload() throws Exception {
        notifications.markAllRead();
        navigate("my-work", MyWorkView.class);
        assertThat(find(Span.class).withId("notification-count").all()).isEmpty();
        long id = SystemAuthentication.call(() -> {
            long item = items.findItemId("MW", "MW-2").orElseThrow();
            journal.report(item, new StatusReport("IN_PROGRESS", 50, null, "Half way", null, LocalDate.now(), List.of(), null));
            return item;
        });
        // what the database listener would deliver for that commit
        live.publish(Change.ofItem("status_event", "INSERT", id, "MW"));
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(10).toNanos();
        while (find(Span.class).withId("notification-count").all().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(50);
            roundTrip();
        }
        assertThat(find(Span.class).withId("notification-count").single().getText()).isEqualTo("1");
    }

    @Autowired
    ChangeBroadcaster live;

    private void item(String plan, String code, String title, String owner, LocalDate due, boolean internal) {
        items.createItem(new NewItem(plan, code, null, title, null, List.of("SG"), List.of(), List.of("TSAG"), List.of(),
                owner, null, due, null, "MEDIUM", "2025-2028", 1, internal, true));
    }
}
