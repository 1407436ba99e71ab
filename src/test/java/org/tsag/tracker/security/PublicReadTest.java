package org.tsag.tracker.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.tsag.tracker.dashboard.DashboardService;
import org.tsag.tracker.testsupport.IntegrationTest;

/** Without public read-only mode, anonymous visitors cannot read through the services. */
@IntegrationTest
class PublicReadTest {

    @Autowired
    DashboardService dashboard;

    @Autowired
    TrackerAccess access;

    @Test
    void anonymous_reading_is_refused_when_public_read_is_off() {
        assertThat(access.publicRead()).isFalse();
        assertThatThrownBy(() -> dashboard.summary()).isInstanceOf(AccessDeniedException.class);
    }
}
