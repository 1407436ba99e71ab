package org.tsag.tracker.notification;

import org.tsag.tracker.status.StatusQuery;
import org.tsag.tracker.status.ItemScope;

import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;
import static org.tsag.tracker.db.Tables.ACTION_ITEM;
import static org.tsag.tracker.db.Tables.ACTION_PLAN;
import static org.tsag.tracker.db.Tables.APP_USER;
import static org.tsag.tracker.db.Tables.ENTITY;
import static org.tsag.tracker.db.Tables.ENTITY_CONTACT;
import static org.tsag.tracker.db.Tables.NOTIFICATION_CHANGE;
import static org.tsag.tracker.db.Tables.NOTIFICATION_SETTING;
import static org.tsag.tracker.db.Tables.RESOLUTION;
import static org.tsag.tracker.db.Tables.STATUS_EVENT;
import static org.tsag.tracker.db.Tables.SUBSCRIPTION;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.tsag.tracker.base.database.LinkRows;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** The SQL behind a user's settings, subscriptions, "My work", the bell and the entity contacts. */
@Repository
class NotificationRepository {

    private final DSLContext dsl;

    NotificationRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    record User(long id, String email) {
    }

    Optional<User> user(String email) {
        return dsl.select(APP_USER.ID, APP_USER.EMAIL)
                .from(APP_USER)
                .where(APP_USER.EMAIL.eq(email.toLowerCase(java.util.Locale.ROOT)))
                .fetchOptional(Records.mapping(User::new));
    }

    NotificationSettings settings(long userId) {
        return dsl.select(NOTIFICATION_SETTING.FREQUENCY, NOTIFICATION_SETTING.MEETING_REMINDER, NOTIFICATION_SETTING.VERSION)
                .from(NOTIFICATION_SETTING)
                .where(NOTIFICATION_SETTING.USER_ID.eq(userId))
                .fetchOptional(r -> new NotificationSettings(Frequency.valueOf(r.value1()), r.value2(), r.value3()))
                .orElse(new NotificationSettings(Frequency.DAILY, true, 0));
    }

    /** Saves the settings over the given version; false when someone else saved in between. */
    boolean saveSettings(long userId, Frequency frequency, boolean meetingReminder, int version) {
        if (version == 0) {
            int inserted = dsl.insertInto(NOTIFICATION_SETTING)
                    .set(NOTIFICATION_SETTING.USER_ID, userId)
                    .set(NOTIFICATION_SETTING.FREQUENCY, frequency.name())
                    .set(NOTIFICATION_SETTING.MEETING_REMINDER, meetingReminder)
                    .set(NOTIFICATION_SETTING.VERSION, 1)
                    .onConflictDoNothing()
                    .execute();
            if (inserted == 1) {
                return true;
            }
        }
        return dsl.update(NOTIFICATION_SETTING)
                .set(NOTIFICATION_SETTING.FREQUENCY, frequency.name())
                .set(NOTIFICATION_SETTING.MEETING_REMINDER, meetingReminder)
                .set(NOTIFICATION_SETTING.VERSION, NOTIFICATION_SETTING.VERSION.plus(1))
                .where(NOTIFICATION_SETTING.USER_ID.eq(userId))
                .and(NOTIFICATION_SETTING.VERSION.eq(version))
                .execute() == 1;
    }

    /** The one-click unsubscribe: no more digests, or no more meeting reminders. */
    void unsubscribe(long userId, boolean digest) {
        Field<String> frequency = digest ? DSL.inline(Frequency.NONE.name()) : NOTIFICATION_SETTING.FREQUENCY;
        Field<Boolean> reminder = digest ? NOTIFICATION_SETTING.MEETING_REMINDER : DSL.inline(false);
        dsl.insertInto(NOTIFICATION_SETTING)
                .set(NOTIFICATION_SETTING.USER_ID, userId)
                .set(NOTIFICATION_SETTING.FREQUENCY, digest ? Frequency.NONE.name() : Frequency.DAILY.name())
                .set(NOTIFICATION_SETTING.MEETING_REMINDER, !digest)
                .set(NOTIFICATION_SETTING.VERSION, 1)
                .onConflict(NOTIFICATION_SETTING.USER_ID)
                .doUpdate()
                .set(NOTIFICATION_SETTING.FREQUENCY, frequency)
                .set(NOTIFICATION_SETTING.MEETING_REMINDER, reminder)
                .set(NOTIFICATION_SETTING.VERSION, NOTIFICATION_SETTING.VERSION.plus(1))
                .execute();
    }

