package org.tsag.tracker.notification;

import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Carries out a signed unsubscribe link: no more digests, or no more meeting reminders. */
@Component
class Unsubscribe {

    /** Who was unsubscribed from what, and in which language to say so. */
    record Done(String email, UnsubscribeLinks.Scope scope, Locale locale) {
    }

    private final UnsubscribeLinks links;
    private final NotificationRepository repository;
    private final DigestQuery query;

    Unsubscribe(UnsubscribeLinks links, NotificationRepository repository, DigestQuery query) {
        this.links = links;
        this.repository = repository;
        this.query = query;
    }

    /** Empty when the link is not one the tracker signed, or its user is gone. */
    @Transactional
    public Optional<Done> apply(String token) {
        return links.verify(token).flatMap(request -> query.recipient(request.userId()).map(user -> {
            repository.unsubscribe(user.id(), request.scope() == UnsubscribeLinks.Scope.DIGEST);
            return new Done(user.email(), request.scope(), user.locale());
        }));
    }
}
