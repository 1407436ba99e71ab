package org.tsag.tracker.notification;

import static org.tsag.tracker.db.Tables.APP_USER;
import static org.tsag.tracker.db.Tables.DIGEST_RUN;
import static org.tsag.tracker.db.Tables.MAIL_OUTBOX;
import static org.tsag.tracker.db.Tables.NOTIFICATION_CHANGE;
import static org.tsag.tracker.db.Tables.NOTIFICATION_KEY;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.springframework.stereotype.Repository;

/** The outbox of e-mails, the composer's progress and its lock, and the signing key. */
@Repository
class OutboxRepository {

    /** The advisory lock that lets one node at a time compose (an arbitrary constant: "notify"). */
    private static final long COMPOSER_LOCK = 0x6e6f74696679L;

    static final String PENDING = "PENDING";
    static final String SENT = "SENT";
    static final String FAILED = "FAILED";

    private final DSLContext dsl;

    OutboxRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Takes the composer's lock until the transaction ends; false when another node holds it. */
    boolean tryComposerLock() {
        return dsl.select(DSL.function(DSL.name("pg_try_advisory_xact_lock"), SQLDataType.BOOLEAN, DSL.val(COMPOSER_LOCK)))
                .fetchSingle()
                .value1();
    }

    /** Marks the committed changes not yet seen as seen now (function notification_stamp of V082). */
    int stamp(Instant now) {
        return dsl.select(DSL.function(DSL.name("notification_stamp"), SQLDataType.INTEGER, DSL.val(DigestQuery.utc(now))))
                .fetchSingle()
                .value1();
    }

    Optional<Instant> composedUntil(Frequency frequency) {
        return dsl.select(DIGEST_RUN.COMPOSED_UNTIL)
                .from(DIGEST_RUN)
                .where(DIGEST_RUN.FREQUENCY.eq(frequency.name()))
                .fetchOptional(r -> r.value1().toInstant());
    }

    void composedUntil(Frequency frequency, Instant until) {
        dsl.insertInto(DIGEST_RUN)
                .set(DIGEST_RUN.FREQUENCY, frequency.name())
                .set(DIGEST_RUN.COMPOSED_UNTIL, DigestQuery.utc(until))
                .onConflict(DIGEST_RUN.FREQUENCY)
                .doUpdate()
                .set(DIGEST_RUN.COMPOSED_UNTIL, DigestQuery.utc(until))
                .execute();
    }

    /** Puts an e-mail into the outbox unless one for this user, kind and period is there; true when it did. */
    boolean insert(long userId, String kind, Instant start, Instant end, Long meetingId, String recipient,
                   MailContent mail, Instant now) {
        return dsl.insertInto(MAIL_OUTBOX)
                .set(MAIL_OUTBOX.USER_ID, userId)
                .set(MAIL_OUTBOX.KIND, kind)
                .set(MAIL_OUTBOX.PERIOD_START, DigestQuery.utc(start))
                .set(MAIL_OUTBOX.PERIOD_END, DigestQuery.utc(end))
                .set(MAIL_OUTBOX.MEETING_ID, meetingId)
                .set(MAIL_OUTBOX.RECIPIENT, recipient)
                .set(MAIL_OUTBOX.SUBJECT, mail.subject())
                .set(MAIL_OUTBOX.BODY_TEXT, mail.text())
                .set(MAIL_OUTBOX.BODY_HTML, mail.html())
                .set(MAIL_OUTBOX.NEXT_ATTEMPT_AT, DigestQuery.utc(now))
                .onConflictDoNothing()
                .execute() == 1;
    }

    boolean exists(long userId, String kind, Instant start) {
        return dsl.fetchExists(MAIL_OUTBOX, MAIL_OUTBOX.USER_ID.eq(userId)
                .and(MAIL_OUTBOX.KIND.eq(kind))
                .and(MAIL_OUTBOX.PERIOD_START.eq(DigestQuery.utc(start))));
    }

    /** An e-mail to send, locked until the transaction ends so that no other node sends it too. */
    record Due(long id, String recipient, String subject, String text, String html, int attempts, long userId,
               String kind) {
    }

    Optional<Due> lockNextDue(Instant now) {
        return dsl.select(MAIL_OUTBOX.ID, MAIL_OUTBOX.RECIPIENT, MAIL_OUTBOX.SUBJECT, MAIL_OUTBOX.BODY_TEXT,
                        MAIL_OUTBOX.BODY_HTML, MAIL_OUTBOX.ATTEMPTS, MAIL_OUTBOX.USER_ID, MAIL_OUTBOX.KIND)
                .from(MAIL_OUTBOX)
                .where(MAIL_OUTBOX.STATE.eq(PENDING))
                .and(MAIL_OUTBOX.NEXT_ATTEMPT_AT.le(DigestQuery.utc(now)))
                .orderBy(MAIL_OUTBOX.NEXT_ATTEMPT_AT, MAIL_OUTBOX.ID)
                .limit(1)
                .forUpdate()
                .skipLocked()
                .fetchOptional(Records.mapping(Due::new));
    }

