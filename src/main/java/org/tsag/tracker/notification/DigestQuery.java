package org.tsag.tracker.notification;

import org.tsag.tracker.status.ItemScope;
import org.tsag.tracker.status.StatusQuery;
import org.tsag.tracker.status.Evidence;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;
import static org.tsag.tracker.db.Tables.ACTION_ITEM;
import static org.tsag.tracker.db.Tables.ACTION_PLAN;
import static org.tsag.tracker.db.Tables.APP_USER;
import static org.tsag.tracker.db.Tables.APP_USER_ROLE;
import static org.tsag.tracker.db.Tables.MEETING;
import static org.tsag.tracker.db.Tables.NOTIFICATION_CHANGE;
import static org.tsag.tracker.db.Tables.NOTIFICATION_SETTING;
import static org.tsag.tracker.db.Tables.STATUS_EVENT;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.OrderField;
import org.jooq.Record;
import org.jooq.Record5;
import org.jooq.Records;
import org.jooq.SelectJoinStep;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.tsag.tracker.base.Roles;
import org.tsag.tracker.notification.Digest.Change;
import org.tsag.tracker.notification.Digest.DueItem;
import org.tsag.tracker.notification.Digest.ItemNews;
import org.tsag.tracker.notification.Digest.MeetingRef;
import org.tsag.tracker.notification.Digest.Recipient;
import org.tsag.tracker.notification.Digest.Report;

/** What goes into a digest or a meeting reminder, read for one user at a time. */
@Repository
class DigestQuery {

    static final String TSAG = "TSAG";

    private final DSLContext dsl;

    DigestQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The enabled users whose digest comes at this frequency (no settings row: daily). */
    List<Recipient> recipients(Frequency frequency) {
        return selectRecipients()
                .leftJoin(NOTIFICATION_SETTING).on(NOTIFICATION_SETTING.USER_ID.eq(APP_USER.ID))
                .where(APP_USER.ENABLED.isTrue())
                .and(DSL.coalesce(NOTIFICATION_SETTING.FREQUENCY, DSL.inline(Frequency.DAILY.name())).eq(frequency.name()))
                .orderBy(APP_USER.ID)
                .fetch(DigestQuery::toRecipient);
    }

    /** The enabled chairs and TSB staff who want the reminder before a TSAG meeting. */
    List<Recipient> reminderRecipients() {
        return selectRecipients()
                .leftJoin(NOTIFICATION_SETTING).on(NOTIFICATION_SETTING.USER_ID.eq(APP_USER.ID))
                .where(APP_USER.ENABLED.isTrue())
                .and(DSL.coalesce(NOTIFICATION_SETTING.MEETING_REMINDER, DSL.inline(true)).isTrue())
                .and(DSL.exists(DSL.selectOne()
                        .from(APP_USER_ROLE)
                        .where(APP_USER_ROLE.USER_ID.eq(APP_USER.ID))
                        .and(APP_USER_ROLE.ROLE.in(Roles.CHAIR, Roles.TSB))))
                .orderBy(APP_USER.ID)
                .fetch(DigestQuery::toRecipient);
    }

    Optional<Recipient> recipient(long userId) {
        return selectRecipients()
                .where(APP_USER.ID.eq(userId))
                .fetchOptional(DigestQuery::toRecipient);
    }

    private SelectJoinStep<Record5<Long, String, String, String, Boolean>> selectRecipients() {
        return dsl.select(APP_USER.ID, APP_USER.EMAIL, APP_USER.DISPLAY_NAME, APP_USER.LOCALE,
                        DSL.field(FollowQuery.seesInternal(APP_USER.ID)))
                .from(APP_USER);
    }

    private static Recipient toRecipient(Record5<Long, String, String, String, Boolean> r) {
        return new Recipient(r.value1(), r.value2(), r.value3(),
                r.value4() == null ? Locale.ENGLISH : Locale.forLanguageTag(r.value4()), Boolean.TRUE.equals(r.value5()));
    }

