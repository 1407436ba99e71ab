package org.tsag.tracker.notification;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsag.tracker.base.Roles;

/** For admins: the outbox with its failures, sending a failed e-mail again, and who answers for each entity. */
@Service
public class NotificationAdminService {

    private final OutboxRepository outbox;
    private final NotificationRepository repository;
    private final OutboxSender sender;
    private final NotificationProperties properties;
    private final Environment environment;

    NotificationAdminService(OutboxRepository outbox, NotificationRepository repository, OutboxSender sender,
                             NotificationProperties properties, Environment environment) {
        this.outbox = outbox;
        this.repository = repository;
        this.sender = sender;
        this.properties = properties;
        this.environment = environment;
    }

    @RolesAllowed(Roles.ADMIN)
    @Transactional(readOnly = true)
    public OutboxSummary summary() {
        String server = sender.mailServer().isEmpty() ? null
                : environment.getProperty("spring.mail.host") + ":" + environment.getProperty("spring.mail.port", "25");
        return new OutboxSummary(server, outbox.countsByState(), outbox.unseenChanges(), properties.enabled());
    }

    /** The outbox, newest first; {@code problemsOnly}: failed ones and those waiting for a retry. */
    @RolesAllowed(Roles.ADMIN)
    @Transactional(readOnly = true)
    public List<OutboxEntry> outbox(boolean problemsOnly, int offset, int limit) {
        return outbox.find(problemsOnly, offset, limit);
    }

    @RolesAllowed(Roles.ADMIN)
    @Transactional(readOnly = true)
    public int countOutbox(boolean problemsOnly) {
        return outbox.count(problemsOnly);
    }

    @RolesAllowed(Roles.ADMIN)
    @Transactional(readOnly = true)
    public Optional<MailContent> content(long outboxId) {
        return outbox.content(outboxId);
    }

    /** Puts a failed e-mail back in line for the next run; false when it was not failed. */
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public boolean resend(long outboxId) {
        return outbox.retry(outboxId, Instant.now());
    }

    @RolesAllowed(Roles.ADMIN)
    @Transactional(readOnly = true)
    public List<EntityContacts> entityContacts() {
        return repository.entityContacts();
    }

    @RolesAllowed(Roles.ADMIN)
    @Transactional(readOnly = true)
    public List<EntityContacts.Person> people() {
        return repository.people();
    }

    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public void setContacts(long entityId, Collection<Long> userIds) {
        repository.setContacts(entityId, List.copyOf(userIds));
    }

    /**
     * After the demo data and users are loaded (or synthetic data generated): the TSB demo user
     * answers for the Director of TSB, the chair for TSAG (when they exist); and the history just
     * loaded is not news for anybody.
     */
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public void demoLoaded() {
        repository.addContact("TSB", "tsb@demo.tracker.local");
        repository.addContact("TSAG", "chair@demo.tracker.local");
        repository.forgetChanges();
    }
}