    List<Subscription> subscriptions(long userId) {
        return dsl.select(SUBSCRIPTION.ID, SUBSCRIPTION.ACTION_ITEM_ID, SUBSCRIPTION.PLAN_ID, SUBSCRIPTION.RESOLUTION_ID,
                        SUBSCRIPTION.ENTITY_ID, targetLabel())
                .from(SUBSCRIPTION)
                .where(SUBSCRIPTION.USER_ID.eq(userId))
                .orderBy(SUBSCRIPTION.CREATED_AT, SUBSCRIPTION.ID)
                .fetch(r -> {
                    String kind = r.value2() != null ? FollowTarget.ITEM : r.value3() != null ? FollowTarget.PLAN
                            : r.value4() != null ? FollowTarget.RESOLUTION : FollowTarget.ENTITY;
                    long target = r.value2() != null ? r.value2() : r.value3() != null ? r.value3()
                            : r.value4() != null ? r.value4() : r.value5();
                    return new Subscription(r.value1(), new FollowTarget(kind, target, r.value6()));
                });
    }

    private static Field<String> targetLabel() {
        return DSL.coalesce(
                DSL.select(DSL.concat(ACTION_PLAN.CODE, DSL.inline(" "), ACTION_ITEM.CODE, DSL.inline(" "), ACTION_ITEM.TITLE))
                        .from(ACTION_ITEM)
                        .join(ACTION_PLAN).on(ACTION_PLAN.ID.eq(ACTION_ITEM.PLAN_ID))
                        .where(ACTION_ITEM.ID.eq(SUBSCRIPTION.ACTION_ITEM_ID)).<String>asField(),
                DSL.select(DSL.concat(ACTION_PLAN.CODE, DSL.inline(" "), ACTION_PLAN.TITLE))
                        .from(ACTION_PLAN)
                        .where(ACTION_PLAN.ID.eq(SUBSCRIPTION.PLAN_ID)).<String>asField(),
                DSL.select(DSL.concat(DSL.inline("Res. "), RESOLUTION.NUMBER, DSL.inline(" "), RESOLUTION.TITLE))
                        .from(RESOLUTION)
                        .where(RESOLUTION.ID.eq(SUBSCRIPTION.RESOLUTION_ID)).<String>asField(),
                DSL.select(ENTITY.NAME)
                        .from(ENTITY)
                        .where(ENTITY.ID.eq(SUBSCRIPTION.ENTITY_ID)).<String>asField());
    }

    /** Adds a subscription; false when the user already follows that. */
    boolean subscribe(long userId, String kind, long targetId) {
        return dsl.insertInto(SUBSCRIPTION)
                .set(SUBSCRIPTION.USER_ID, userId)
                .set(targetColumn(kind), targetId)
                .onConflictDoNothing()
                .execute() == 1;
    }

    boolean unsubscribe(long userId, long subscriptionId) {
        return dsl.deleteFrom(SUBSCRIPTION)
                .where(SUBSCRIPTION.ID.eq(subscriptionId))
                .and(SUBSCRIPTION.USER_ID.eq(userId))
                .execute() == 1;
    }

    /** The subscription's target column for a kind of target. */
    private static Field<Long> targetColumn(String kind) {
        return switch (kind) {
            case FollowTarget.ITEM -> SUBSCRIPTION.ACTION_ITEM_ID;
            case FollowTarget.PLAN -> SUBSCRIPTION.PLAN_ID;
            case FollowTarget.RESOLUTION -> SUBSCRIPTION.RESOLUTION_ID;
            case FollowTarget.ENTITY -> SUBSCRIPTION.ENTITY_ID;
            default -> throw new IllegalArgumentException("Nothing to follow of kind " + kind);
        };
    }

    boolean subscribed(long userId, String kind, long targetId) {
        return dsl.fetchExists(SUBSCRIPTION, SUBSCRIPTION.USER_ID.eq(userId).and(targetColumn(kind).eq(targetId)));
    }

