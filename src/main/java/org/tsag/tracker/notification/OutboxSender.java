package org.tsag.tracker.notification;

import java.time.Instant;
import java.util.Optional;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends what is due in the outbox to the SMTP server of {@code spring.mail.*}. Each e-mail is sent
 * in a transaction of its own that locks its row (so no other node sends it) and records the
 * outcome: sent with the time, or the error and the next attempt after a pause that doubles each
 * time (up to {@code tracker.notify.retry-max}); after {@code max-attempts} it is marked failed, for
 * an admin to send again. Should the node die between the server's acceptance and the commit, the
 * e-mail is sent again with the same Message-ID, which mail clients show once.
 */
@Component
class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

    private final OutboxRepository outbox;
    private final TransactionTemplate transactions;
    private final NotificationProperties properties;
    private final ObjectProvider<JavaMailSender> configured;
    private final UnsubscribeLinks links;

    OutboxSender(OutboxRepository outbox, TransactionTemplate transactions, NotificationProperties properties,
                 ObjectProvider<JavaMailSender> configured, UnsubscribeLinks links) {
        this.outbox = outbox;
        this.links = links;
        this.transactions = transactions;
        this.properties = properties;
        this.configured = configured;
    }

    /** The mail server of {@code spring.mail.*}, if one is configured. */
    Optional<JavaMailSender> mailServer() {
        return Optional.ofNullable(configured.getIfAvailable());
    }

    /** Sends what is due with the configured server; nothing (and 0) when none is configured. */
    int sendDue(Instant now) {
        return mailServer().map(sender -> sendDue(now, sender)).orElse(0);
    }

    /** Sends up to {@code tracker.notify.batch} due e-mails; returns how many the server took. */
    int sendDue(Instant now, JavaMailSender sender) {
        int sent = 0;
        for (int i = 0; i < properties.batch(); i++) {
            Boolean outcome = transactions.execute(status -> outbox.lockNextDue(now)
                    .map(due -> send(due, sender, now))
                    .orElse(null));
            if (outcome == null) {
                break;
            }
            if (outcome) {
                sent++;
            }
        }
        return sent;
    }

    private boolean send(OutboxRepository.Due due, JavaMailSender sender, Instant now) {
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom(properties.from());
            helper.setTo(due.recipient());
            helper.setSubject(due.subject());
            helper.setText(due.text(), due.html());
            String unsubscribe = unsubscribeLink(due);
            // RFC 2369 and RFC 8058: mail clients offer their own one-click "unsubscribe"
            message.setHeader("List-Unsubscribe", "<" + unsubscribe + ">");
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
            message.setHeader("Auto-Submitted", "auto-generated");
            message.saveChanges();
            // after saveChanges, which would otherwise set a Message-ID of its own
            message.setHeader("Message-ID", "<outbox-" + due.id() + "." + properties.baseUrl().getHost() + "@tsag-tracker>");
            sender.send(message);
            outbox.markSent(due.id(), now);
            return true;
        } catch (MailException | MessagingException e) {
            int attempts = due.attempts() + 1;
            boolean giveUp = attempts >= properties.maxAttempts();
            Instant next = now.plus(properties.backoff(attempts));
            String error = describe(e);
            outbox.markFailed(due.id(), attempts, next, error, giveUp);
            log.warn("Sending notification e-mail {} to {} failed (attempt {}{}): {}", due.id(), due.recipient(), attempts,
                    giveUp ? ", giving up" : ", next at " + next, error);
            return false;
        }
    }

    private String unsubscribeLink(OutboxRepository.Due due) {
        return links.link(due.userId(), "MEETING".equals(due.kind())
                ? UnsubscribeLinks.Scope.REMINDER : UnsubscribeLinks.Scope.DIGEST);
    }

    private static String describe(Exception e) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = e; t != null && text.length() < 1000; t = t.getCause()) {
            if (!text.isEmpty()) {
                text.append(" <- ");
            }
            text.append(t.getClass().getSimpleName()).append(": ").append(t.getMessage());
        }
        return text.length() > 1000 ? text.substring(0, 1000) : text.toString();
    }
}
