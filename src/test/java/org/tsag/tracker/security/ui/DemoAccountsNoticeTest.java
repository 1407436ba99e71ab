package org.tsag.tracker.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.tsag.tracker.base.SystemAuthentication;
import org.tsag.tracker.security.UserService;
import org.tsag.tracker.testsupport.ViewTestBase;

/** Issue 19, item 7: while demo accounts can sign in, the login page and every page say so. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@WithMockUser(username = "admin@example.org", roles = "ADMIN")
class DemoAccountsNoticeTest extends ViewTestBase {

    @Autowired
    UserService users;

    private List<Span> notices() {
        return find(Span.class).withId("demo-accounts-notice").all();
    }

    @Test
    @Order(1)
    void without_demo_accounts_there_is_no_notice() {
        navigate("login", LoginView.class);
        assertThat(notices()).isEmpty();
        navigate("admin/users", UsersView.class);
        assertThat(notices()).isEmpty();
    }

    @Test
    @Order(2)
    void with_demo_accounts_the_login_page_and_the_title_bar_show_the_notice() {
        SystemAuthentication.run(() -> users.create("chair@demo.tracker.local", "Demo chair", "a demo password 123", List.of("CHAIR")));
        navigate("login", LoginView.class);
        assertThat(notices()).singleElement().satisfies(notice ->
                assertThat(notice.getElement().getTextRecursively()).contains("demo accounts"));
        navigate("admin/users", UsersView.class);
        assertThat(notices()).hasSize(1);
    }
}
