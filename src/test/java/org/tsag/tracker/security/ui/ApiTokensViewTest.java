package org.tsag.tracker.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.tsag.tracker.base.SystemAuthentication;
import org.tsag.tracker.security.ApiToken;
import org.tsag.tracker.security.ApiTokenService;
import org.tsag.tracker.security.UserService;
import org.tsag.tracker.testsupport.ViewTestBase;

/** A signed-in user creates a token, sees it once, finds it listed by its prefix, and revokes it. */
@WithMockUser(username = "delegate@example.org", roles = "MEMBER")
class ApiTokensViewTest extends ViewTestBase {

    @Autowired
    UserService users;

    @Autowired
    ApiTokenService tokens;

    @BeforeEach
    void user() {
        SystemAuthentication.run(() -> {
            if (users.list().stream().noneMatch(u -> u.email().equals("delegate@example.org"))) {
                users.create("delegate@example.org", "A delegate", "correct horse battery", List.of("MEMBER"));
            }
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_member_creates_a_token_sees_it_once_and_revokes_it() {
        navigate("account/tokens", ApiTokensView.class);
        test(find(TextField.class).withId("token-name").single()).setValue("report script");
        test(find(Button.class).withId("token-create").single()).click();

        String shown = find(TextField.class).withId("token-value").single().getValue();
        assertThat(shown).startsWith("tsag_");
        test(find(Button.class).withId("token-close").single()).click();
        assertThat(find(TextField.class).withId("token-value").all()).isEmpty();

        Grid<ApiToken> grid = find(Grid.class).withId("tokens-grid").single();
        ApiToken listed = test(grid).getRow(0);
        assertThat(listed.name()).isEqualTo("report script");
        assertThat(shown).startsWith(listed.prefix());
        assertThat(test(grid).size()).isEqualTo(1);

        Button revoke = (Button) test(grid).getCellComponent(0, "actions");
        assertThat(revoke.getId()).contains("token-revoke-" + listed.id());
        test(revoke).click();
        assertThat(tokens.mine()).singleElement().satisfies(t -> assertThat(t.active()).isFalse());
        assertThat(((Button) test(grid).getCellComponent(0, "actions")).isEnabled()).isFalse();
    }

    @Test
    void a_token_without_a_name_is_not_created() {
        navigate("account/tokens", ApiTokensView.class);
        test(find(Button.class).withId("token-create").single()).click();
        assertThat(find(TextField.class).withId("token-name").single().isInvalid()).isTrue();
        assertThat(tokens.mine()).noneMatch(t -> t.name().isBlank());
    }
}
