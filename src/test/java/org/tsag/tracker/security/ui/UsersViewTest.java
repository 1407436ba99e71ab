package org.tsag.tracker.security.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.OffsetDateTime;
import java.util.List;

import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.TestSecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.tsag.tracker.base.SystemAuthentication;
import org.tsag.tracker.i18n.LocaleFormats;
import org.tsag.tracker.security.UserAccount;
import org.tsag.tracker.security.UserService;
import org.tsag.tracker.testsupport.ViewTestBase;

/** The users page's "Sign-in" column says how each user signs in and when they last did (issue 18). */
@WithMockUser(username = "admin@example.org", roles = "ADMIN")
class UsersViewTest extends ViewTestBase {

    private static final String PASSWORD = "correct horse battery staple";
    private static final int SIGN_IN_COLUMN = 4;

    @Autowired
    UserService users;

    @Autowired
    WebApplicationContext context;

    @Test
    @SuppressWarnings("unchecked")
    void after_a_sign_in_the_column_shows_its_time() throws Exception {
        String signsIn = "signs-in" + System.nanoTime() + "@example.org";
        String never = "never" + System.nanoTime() + "@example.org";
        SystemAuthentication.run(() -> {
            users.create(signsIn, "Signs in", PASSWORD, List.of("MEMBER"));
            users.create(never, "Never signs in", PASSWORD, List.of("MEMBER"));
        });
        OffsetDateTime before = OffsetDateTime.now().minusSeconds(1);
        // the user signs in through the real sign-in form; the admin's own test session is kept aside meanwhile
        Authentication admin = SecurityContextHolder.getContext().getAuthentication();
        MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build()
                .perform(formLogin("/login").user(signsIn).password(PASSWORD))
                .andExpect(status().isFound())
                .andExpect(header().string("Location", org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("error"))));
        SecurityContext restored = SecurityContextHolder.createEmptyContext();
        restored.setAuthentication(admin);
        TestSecurityContextHolder.setContext(restored);

        UserAccount stamped = users.list().stream()
                .filter(u -> u.email().equals(signsIn)).findFirst().orElseThrow();
        assertThat(stamped.lastSignInAt()).isAfter(before).isBefore(OffsetDateTime.now().plusSeconds(1));

        navigate("admin/users", UsersView.class);
        Grid<UserAccount> grid = find(Grid.class).withId("users-grid").single();
        assertThat(cell(grid, signsIn)).isEqualTo("Password, last signed in "
                + LocaleFormats.of(com.vaadin.flow.component.UI.getCurrent().getLocale()).dateTime(stamped.lastSignInAt()));
        assertThat(cell(grid, signsIn)).matches("Password, last signed in .*\\d{1,2}:\\d{2}.*");
        assertThat(cell(grid, never)).isEqualTo("Password, not signed in yet");
    }

    @Test
    @SuppressWarnings("unchecked")
    void users_are_listed_by_name_as_the_reader_sorts_names() {
        String suffix = System.nanoTime() + "@example.org";
        for (String name : List.of("Zoé Zeller", "Émile Ebert", "Eva Eames")) {
            users.create(name.substring(0, 3).toLowerCase() + suffix, name, PASSWORD, List.of("MEMBER"));
        }
        com.vaadin.flow.component.UI.getCurrent().setLocale(java.util.Locale.FRENCH);
        navigate("admin/users", UsersView.class);
        Grid<UserAccount> grid = find(Grid.class).withId("users-grid").single();
        List<String> names = new java.util.ArrayList<>();
        for (int row = 0; row < test(grid).size(); row++) {
            String email = test(grid).getRow(row).email();
            if (email.endsWith(suffix)) {
                names.add(test(grid).getRow(row).displayName());
            }
        }
        // French: É among the E's (the C order would put it after Z)
        assertThat(names).containsExactly("Émile Ebert", "Eva Eames", "Zoé Zeller");
    }

    private String cell(Grid<UserAccount> grid, String email) {
        for (int row = 0; row < test(grid).size(); row++) {
            if (test(grid).getRow(row).email().equals(email)) {
                return test(grid).getCellText(row, SIGN_IN_COLUMN);
            }
        }
        throw new AssertionError("no row for " + email);
    }
}