    void markSent(long id, Instant now) {
        dsl.update(MAIL_OUTBOX)
                .set(MAIL_OUTBOX.STATE, SENT)
                .set(MAIL_OUTBOX.SENT_AT, DigestQuery.utc(now))
                .set(MAIL_OUTBOX.ATTEMPTS, MAIL_OUTBOX.ATTEMPTS.plus(1))
                .set(MAIL_OUTBOX.LAST_ERROR, (String) null)
                .where(MAIL_OUTBOX.ID.eq(id))
                .execute();
    }

    void markFailed(long id, int attempts, Instant next, String error, boolean giveUp) {
        dsl.update(MAIL_OUTBOX)
                .set(MAIL_OUTBOX.STATE, giveUp ? FAILED : PENDING)
                .set(MAIL_OUTBOX.ATTEMPTS, attempts)
                .set(MAIL_OUTBOX.NEXT_ATTEMPT_AT, DigestQuery.utc(next))
                .set(MAIL_OUTBOX.LAST_ERROR, error)
                .where(MAIL_OUTBOX.ID.eq(id))
                .execute();
    }

    /** Puts a failed e-mail back in line; true when it was failed. */
    boolean retry(long id, Instant now) {
        return dsl.update(MAIL_OUTBOX)
                .set(MAIL_OUTBOX.STATE, PENDING)
                .set(MAIL_OUTBOX.NEXT_ATTEMPT_AT, DigestQuery.utc(now))
                .where(MAIL_OUTBOX.ID.eq(id))
                .and(MAIL_OUTBOX.STATE.eq(FAILED))
                .execute() == 1;
    }

    List<OutboxEntry> find(boolean problemsOnly, int offset, int limit) {
        return dsl.select(MAIL_OUTBOX.ID, MAIL_OUTBOX.CREATED_AT, MAIL_OUTBOX.RECIPIENT, MAIL_OUTBOX.KIND,
                        MAIL_OUTBOX.PERIOD_START, MAIL_OUTBOX.PERIOD_END, MAIL_OUTBOX.SUBJECT, MAIL_OUTBOX.STATE,
                        MAIL_OUTBOX.ATTEMPTS, MAIL_OUTBOX.NEXT_ATTEMPT_AT, MAIL_OUTBOX.LAST_ERROR, MAIL_OUTBOX.SENT_AT)
                .from(MAIL_OUTBOX)
                .where(problems(problemsOnly))
                .orderBy(MAIL_OUTBOX.CREATED_AT.desc(), MAIL_OUTBOX.ID.desc())
                .offset(offset)
                .limit(limit)
                .fetch(Records.mapping(OutboxEntry::new));
    }

    int count(boolean problemsOnly) {
        return dsl.fetchCount(MAIL_OUTBOX, problems(problemsOnly));
    }

    Optional<MailContent> content(long id) {
        return dsl.select(MAIL_OUTBOX.SUBJECT, MAIL_OUTBOX.BODY_TEXT, MAIL_OUTBOX.BODY_HTML)
                .from(MAIL_OUTBOX)
                .where(MAIL_OUTBOX.ID.eq(id))
                .fetchOptional(Records.mapping(MailContent::new));
    }

    /** How many e-mails are in each state. */
    Map<String, Integer> countsByState() {
        return dsl.select(MAIL_OUTBOX.STATE, DSL.count())
                .from(MAIL_OUTBOX)
                .groupBy(MAIL_OUTBOX.STATE)
                .fetchMap(r -> r.value1(), r -> r.value2());
    }

    /** Changes captured but not yet taken by the composer (a long transaction elsewhere holds them back). */
    int unseenChanges() {
        return dsl.fetchCount(NOTIFICATION_CHANGE, NOTIFICATION_CHANGE.SEEN_AT.isNull());
    }

    private static Condition problems(boolean problemsOnly) {
        return problemsOnly
                ? MAIL_OUTBOX.STATE.eq(FAILED).or(MAIL_OUTBOX.STATE.eq(PENDING).and(MAIL_OUTBOX.LAST_ERROR.isNotNull()))
                : DSL.noCondition();
    }

    /** Deletes the changes taken before {@code before}, and the e-mails of periods that ended before it unless still pending. */
    void prune(Instant before) {
        dsl.deleteFrom(NOTIFICATION_CHANGE)
                .where(NOTIFICATION_CHANGE.SEEN_AT.lt(DigestQuery.utc(before)))
                .execute();
        dsl.deleteFrom(MAIL_OUTBOX)
                .where(MAIL_OUTBOX.PERIOD_END.lt(DigestQuery.utc(before)))
                .and(MAIL_OUTBOX.STATE.ne(PENDING))
                .execute();
    }

    /** The key that signs unsubscribe links, made on first use. */
    String signingKey(String candidate) {
        dsl.insertInto(NOTIFICATION_KEY)
                .set(NOTIFICATION_KEY.ID, 1)
                .set(NOTIFICATION_KEY.SECRET, candidate)
                .onConflictDoNothing()
                .execute();
        return dsl.select(NOTIFICATION_KEY.SECRET)
                .from(NOTIFICATION_KEY)
                .where(NOTIFICATION_KEY.ID.eq(1))
                .fetchSingle(NOTIFICATION_KEY.SECRET);
    }

    Optional<String> emailOf(long userId) {
        return dsl.fetchOptionalValue(APP_USER.EMAIL, APP_USER.ID.eq(userId));
    }
}
