package org.tsag.tracker.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Throttles repeated failed sign-ins by the rules of {@link LoginLimits}: failures are kept per
 * account and client address group in the database, so the limits hold across restarts.
 * {@link LoginAttemptFilter} asks before a password is checked; the authentication events record
 * the outcome. Every failure, lock and throttled attempt is logged; the user sees one message.
 */
@Component
class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);
    private static final int MAX_EMAIL = 320;

    private final LoginFailureRepository repository;
    private final LoginLimits limits;
    private final Clock clock;

    @Autowired
    LoginThrottle(LoginFailureRepository repository) {
        this(repository, LoginLimits.DEFAULT, Clock.systemUTC());
    }

    LoginThrottle(LoginFailureRepository repository, LoginLimits limits, Clock clock) {
        this.repository = repository;
        this.limits = limits;
        this.clock = clock;
    }

    /** @return why a sign-in attempt is refused before its password is even checked, if it is */
    @Transactional(readOnly = true)
    public Optional<String> refusal(String username, String remoteAddress) {
        String email = email(username);
        String client = ClientAddress.group(remoteAddress);
        Instant now = clock.instant();
        LoginFailureRepository.ClientFailures recent = repository.clientFailures(client, now.minus(limits.window()));
        Optional<Instant> wait = limits.clientWaitUntil(recent.count(), recent.last(), now);
        if (wait.isPresent()) {
            return Optional.of("client " + client + " throttled until " + wait.get() + " after " + recent.count() + " failures");
        }
        return limits.accountLockedUntil(repository.accountFailures(email, client, now.minus(limits.history())), now)
                .map(until -> "account " + email + " locked for client " + client + " until " + until);
    }

    @EventListener
    @Transactional
    public void onFailure(AbstractAuthenticationFailureEvent event) {
        Authentication attempt = event.getAuthentication();
        String email = email(String.valueOf(attempt.getPrincipal()));
        String client = ClientAddress.group(remoteAddress(attempt));
        Instant now = clock.instant();
        repository.deleteBefore(now.minus(limits.history()));
        repository.record(email, client, now);
        Optional<Instant> locked = limits.accountLockedUntil(
                repository.accountFailures(email, client, now.minus(limits.history())), now);
        if (locked.isPresent()) {
            log.warn("Sign-in for {} from {} locked until {} after {} failures", email, client, locked.get(),
                    limits.accountFailures());
        } else {
            log.info("Failed sign-in for {} from {} ({})", email, client, event.getException().getClass().getSimpleName());
        }
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        Authentication signedIn = event.getAuthentication();
        if (signedIn.getDetails() instanceof WebAuthenticationDetails details) {
            repository.forget(email(signedIn.getName()), ClientAddress.group(details.getRemoteAddress()));
        }
    }

    private static String remoteAddress(Authentication attempt) {
        return attempt.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
    }

    private static String email(String username) {
        String email = UserService.normalise(username == null ? "" : username);
        return email.length() <= MAX_EMAIL ? email : email.substring(0, MAX_EMAIL);
    }
}