    /** Stops following a target; false when the user did not follow it. */
    boolean unsubscribe(long userId, String kind, long targetId) {
        return dsl.deleteFrom(SUBSCRIPTION)
                .where(SUBSCRIPTION.USER_ID.eq(userId))
                .and(targetColumn(kind).eq(targetId))
                .execute() > 0;
    }

    /** Why the user hears of an item (see {@link FollowQuery#reasons}). */
    List<String> itemReasons(long userId, long itemId) {
        String[] reasons = dsl.select(FollowQuery.reasons(userId, ACTION_ITEM))
                .from(ACTION_ITEM)
                .where(ACTION_ITEM.ID.eq(itemId))
                .fetchOne(0, String[].class);
        return reasons == null ? List.of() : Arrays.asList(reasons);
    }

    /** A plan (by code), resolution (by number) or entity (by code) to follow, with its label. */
    Optional<FollowTarget> target(String kind, String code) {
        return switch (kind) {
            case FollowTarget.PLAN -> dsl.select(DSL.inline(FollowTarget.PLAN), ACTION_PLAN.ID,
                            DSL.concat(ACTION_PLAN.CODE, DSL.inline(" "), ACTION_PLAN.TITLE))
                    .from(ACTION_PLAN)
                    .where(ACTION_PLAN.CODE.eq(code))
                    .fetchOptional(Records.mapping(FollowTarget::new));
            case FollowTarget.RESOLUTION -> dsl.select(DSL.inline(FollowTarget.RESOLUTION), RESOLUTION.ID,
                            DSL.concat(DSL.inline("Res. "), RESOLUTION.NUMBER, DSL.inline(" "), RESOLUTION.TITLE))
                    .from(RESOLUTION)
                    .where(RESOLUTION.NUMBER.eq(code))
                    .orderBy(RESOLUTION.ID)
                    .limit(1)
                    .fetchOptional(Records.mapping(FollowTarget::new));
            case FollowTarget.ENTITY -> dsl.select(DSL.inline(FollowTarget.ENTITY), ENTITY.ID, ENTITY.NAME)
                    .from(ENTITY)
                    .where(ENTITY.CODE.eq(code))
                    .fetchOptional(Records.mapping(FollowTarget::new));
            default -> Optional.empty();
        };
    }

    List<FollowTarget> plans() {
        return dsl.select(DSL.inline(FollowTarget.PLAN), ACTION_PLAN.ID, DSL.concat(ACTION_PLAN.CODE, DSL.inline(" "), ACTION_PLAN.TITLE))
                .from(ACTION_PLAN)
                .orderBy(ACTION_PLAN.CODE)
                .fetch(Records.mapping(FollowTarget::new));
    }

    List<FollowTarget> resolutions() {
        return dsl.select(DSL.inline(FollowTarget.RESOLUTION), RESOLUTION.ID,
                        DSL.concat(DSL.inline("Res. "), RESOLUTION.NUMBER, DSL.inline(" "), RESOLUTION.TITLE))
                .from(RESOLUTION)
                .orderBy(DSL.length(RESOLUTION.NUMBER), RESOLUTION.NUMBER)
                .fetch(Records.mapping(FollowTarget::new));
    }

    List<FollowTarget> entities() {
        return dsl.select(DSL.inline(FollowTarget.ENTITY), ENTITY.ID, ENTITY.NAME)
                .from(ENTITY)
                .orderBy(ENTITY.POSITION, ENTITY.NAME)
                .fetch(Records.mapping(FollowTarget::new));
    }

