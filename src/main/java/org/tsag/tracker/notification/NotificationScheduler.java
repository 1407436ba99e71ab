package org.tsag.tracker.notification;

import java.time.Clock;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Component;
import org.tsag.tracker.base.SystemAuthentication;

/**
 * Every {@code tracker.notify.interval}: compose what is due, then send what is due. A thread of its
 * own, so that a slow mail server delays nobody else. Off with {@code tracker.notify.enabled=false}
 * (the tests and the jar's commands).
 */
@Component
@ConditionalOnProperty(prefix = "tracker.notify", name = "enabled", havingValue = "true", matchIfMissing = true)
class NotificationScheduler implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(NotificationScheduler.class);

    private final DigestComposer composer;
    private final OutboxSender sender;
    private final NotificationProperties properties;
    private final Clock clock = Clock.systemUTC();
    private ThreadPoolTaskScheduler scheduler;

    NotificationScheduler(DigestComposer composer, OutboxSender sender, NotificationProperties properties) {
        this.composer = composer;
        this.sender = sender;
        this.properties = properties;
    }

    void runOnce() {
        Instant now = clock.instant();
        try {
            SystemAuthentication.run(() -> {
                composer.compose(now);
                sender.sendDue(now);
            });
        } catch (RuntimeException e) {
            // the next run tries again; nothing was half-written (each step is a transaction)
            log.warn("Notification run failed: {}", e.toString());
        }
    }

    @Override
    public synchronized void start() {
        if (!properties.enabled()) {
            // a bean set fixed at build time (Spring AOT) keeps this bean; the setting still holds
            return;
        }
        if (sender.mailServer().isEmpty()) {
            log.info("No mail server configured (spring.mail.host): notification e-mails are kept in the outbox, none is sent");
        }
        scheduler = new ThreadPoolTaskScheduler();
        scheduler.setPoolSize(1);
        scheduler.setThreadNamePrefix("notify-");
        scheduler.setDaemon(true);
        scheduler.initialize();
        scheduler.scheduleWithFixedDelay(this::runOnce, Instant.now().plus(properties.interval()), properties.interval());
    }

    @Override
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdown();
            scheduler = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }
}
