package org.tsag.tracker.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.TestPropertySource;
import org.tsag.tracker.dashboard.DashboardService;
import org.tsag.tracker.resolution.ResolutionService;
import org.tsag.tracker.testsupport.IntegrationTest;

/** In public read-only mode, anonymous visitors read what members read, and nothing more. */
@IntegrationTest
@TestPropertySource(properties = "tracker.public-read=true")
class PublicReadOnTest {

    @Autowired
    DashboardService dashboard;

    @Autowired
    ResolutionService resolutions;

    @Test
    void anonymous_visitors_can_read_in_public_read_mode() {
        SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("key", "anonymous",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        try {
            assertThat(dashboard.summary().totalItems()).isZero();
            assertThat(resolutions.list()).isEmpty();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
