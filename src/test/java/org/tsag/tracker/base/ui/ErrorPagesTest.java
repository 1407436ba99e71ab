package org.tsag.tracker.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.sidenav.SideNav;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;
import org.tsag.tracker.testsupport.ViewTestBase;

/** A refused or unknown address shows the app's own page, with the menu and what to do (issue 18). */
@WithMockUser(username = "member@example.org", roles = "MEMBER")
class ErrorPagesTest extends ViewTestBase {

    @Test
    void an_unknown_address_shows_the_apps_page_with_the_menu() {
        UI.getCurrent().navigate("no-such-page");
        assertThat(getCurrentView()).isInstanceOf(NotFoundErrorView.class);
        assertThat(find(H2.class).withId("error-title").single().getText()).isEqualTo("Page not found");
        assertThat(find(Paragraph.class).withId("error-text").single().getText()).contains("/no-such-page");
        assertThat(find(SideNav.class).exists()).as("the menu is there").isTrue();
        assertThat(find(Anchor.class).withId("error-home").single().getHref()).isEmpty();
    }

    @Test
    void a_page_the_role_does_not_open_says_so_and_what_to_do() {
        UI.getCurrent().navigate("reports");
        assertThat(getCurrentView()).isInstanceOfAny(AccessDeniedErrorView.class, NotFoundErrorView.class);
        String text = find(H2.class).withId("error-title").single().getText();
        assertThat(text).isIn("This page is not open to you", "Page not found");
        assertThat(find(SideNav.class).exists()).isTrue();
        assertThat(find(Anchor.class).withId("error-home").exists()).isTrue();
    }
}
