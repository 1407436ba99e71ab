package org.tsag.tracker.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.tsag.tracker.db.Tables.LOGIN_FAILURE;

import java.time.Duration;
import java.util.List;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.tsag.tracker.base.SystemAuthentication;
import org.tsag.tracker.testsupport.IntegrationTest;

/**
 * Issue 19, item 1: an attacker cannot lock a chair out. Locks hold per account and client
 * address group and end by themselves; an address that keeps failing waits longer and longer;
 * every failure gets the same answer.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class LoginLockoutTest {

    private static final String PASSWORD = "correct horse battery staple";
    private static final String ATTACKER = "203.0.113.7";
    private static final String USER_ADDRESS = "198.51.100.20";

    @Autowired
    WebApplicationContext context;

    @Autowired
    UserService users;

    @Autowired
    DSLContext dsl;

    MockMvc mvc;
    String email;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        email = "chair" + System.nanoTime() + "@example.org";
        SystemAuthentication.run(() -> users.create(email, "A chair", PASSWORD, List.of("CHAIR")));
        // every test starts from a clean slate of failures (the addresses are shared between tests)
        dsl.deleteFrom(LOGIN_FAILURE).execute();
    }

    private static RequestBuilder login(String user, String password, String address) {
        return servletContext -> {
            MockHttpServletRequest request = formLogin("/login").user(user).password(password).buildRequest(servletContext);
            request.setRemoteAddr(address);
            return request;
        };
    }

    private void missFiveTimes(String user, String address) throws Exception {
        for (int i = 0; i < LoginLimits.DEFAULT.accountFailures(); i++) {
            mvc.perform(login(user, "guess " + i, address)).andExpect(unauthenticated());
        }
    }

    /** Moves every recorded failure back in time, as if that much time had passed. */
    private void timePasses(Duration duration) {
        dsl.execute("UPDATE login_failure SET failed_at = failed_at - make_interval(secs => ?)",
                duration.toMillis() / 1000.0);
    }

    @Test
    void five_misses_lock_the_account_for_that_address_only(CapturedOutput output) throws Exception {
        missFiveTimes(email, ATTACKER);

        mvc.perform(login(email, PASSWORD, ATTACKER)).andExpect(unauthenticated());
        assertThat(output).contains("locked until").contains("refused without checking the password");
        // the real user, from another address, still signs in
        mvc.perform(login(email, PASSWORD, USER_ADDRESS)).andExpect(authenticated().withUsername(email));
    }

    @Test
    void the_lock_ends_by_itself_and_one_more_miss_does_not_lock_again() throws Exception {
        missFiveTimes(email, ATTACKER);
        mvc.perform(login(email, PASSWORD, ATTACKER)).andExpect(unauthenticated());

        timePasses(LoginLimits.DEFAULT.window().plusSeconds(1));
        mvc.perform(login(email, "one more guess", ATTACKER)).andExpect(unauthenticated());
        mvc.perform(login(email, PASSWORD, ATTACKER)).andExpect(authenticated().withUsername(email));
    }

    @Test
    void attempts_refused_during_the_lock_do_not_extend_it() throws Exception {
        missFiveTimes(email, ATTACKER);
        timePasses(LoginLimits.DEFAULT.window().minusMinutes(1));
        // the attacker keeps hammering during the last minute of the lock
        for (int i = 0; i < 20; i++) {
            mvc.perform(login(email, "hammer " + i, ATTACKER)).andExpect(unauthenticated());
        }
        assertThat(dsl.fetchCount(LOGIN_FAILURE)).isEqualTo(LoginLimits.DEFAULT.accountFailures());
        timePasses(Duration.ofMinutes(1).plusSeconds(1));
        mvc.perform(login(email, PASSWORD, ATTACKER)).andExpect(authenticated());
    }

    @Test
    void every_failure_gets_the_same_answer() throws Exception {
        String wrongPassword = location(login(email, "wrong", USER_ADDRESS));
        String unknownAccount = location(login("nobody" + System.nanoTime() + "@example.org", "wrong", USER_ADDRESS));
        missFiveTimes(email, ATTACKER);
        String locked = location(login(email, PASSWORD, ATTACKER));
        // unknown accounts lock exactly like real ones: nothing tells them apart
        String ghost = "ghost" + System.nanoTime() + "@example.org";
        missFiveTimes(ghost, USER_ADDRESS);
        String lockedUnknown = location(login(ghost, PASSWORD, USER_ADDRESS));

        assertThat(List.of(wrongPassword, unknownAccount, locked, lockedUnknown)).containsOnly("/login?error");
    }

    private String location(RequestBuilder request) throws Exception {
        MvcResult result = mvc.perform(request).andExpect(unauthenticated()).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        return result.getResponse().getHeader("Location");
    }

    @Test
    void an_address_that_keeps_failing_waits_whatever_the_account() throws Exception {
        int free = LoginLimits.DEFAULT.clientFreeFailures();
        for (int i = 0; i < free; i++) {
            // a different account each time: no account lock, only the address counts
            mvc.perform(login("spray" + i + "@example.org", "guess", ATTACKER)).andExpect(unauthenticated());
        }
        mvc.perform(login(email, PASSWORD, ATTACKER)).andExpect(unauthenticated());
        assertThat(dsl.fetchCount(LOGIN_FAILURE)).as("the throttled attempt is not counted").isEqualTo(free);
        mvc.perform(login(email, PASSWORD, USER_ADDRESS)).andExpect(authenticated());

        // the wait doubles with each further failure: after one second the address may try once more
        timePasses(LoginLimits.DEFAULT.clientDelay().plusMillis(500));
        mvc.perform(login("spray@example.org", "guess", ATTACKER)).andExpect(unauthenticated());
        assertThat(dsl.fetchCount(LOGIN_FAILURE)).isEqualTo(free + 1);
        timePasses(LoginLimits.DEFAULT.clientDelay().plusMillis(500));
        // two seconds now
        mvc.perform(login(email, PASSWORD, ATTACKER)).andExpect(unauthenticated());
        timePasses(LoginLimits.DEFAULT.clientDelay());
        mvc.perform(login(email, PASSWORD, ATTACKER)).andExpect(authenticated());
    }

    @Test
    void ipv6_addresses_of_one_64_network_count_together() throws Exception {
        for (int i = 0; i < LoginLimits.DEFAULT.accountFailures(); i++) {
            mvc.perform(login(email, "guess", "2001:db8:1:2::" + Integer.toHexString(i + 1))).andExpect(unauthenticated());
        }
        mvc.perform(login(email, PASSWORD, "2001:db8:1:2:ffff::9")).andExpect(unauthenticated());
        mvc.perform(login(email, PASSWORD, "2001:db8:1:3::1")).andExpect(authenticated());
    }
}