    /**
     * The followed items with changes seen in [start, end), each with those changes in order. The
     * user's own changes are left out, and so are internal items for those who may not see them.
     */
    List<ItemNews> news(Recipient recipient, Instant start, Instant end) {
        Condition changeShown = NOTIFICATION_CHANGE.ACTION_ITEM_ID.eq(ACTION_ITEM.ID)
                .and(NOTIFICATION_CHANGE.SEEN_AT.ge(utc(start)))
                .and(NOTIFICATION_CHANGE.SEEN_AT.lt(utc(end)))
                .and(DSL.lower(NOTIFICATION_CHANGE.ACTOR).ne(recipient.email()))
                .and(StatusQuery.visible(NOTIFICATION_CHANGE.INTERNAL, ItemScope.of(recipient.seesInternal())));
        Field<List<Evidence>> evidence = StatusQuery.evidence(NOTIFICATION_CHANGE.STATUS_EVENT_ID);
        Field<List<Change>> changes = multiset(
                select(NOTIFICATION_CHANGE.ID, NOTIFICATION_CHANGE.KIND, NOTIFICATION_CHANGE.ACTOR,
                        NOTIFICATION_CHANGE.OCCURRED_AT, NOTIFICATION_CHANGE.FIELD, NOTIFICATION_CHANGE.OLD_VALUE,
                        NOTIFICATION_CHANGE.NEW_VALUE, STATUS_EVENT.ID, STATUS_EVENT.OCCURRED_ON, STATUS_EVENT.STATUS,
                        STATUS_EVENT.PROGRESS, STATUS_EVENT.RAG, STATUS_EVENT.NARRATIVE, MEETING.CODE,
                        STATUS_EVENT.AUTHOR, evidence)
                        .from(NOTIFICATION_CHANGE)
                        .leftJoin(STATUS_EVENT).on(STATUS_EVENT.ID.eq(NOTIFICATION_CHANGE.STATUS_EVENT_ID))
                        .leftJoin(MEETING).on(MEETING.ID.eq(STATUS_EVENT.MEETING_ID))
                        .where(changeShown)
                        .orderBy(NOTIFICATION_CHANGE.ID))
                .convertFrom(r -> r.map(change -> change(change, evidence)));
        return dsl.select(ACTION_ITEM.ID, ACTION_PLAN.CODE, ACTION_ITEM.CODE, ACTION_ITEM.TITLE, changes)
                .from(ACTION_ITEM)
                .join(ACTION_PLAN).on(ACTION_PLAN.ID.eq(ACTION_ITEM.PLAN_ID))
                .where(ACTION_ITEM.ID.in(FollowQuery.items(recipient.id())))
                .and(visible(recipient))
                .and(DSL.exists(DSL.selectOne().from(NOTIFICATION_CHANGE).where(changeShown)))
                .orderBy(ACTION_PLAN.CODE, ACTION_ITEM.POSITION, ACTION_ITEM.CODE)
                .fetch(Records.mapping(ItemNews::new));
    }

    private static Change change(Record r, Field<List<Evidence>> evidence) {
        Long eventId = r.get(STATUS_EVENT.ID);
        Report report = eventId == null ? null : new Report(r.get(STATUS_EVENT.OCCURRED_ON), r.get(STATUS_EVENT.STATUS),
                r.get(STATUS_EVENT.PROGRESS), r.get(STATUS_EVENT.RAG), r.get(STATUS_EVENT.NARRATIVE), r.get(MEETING.CODE),
                r.get(STATUS_EVENT.AUTHOR), r.get(evidence));
        return new Change(r.get(NOTIFICATION_CHANGE.ID), r.get(NOTIFICATION_CHANGE.KIND), r.get(NOTIFICATION_CHANGE.ACTOR),
                r.get(NOTIFICATION_CHANGE.OCCURRED_AT), r.get(NOTIFICATION_CHANGE.FIELD), r.get(NOTIFICATION_CHANGE.OLD_VALUE),
                r.get(NOTIFICATION_CHANGE.NEW_VALUE), report);
    }

