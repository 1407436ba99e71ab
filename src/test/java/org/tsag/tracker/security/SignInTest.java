package org.tsag.tracker.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.logout;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.tsag.tracker.db.Tables.APP_USER;
import static org.tsag.tracker.db.Tables.AUDIT_LOG;

import java.util.List;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.tsag.tracker.base.SystemAuthentication;
import org.tsag.tracker.testsupport.IntegrationTest;

/** Sign-in, sign-out and hashed passwords (throttling: LoginLockoutTest; headers and CSRF over real HTTP: HttpHardeningTest). */
@IntegrationTest
class SignInTest {

    private static final String PASSWORD = "correct horse battery staple";

    @Autowired
    WebApplicationContext context;

    @Autowired
    UserService users;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    DSLContext dsl;

    MockMvc mvc;
    String email;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        email = "tsb" + System.nanoTime() + "@example.org";
        SystemAuthentication.run(() -> users.create(email, "TSB staff", PASSWORD, List.of("TSB")));
    }

    @Test
    void a_user_signs_in_with_the_right_password_and_signs_out() throws Exception {
        mvc.perform(formLogin("/login").user(email.toUpperCase()).password(PASSWORD))
                .andExpect(authenticated().withUsername(email).withRoles("TSB"));
        mvc.perform(logout()).andExpect(unauthenticated());
    }

    @Test
    void a_wrong_password_is_refused() throws Exception {
        mvc.perform(formLogin("/login").user(email).password("wrong password"))
                .andExpect(unauthenticated())
                .andExpect(header().string("Location", "/login?error"));
    }

    @Test
    void passwords_are_stored_hashed_with_the_delegating_encoder() {
        String hash = dsl.select(APP_USER.PASSWORD_HASH).from(APP_USER).where(APP_USER.EMAIL.eq(email))
                .fetchSingle(APP_USER.PASSWORD_HASH);
        assertThat(hash).startsWith("{bcrypt}").doesNotContain(PASSWORD);
        assertThat(encoder.matches(PASSWORD, hash)).isTrue();
        // the audit journal never holds the hash
        assertThat(dsl.fetchCount(AUDIT_LOG, AUDIT_LOG.NEW_VALUES.cast(String.class).contains("bcrypt"))).isZero();
    }
}
