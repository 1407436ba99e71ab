package org.tsag.tracker.security;

import java.time.Duration;
import java.time.OffsetDateTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Repeated failed sign-ins lock the account for a while: after {@value #MAX_FAILURES} wrong
 * passwords in a row, for {@code LOCK} minutes. Every failure and every lock is logged.
 */
@Component
class LoginThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration LOCK = Duration.ofMinutes(15);
    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

    private final UserRepository repository;

    LoginThrottle(UserRepository repository) {
        this.repository = repository;
    }

    @EventListener
    @Transactional
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String email = UserService.normalise(String.valueOf(event.getAuthentication().getPrincipal()));
        int failures = repository.recordFailure(email, MAX_FAILURES, OffsetDateTime.now().plus(LOCK));
        if (failures >= MAX_FAILURES) {
            log.warn("Sign-in locked for {} minutes after {} failed attempts: {}", LOCK.toMinutes(), failures, email);
        } else {
            log.info("Failed sign-in ({} in a row) for {}", failures, email);
        }
    }

    @EventListener
    public void onLocked(AuthenticationFailureLockedEvent event) {
        log.warn("Sign-in attempt on a locked account: {}", event.getAuthentication().getPrincipal());
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        repository.recordSuccess(UserService.normalise(event.getAuthentication().getName()));
    }
}