    /** The followed items, most urgent first: overdue, then open ones by deadline, then closed ones. */
    List<FollowedItem> work(long userId, boolean seesInternal, WorkFilter filter, LocalDate today, LocalDate since,
                            int offset, int limit) {
        Field<LocalDate> deadline = FollowQuery.deadline(ACTION_ITEM);
        Field<Boolean> overdue = DSL.field(overdue(deadline, today));
        Field<Boolean> open = DSL.field(FollowQuery.open(ACTION_ITEM));
        Field<Boolean> awaiting = DSL.field(awaiting(userId, since));
        Field<String[]> reasons = FollowQuery.reasons(userId, ACTION_ITEM);
        return dsl.select(ACTION_ITEM.ID, ACTION_PLAN.CODE, ACTION_ITEM.CODE, ACTION_ITEM.TITLE, ACTION_ITEM.CURRENT_STATUS,
                        deadline, overdue, awaiting, reasons, ACTION_ITEM.INTERNAL)
                .from(ACTION_ITEM)
                .join(ACTION_PLAN).on(ACTION_PLAN.ID.eq(ACTION_ITEM.PLAN_ID))
                .where(workCondition(userId, seesInternal, filter, today, since))
                                // overdue first, then open ones by deadline, closed ones last
                .orderBy(DSL.coalesce(overdue, DSL.inline(false)).desc(), open.desc(), deadline.asc().nullsLast(),
                        ACTION_PLAN.CODE, ACTION_ITEM.POSITION, ACTION_ITEM.CODE)
                .offset(offset)
                .limit(limit)
                .fetch(r -> new FollowedItem(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        Boolean.TRUE.equals(r.value7()), Boolean.TRUE.equals(r.value8()),
                        r.value9() == null ? List.of() : Arrays.asList(r.value9()), r.value10()));
    }

    int countWork(long userId, boolean seesInternal, WorkFilter filter, LocalDate today, LocalDate since) {
        return dsl.fetchCount(ACTION_ITEM, workCondition(userId, seesInternal, filter, today, since));
    }

    private static Condition workCondition(long userId, boolean seesInternal, WorkFilter filter, LocalDate today,
                                           LocalDate since) {
        Condition condition = ACTION_ITEM.ID.in(FollowQuery.items(userId))
                .and(StatusQuery.visible(ACTION_ITEM, ItemScope.of(seesInternal)));
        return switch (filter) {
            case ALL -> condition;
            case OVERDUE -> condition.and(overdue(FollowQuery.deadline(ACTION_ITEM), today));
            case AWAITING_REPORT -> condition.and(awaiting(userId, since));
        };
    }

    private static Condition overdue(Field<LocalDate> deadline, LocalDate today) {
        return FollowQuery.open(ACTION_ITEM).and(deadline.lt(today));
    }

    /** Open, the user reports on it (owner, or contact of a responsible entity), no report after {@code since}. */
    private static Condition awaiting(long userId, LocalDate since) {
        return FollowQuery.open(ACTION_ITEM)
                .and(FollowQuery.reportsOn(userId, ACTION_ITEM))
                .and(DSL.notExists(DSL.selectOne()
                        .from(STATUS_EVENT)
                        .where(STATUS_EVENT.ACTION_ITEM_ID.eq(ACTION_ITEM.ID))
                        .and(STATUS_EVENT.OCCURRED_ON.gt(since))));
    }

    /** The latest changes on followed items by others, newest first; unread ones after the watermark. */
    List<Notice> notices(User user, boolean seesInternal, int limit) {
        long seen = seenChangeId(user.id());
        return dsl.select(NOTIFICATION_CHANGE.ID, NOTIFICATION_CHANGE.KIND, ACTION_PLAN.CODE, ACTION_ITEM.CODE,
                        ACTION_ITEM.TITLE, NOTIFICATION_CHANGE.ACTOR, NOTIFICATION_CHANGE.OCCURRED_AT,
                        NOTIFICATION_CHANGE.FIELD, STATUS_EVENT.STATUS, DSL.field(NOTIFICATION_CHANGE.ID.gt(seen)))
                .from(NOTIFICATION_CHANGE)
                .join(ACTION_ITEM).on(ACTION_ITEM.ID.eq(NOTIFICATION_CHANGE.ACTION_ITEM_ID))
                .join(ACTION_PLAN).on(ACTION_PLAN.ID.eq(ACTION_ITEM.PLAN_ID))
                .leftJoin(STATUS_EVENT).on(STATUS_EVENT.ID.eq(NOTIFICATION_CHANGE.STATUS_EVENT_ID))
                .where(noticeCondition(user, seesInternal))
                .orderBy(NOTIFICATION_CHANGE.ID.desc())
                .limit(limit)
                .fetch(Records.mapping(Notice::new));
    }

    int unread(User user, boolean seesInternal) {
        return dsl.fetchCount(DSL.selectOne()
                .from(NOTIFICATION_CHANGE)
                .join(ACTION_ITEM).on(ACTION_ITEM.ID.eq(NOTIFICATION_CHANGE.ACTION_ITEM_ID))
                .where(noticeCondition(user, seesInternal))
                .and(NOTIFICATION_CHANGE.ID.gt(seenChangeId(user.id()))));
    }

