package org.tsag.tracker.security;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stamps the time of every successful sign-in on the user, for the users page (issue 18). Spring
 * Security publishes the event for the sign-in form and for single sign-on alike (the name is the
 * e-mail address in both, see {@link OidcUserMapper}); API tokens set the session's authentication
 * directly and publish nothing, so a script's calls do not count as signing in.
 */
@Component
class SignInRecorder {

    private final UserRepository repository;
    private final Clock clock;

    @Autowired
    SignInRecorder(UserRepository repository) {
        this(repository, Clock.systemUTC());
    }

    SignInRecorder(UserRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        String name = event.getAuthentication().getName();
        if (name != null && !name.isBlank()) {
            repository.recordSignIn(UserService.normalise(name), OffsetDateTime.now(clock));
        }
    }
}
