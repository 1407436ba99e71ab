package org.tsag.tracker.notification.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.tsag.tracker.base.SystemAuthentication;
import org.tsag.tracker.demo.DemoDataService;
import org.tsag.tracker.item.ItemService;
import org.tsag.tracker.notification.FollowTarget;
import org.tsag.tracker.notification.FollowedItem;
import org.tsag.tracker.notification.NotificationService;
import org.tsag.tracker.notification.Subscription;
import org.tsag.tracker.notification.WorkFilter;
import org.tsag.tracker.security.UserService;
import org.tsag.tracker.testsupport.ViewTestBase;

/**
 * The Follow toggle on the pages of what one can follow: an item, a plan and an entity (on the item
 * grid filtered to it) and a resolution. One click follows, the next stops; "My work" and the
 * subscriptions agree; an owner is told they hear of their item anyway.
 */
@WithMockUser(username = "fiona@example.org", roles = "MEMBER")
class FollowButtonTest extends ViewTestBase {

    @Autowired
    DemoDataService demo;
    @Autowired
    UserService users;
    @Autowired
    ItemService items;
    @Autowired
    NotificationService notifications;

    @BeforeEach
    void data() {
        SystemAuthentication.run(() -> {
            demo.loadIfEmpty();
            if (users.list().stream().noneMatch(u -> u.email().equals("fiona@example.org"))) {
                users.create("fiona@example.org", "Fiona Follower", "correct horse battery", List.of("MEMBER"));
            }
        });
        notifications.subscriptions().forEach(s -> notifications.unfollow(s.id()));
    }

    @Test
    void an_item_is_followed_and_unfollowed_from_its_page() {
        UI.getCurrent().navigate("items/WTSA24/68-1");
        Button follow = find(Button.class).withId("follow-item").single();
        assertThat(follow.getText()).isEqualTo("Follow");
        assertThat(follow.getElement().getAttribute("aria-pressed")).isEqualTo("false");
        assertThat(follow.getElement().getAttribute("aria-label")).startsWith("Follow WTSA24 68-1 ");

        test(follow).click();
        assertThat(follow.getText()).isEqualTo("Following");
        assertThat(follow.getElement().getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(notifications.subscriptions()).extracting(s -> s.target().kind(), s -> s.target().label())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(FollowTarget.ITEM,
                        "WTSA24 68-1 " + items.findAmong(org.tsag.tracker.item.ItemFilter.NONE,
                                List.of(items.findItemId("WTSA24", "68-1").orElseThrow())).getFirst().title()));
        assertThat(notifications.work(WorkFilter.ALL, 0, 50)).extracting(FollowedItem::code).contains("68-1");

        // a new page for the same item knows it is followed
        UI.getCurrent().navigate("items/WTSA24/68-2");
        UI.getCurrent().navigate("items/WTSA24/68-1");
        follow = find(Button.class).withId("follow-item").single();
        assertThat(follow.getText()).isEqualTo("Following");
        test(follow).click();
        assertThat(follow.getText()).isEqualTo("Follow");
        assertThat(notifications.subscriptions()).isEmpty();
        assertThat(notifications.work(WorkFilter.ALL, 0, 50)).extracting(FollowedItem::code).doesNotContain("68-1");
    }

    @Test
    void the_owner_is_told_they_hear_of_their_item_anyway() {
        SystemAuthentication.run(() -> {
            var form = org.tsag.tracker.item.ItemForm.of(items.findItem("WTSA24", "68-2").orElseThrow());
            form.setOwner("Fiona Follower");
            items.update(form);
        });
        UI.getCurrent().navigate("items/WTSA24/68-2");
        Button follow = find(Button.class).withId("follow-item").single();
        assertThat(follow.getText()).isEqualTo("Follow");
        assertThat(find(Span.class).withId("follow-item-also").single().getText())
                .isEqualTo("You hear of it anyway: you own it");
    }

    @Test
    void a_plan_and_an_entity_are_followed_from_the_filtered_grid() {
        UI.getCurrent().navigate("items", QueryParameters.of("plan", "WTSA24"));
        test(find(Button.class).withId("follow-plan").single()).click();
        assertThat(find(Button.class).withId("follow-entity").all()).isEmpty();

        UI.getCurrent().navigate("items", QueryParameters.of("entity", "TSB"));
        assertThat(find(Button.class).withId("follow-plan").all()).isEmpty();
        Button entity = find(Button.class).withId("follow-entity").single();
        test(entity).click();
        assertThat(entity.getText()).isEqualTo("Following");
        assertThat(notifications.subscriptions()).extracting(Subscription::target).extracting(FollowTarget::kind)
                .containsExactly(FollowTarget.PLAN, FollowTarget.ENTITY);

        UI.getCurrent().navigate("items");
        assertThat(find(Button.class).withId("follow-plan").all()).isEmpty();
        assertThat(find(Button.class).withId("follow-entity").all()).isEmpty();
    }

    @Test
    void a_resolution_is_followed_from_its_page() {
        UI.getCurrent().navigate("resolutions/68");
        Button follow = find(Button.class).withId("follow-resolution").single();
        test(follow).click();
        assertThat(follow.getText()).isEqualTo("Following");
        assertThat(notifications.subscriptions()).extracting(s -> s.target().kind()).containsExactly(FollowTarget.RESOLUTION);
        // the items on its clauses are now followed because of it
        assertThat(notifications.work(WorkFilter.ALL, 0, 100)).isNotEmpty()
                .anySatisfy(item -> assertThat(item.reasons()).contains("RESOLUTION"));
    }
}