    private static Condition noticeCondition(User user, boolean seesInternal) {
        return NOTIFICATION_CHANGE.ACTION_ITEM_ID.in(FollowQuery.items(user.id()))
                .and(DSL.lower(NOTIFICATION_CHANGE.ACTOR).ne(user.email()))
                .and(StatusQuery.visible(NOTIFICATION_CHANGE.INTERNAL, ItemScope.of(seesInternal)))
                .and(StatusQuery.visible(ACTION_ITEM, ItemScope.of(seesInternal)));
    }

    private long seenChangeId(long userId) {
        return dsl.fetchOptionalValue(NOTIFICATION_SETTING.SEEN_CHANGE_ID, NOTIFICATION_SETTING.USER_ID.eq(userId))
                .orElse(0L);
    }

    /** Everything up to the latest change is read; the watermark only moves forward. */
    void markRead(long userId) {
        Field<Long> latest = DSL.coalesce(DSL.select(DSL.max(NOTIFICATION_CHANGE.ID)).from(NOTIFICATION_CHANGE).<Long>asField(),
                DSL.inline(0L));
        dsl.insertInto(NOTIFICATION_SETTING)
                .set(NOTIFICATION_SETTING.USER_ID, userId)
                .set(NOTIFICATION_SETTING.SEEN_CHANGE_ID, latest)
                .onConflict(NOTIFICATION_SETTING.USER_ID)
                .doUpdate()
                .set(NOTIFICATION_SETTING.SEEN_CHANGE_ID, DSL.greatest(NOTIFICATION_SETTING.SEEN_CHANGE_ID, latest))
                .execute();
    }

    List<EntityContacts> entityContacts() {
        return dsl.select(ENTITY.ID, ENTITY.CODE, ENTITY.NAME,
                        multiset(select(APP_USER.ID, APP_USER.EMAIL, APP_USER.DISPLAY_NAME)
                                .from(ENTITY_CONTACT)
                                .join(APP_USER).on(APP_USER.ID.eq(ENTITY_CONTACT.USER_ID))
                                .where(ENTITY_CONTACT.ENTITY_ID.eq(ENTITY.ID))
                                .orderBy(APP_USER.EMAIL))
                                .convertFrom(r -> r.map(Records.mapping(EntityContacts.Person::new))))
                .from(ENTITY)
                .orderBy(ENTITY.POSITION, ENTITY.NAME)
                .fetch(Records.mapping(EntityContacts::new));
    }

    List<EntityContacts.Person> people() {
        return dsl.select(APP_USER.ID, APP_USER.EMAIL, APP_USER.DISPLAY_NAME)
                .from(APP_USER)
                .where(APP_USER.ENABLED.isTrue())
                .orderBy(APP_USER.EMAIL)
                .fetch(Records.mapping(EntityContacts.Person::new));
    }

    /** Makes exactly these users the entity's contacts. */
    void setContacts(long entityId, Collection<Long> userIds) {
        dsl.deleteFrom(ENTITY_CONTACT)
                .where(ENTITY_CONTACT.ENTITY_ID.eq(entityId))
                .and(userIds.isEmpty() ? DSL.noCondition() : ENTITY_CONTACT.USER_ID.notIn(userIds))
                .execute();
        LinkRows.link(dsl, ENTITY_CONTACT.ENTITY_ID, entityId, ENTITY_CONTACT.USER_ID, userIds);
    }

    /** Adds a contact by e-mail and entity code; false when either is unknown. */
    boolean addContact(String entityCode, String email) {
        return dsl.insertInto(ENTITY_CONTACT, ENTITY_CONTACT.ENTITY_ID, ENTITY_CONTACT.USER_ID)
                .select(DSL.select(ENTITY.ID, APP_USER.ID)
                        .from(ENTITY)
                        .crossJoin(APP_USER)
                        .where(ENTITY.CODE.eq(entityCode))
                        .and(APP_USER.EMAIL.eq(email)))
                .onConflictDoNothing()
                .execute() == 1;
    }

    /** Forgets the changes captured so far (the demo's own history is not news). */
    void forgetChanges() {
        dsl.deleteFrom(NOTIFICATION_CHANGE).execute();
    }
}
