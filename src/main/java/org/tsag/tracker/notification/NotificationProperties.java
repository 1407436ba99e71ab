package org.tsag.tracker.notification;

import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of notifications, under {@code tracker.notify.*}. The mail server itself is Spring Boot's
 * {@code spring.mail.*}; without {@code spring.mail.host} e-mails are composed into the outbox and
 * kept there, and nothing is sent.
 *
 * @param enabled            run the scheduler that composes and sends (off for the jar's commands and the tests)
 * @param interval           how often the scheduler looks for work
 * @param baseUrl            the tracker's address as readers reach it, for the links in e-mails
 * @param from               the sender address of the e-mails
 * @param zone               the time zone of days and weeks (a daily digest covers a day there)
 * @param immediateWindow    "immediate" digests gather the changes of this window into one e-mail
 * @param meetingReminderDays how many days before a TSAG meeting chairs and TSB get the items without a report
 * @param retryBase          the pause after the first failed send; it doubles with every failure
 * @param retryMax           the longest pause between two attempts
 * @param maxAttempts        after this many failures an e-mail is marked failed, for an admin to send again
 * @param batch              at most this many e-mails are sent in one run of the scheduler
 * @param maxItems           at most this many items per section of an e-mail; the rest are counted, with a link to "My work"
 * @param keep               captured changes and sent or failed e-mails older than this are deleted
 */
@ConfigurationProperties("tracker.notify")
public record NotificationProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("1m") Duration interval,
        @DefaultValue("http://localhost:8080") URI baseUrl,
        @DefaultValue("tsag-tracker@localhost") String from,
        @DefaultValue("UTC") ZoneId zone,
        @DefaultValue("5m") Duration immediateWindow,
        @DefaultValue("14") int meetingReminderDays,
        @DefaultValue("1m") Duration retryBase,
        @DefaultValue("6h") Duration retryMax,
        @DefaultValue("12") int maxAttempts,
        @DefaultValue("100") int batch,
        @DefaultValue("100") int maxItems,
        @DefaultValue("365d") Duration keep) {

    /** The pause before the next attempt after {@code failures} failed ones. */
    Duration backoff(int failures) {
        Duration pause = retryBase;
        for (int i = 1; i < failures && pause.compareTo(retryMax) < 0; i++) {
            pause = pause.multipliedBy(2);
        }
        return pause.compareTo(retryMax) > 0 ? retryMax : pause;
    }

    /** A link into the tracker: {@code path} without a leading slash. */
    String link(String path) {
        String base = baseUrl.toString();
        return (base.endsWith("/") ? base : base + "/") + path;
    }
}
