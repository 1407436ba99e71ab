package org.tsag.tracker.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tsag.tracker.notification.Digest.DueItem;
import org.tsag.tracker.notification.Digest.ItemNews;
import org.tsag.tracker.notification.Digest.MeetingRef;
import org.tsag.tracker.notification.Digest.Recipient;

/**
 * Composes the e-mails into the outbox, in one transaction per run and one node at a time (an
 * advisory lock): first it takes the committed changes as seen now, then, for each frequency whose
 * period has ended, one digest per user with news, then the reminders before TSAG meetings. The
 * outbox's unique key (user, kind, period) makes a second run, on any node or after a restart, a
 * no-op; each frequency's digests start where the last ended, so nothing falls in between.
 */
@Component
class DigestComposer {

    private static final Logger log = LoggerFactory.getLogger(DigestComposer.class);
    private static final List<Frequency> DIGESTS = List.of(Frequency.IMMEDIATE, Frequency.DAILY, Frequency.WEEKLY);

    private final DigestQuery query;
    private final OutboxRepository outbox;
    private final DigestMail mail;
    private final UnsubscribeLinks links;
    private final NotificationProperties properties;

    DigestComposer(DigestQuery query, OutboxRepository outbox, DigestMail mail, UnsubscribeLinks links,
                   NotificationProperties properties) {
        this.query = query;
        this.outbox = outbox;
        this.mail = mail;
        this.links = links;
        this.properties = properties;
    }

    /** One run; returns how many e-mails it put into the outbox (0 when another node is composing). */
    @Transactional
    public int compose(Instant now) {
        if (!outbox.tryComposerLock()) {
            return 0;
        }
        outbox.stamp(now);
        int composed = 0;
        for (Frequency frequency : DIGESTS) {
            composed += composeDigests(frequency, now);
        }
        composed += composeReminders(now);
        outbox.prune(now.minus(properties.keep()));
        if (composed > 0) {
            log.info("Composed {} notification e-mails", composed);
        }
        return composed;
    }

    private int composeDigests(Frequency frequency, Instant now) {
        ZoneId zone = properties.zone();
        Instant end = frequency.boundary(now, zone, properties.immediateWindow());
        Optional<Instant> last = outbox.composedUntil(frequency);
        if (last.isEmpty()) {
            // the first run: changes are taken as seen from now on, so the first period is the one
            // that starts at the latest boundary
            outbox.composedUntil(frequency, end);
            return 0;
        }
        Instant start = last.get();
        if (!end.isAfter(start)) {
            return 0;
        }
        int composed = 0;
        LocalDate asOf = end.atZone(zone).toLocalDate();
        LocalDate firstDay = start.atZone(zone).toLocalDate();
        Optional<MeetingRef> next = query.nextTsagMeeting(asOf.minusDays(1));
        for (Recipient recipient : query.recipients(frequency)) {
            List<ItemNews> news = query.news(recipient, start, end);
            List<DueItem> overdue = query.due(recipient, firstDay, asOf);
            if (news.isEmpty() && overdue.isEmpty()) {
                continue;
            }
            List<DueItem> dueSoon = frequency == Frequency.IMMEDIATE || next.isEmpty() ? List.of()
                    : query.due(recipient, asOf, next.get().startDate());
            Digest digest = new Digest(recipient, frequency, start, end, asOf, news, overdue, dueSoon, next.orElse(null));
            MailContent content = mail.digest(digest, links.link(recipient.id(), UnsubscribeLinks.Scope.DIGEST));
            if (outbox.insert(recipient.id(), frequency.name(), start, end, null, recipient.email(), content, now)) {
                composed++;
            }
        }
        outbox.composedUntil(frequency, end);
        return composed;
    }

    private int composeReminders(Instant now) {
        ZoneId zone = properties.zone();
        LocalDate today = now.atZone(zone).toLocalDate();
        int composed = 0;
        for (MeetingRef meeting : query.tsagMeetingsStarting(today.plusDays(1), today.plusDays(properties.meetingReminderDays()))) {
            Instant key = meeting.startDate().atStartOfDay(zone).toInstant();
            Optional<MeetingRef> previous = query.previousTsagMeeting(meeting.startDate());
            LocalDate since = previous.map(MeetingRef::endDate).orElse(LocalDate.of(1900, 1, 1));
            List<DueItem> items = null;
            for (Recipient recipient : query.reminderRecipients()) {
                if (outbox.exists(recipient.id(), "MEETING", key)) {
                    continue;
                }
                if (items == null) {
                    items = query.withoutReportSince(since, query.studyPeriodOf(meeting.id()));
                }
                if (items.isEmpty()) {
                    break;
                }
                Digest reminder = new Digest(recipient, Frequency.NONE, key, key, today, List.of(), List.of(), items, meeting);
                MailContent content = mail.reminder(reminder, previous.orElse(null),
                        links.link(recipient.id(), UnsubscribeLinks.Scope.REMINDER));
                if (outbox.insert(recipient.id(), "MEETING", key, key, meeting.id(), recipient.email(), content, now)) {
                    composed++;
                }
            }
        }
        return composed;
    }
}
