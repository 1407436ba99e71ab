package org.tsag.tracker.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The rules of sign-in throttling, with explicit times (no clock, no waiting). */
class LoginLimitsTest {

    private final LoginLimits limits = LoginLimits.DEFAULT;
    private final Instant t0 = Instant.parse("2026-12-03T10:00:00Z");

    private Instant at(long seconds) {
        return t0.plusSeconds(seconds);
    }

    @Test
    void five_failures_within_the_window_lock_until_the_window_after_the_last() {
        List<Instant> failures = List.of(at(0), at(10), at(20), at(30), at(40));
        assertThat(limits.accountLockedUntil(failures, at(41))).contains(at(40).plus(limits.window()));
        assertThat(limits.accountLockedUntil(failures, at(40).plus(limits.window()))).isEmpty();
    }

    @Test
    void failures_spread_wider_than_the_window_never_lock() {
        long step = limits.window().toSeconds() / 4 + 1;
        List<Instant> failures = List.of(at(0), at(step), at(2 * step), at(3 * step), at(4 * step));
        assertThat(limits.accountLockedUntil(failures, at(4 * step))).isEmpty();
    }

    @Test
    void after_a_lock_the_count_starts_again() {
        long after = 40 + limits.window().toSeconds();
        List<Instant> failures = List.of(at(0), at(10), at(20), at(30), at(40), at(after + 1));
        assertThat(limits.accountLockedUntil(failures, at(after + 2))).isEmpty();
    }

    @Test
    void the_client_wait_doubles_and_is_capped_at_the_window() {
        int free = limits.clientFreeFailures();
        assertThat(limits.clientWaitUntil(free - 1, at(0), at(0))).isEmpty();
        assertThat(limits.clientWaitUntil(free, at(0), at(0))).contains(at(1));
        assertThat(limits.clientWaitUntil(free + 3, at(0), at(0))).contains(at(8));
        assertThat(limits.clientWaitUntil(free + 40, at(0), at(0))).contains(t0.plus(limits.window()));
        assertThat(limits.clientWaitUntil(free + 3, at(0), at(8))).isEmpty();
    }

    @Test
    void client_groups_are_ipv4_addresses_and_ipv6_64_networks() {
        assertThat(ClientAddress.group("192.0.2.1")).isEqualTo("192.0.2.1");
        assertThat(ClientAddress.group("::ffff:192.0.2.1")).isEqualTo("192.0.2.1");
        assertThat(ClientAddress.group("2001:db8:1:2:3:4:5:6")).isEqualTo("2001:db8:1:2:0:0:0:0/64");
        assertThat(ClientAddress.group("[2001:db8:1:2::7%eth0]")).isEqualTo("2001:db8:1:2:0:0:0:0/64");
        assertThat(ClientAddress.group("2001:db8:1:3::1")).isNotEqualTo(ClientAddress.group("2001:db8:1:2::1"));
        assertThat(ClientAddress.group(null)).isEqualTo("unknown");
        assertThat(ClientAddress.group("not-an-address.example")).isEqualTo("not-an-address.example");
        assertThat(Duration.ofMinutes(15)).isEqualTo(limits.window());
    }
}