    /** The open followed items whose deadline falls in [from, to). */
    List<DueItem> due(Recipient recipient, LocalDate from, LocalDate to) {
        Field<LocalDate> deadline = FollowQuery.deadline(ACTION_ITEM);
        return dsl.select(ACTION_ITEM.ID, ACTION_PLAN.CODE, ACTION_ITEM.CODE, ACTION_ITEM.TITLE, deadline,
                        ACTION_ITEM.CURRENT_STATUS)
                .from(ACTION_ITEM)
                .join(ACTION_PLAN).on(ACTION_PLAN.ID.eq(ACTION_ITEM.PLAN_ID))
                .where(ACTION_ITEM.ID.in(FollowQuery.items(recipient.id())))
                .and(visible(recipient))
                .and(FollowQuery.open(ACTION_ITEM))
                .and(deadline.ge(from))
                .and(deadline.lt(to))
                .orderBy(deadline, ACTION_PLAN.CODE, ACTION_ITEM.CODE)
                .fetch(Records.mapping(DueItem::new));
    }

    /** The open items of a study period with no status report dated after {@code since}. */
    List<DueItem> withoutReportSince(LocalDate since, long studyPeriodId) {
        Field<LocalDate> deadline = FollowQuery.deadline(ACTION_ITEM);
        return dsl.select(ACTION_ITEM.ID, ACTION_PLAN.CODE, ACTION_ITEM.CODE, ACTION_ITEM.TITLE, deadline,
                        ACTION_ITEM.CURRENT_STATUS)
                .from(ACTION_ITEM)
                .join(ACTION_PLAN).on(ACTION_PLAN.ID.eq(ACTION_ITEM.PLAN_ID))
                .where(ACTION_ITEM.STUDY_PERIOD_ID.eq(studyPeriodId))
                .and(FollowQuery.open(ACTION_ITEM))
                .and(DSL.notExists(DSL.selectOne()
                        .from(STATUS_EVENT)
                        .where(STATUS_EVENT.ACTION_ITEM_ID.eq(ACTION_ITEM.ID))
                        .and(STATUS_EVENT.OCCURRED_ON.gt(since))))
                .orderBy(ACTION_PLAN.CODE, ACTION_ITEM.POSITION, ACTION_ITEM.CODE)
                .fetch(Records.mapping(DueItem::new));
    }

    /** The first TSAG meeting that starts after the day. */
    Optional<MeetingRef> nextTsagMeeting(LocalDate after) {
        return firstTsagMeeting(MEETING.START_DATE.gt(after), MEETING.START_DATE, MEETING.ID);
    }

    /** The last TSAG meeting that ended before the day. */
    Optional<MeetingRef> previousTsagMeeting(LocalDate before) {
        return firstTsagMeeting(MEETING.END_DATE.lt(before), MEETING.END_DATE.desc(), MEETING.ID.desc());
    }

    private Optional<MeetingRef> firstTsagMeeting(Condition when, OrderField<?>... order) {
        return dsl.select(MEETING.ID, MEETING.CODE, MEETING.TITLE, MEETING.START_DATE, MEETING.END_DATE)
                .from(MEETING)
                .where(MEETING.KIND.eq(TSAG))
                .and(when)
                .orderBy(order)
                .limit(1)
                .fetchOptional(Records.mapping(MeetingRef::new));
    }

    /** The TSAG meetings that start in [from, to], with their study period. */
    List<MeetingRef> tsagMeetingsStarting(LocalDate from, LocalDate to) {
        return dsl.select(MEETING.ID, MEETING.CODE, MEETING.TITLE, MEETING.START_DATE, MEETING.END_DATE)
                .from(MEETING)
                .where(MEETING.KIND.eq(TSAG))
                .and(MEETING.START_DATE.between(from, to))
                .orderBy(MEETING.START_DATE, MEETING.ID)
                .fetch(Records.mapping(MeetingRef::new));
    }

    long studyPeriodOf(long meetingId) {
        return dsl.select(MEETING.STUDY_PERIOD_ID)
                .from(MEETING)
                .where(MEETING.ID.eq(meetingId))
                .fetchSingle(MEETING.STUDY_PERIOD_ID);
    }

    private static Condition visible(Recipient recipient) {
        return StatusQuery.visible(ACTION_ITEM, ItemScope.of(recipient.seesInternal()));
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
