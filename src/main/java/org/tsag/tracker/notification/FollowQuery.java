package org.tsag.tracker.notification;

import static org.tsag.tracker.db.Tables.ACTION_ITEM;
import static org.tsag.tracker.db.Tables.ACTION_ITEM_CLAUSE;
import static org.tsag.tracker.db.Tables.ACTION_ITEM_ENTITY;
import static org.tsag.tracker.db.Tables.APP_USER;
import static org.tsag.tracker.db.Tables.APP_USER_ROLE;
import static org.tsag.tracker.db.Tables.CLAUSE;
import static org.tsag.tracker.db.Tables.ENTITY_CONTACT;
import static org.tsag.tracker.db.Tables.MEETING;
import static org.tsag.tracker.db.Tables.RESOLUTION_REVISION;
import static org.tsag.tracker.db.Tables.SECTION;
import static org.tsag.tracker.db.Tables.STATUS;
import static org.tsag.tracker.db.Tables.SUBSCRIPTION;

import java.time.LocalDate;

import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.Select;
import org.jooq.impl.DSL;
import org.tsag.tracker.base.Roles;
import org.tsag.tracker.db.tables.ActionItem;

/**
 * Who follows which item, as SQL: the owner (free text equal to the user's e-mail or display name,
 * as the grid's "mine" filter reads it), the contacts of each responsible entity, and the
 * subscriptions to the item, its plan, an entity responsible for it, or a resolution one of whose
 * clauses (in any revision) it implements.
 */
final class FollowQuery {

    static final String OWNER = "OWNER";
    static final String CONTACT = "CONTACT";
    static final String ITEM = "ITEM";
    static final String PLAN = "PLAN";
    static final String ENTITY = "ENTITY";
    static final String RESOLUTION = "RESOLUTION";

    private static final String RESPONSIBLE = "RESPONSIBLE";

    private FollowQuery() {
    }

    /** The ids of the items the user follows, for any reason. */
    static Select<Record1<Long>> items(long userId) {
        return DSL.select(ACTION_ITEM.ID)
                .from(ACTION_ITEM)
                .join(APP_USER).on(APP_USER.ID.eq(userId))
                .where(owns(ACTION_ITEM))
                .union(DSL.select(ACTION_ITEM_ENTITY.ACTION_ITEM_ID)
                        .from(ACTION_ITEM_ENTITY)
                        .join(ENTITY_CONTACT).on(ENTITY_CONTACT.ENTITY_ID.eq(ACTION_ITEM_ENTITY.ENTITY_ID))
                        .where(ENTITY_CONTACT.USER_ID.eq(userId))
                        .and(ACTION_ITEM_ENTITY.ROLE.eq(RESPONSIBLE)))
                .union(DSL.select(SUBSCRIPTION.ACTION_ITEM_ID)
                        .from(SUBSCRIPTION)
                        .where(SUBSCRIPTION.USER_ID.eq(userId))
                        .and(SUBSCRIPTION.ACTION_ITEM_ID.isNotNull()))
                .union(DSL.select(ACTION_ITEM.ID)
                        .from(ACTION_ITEM)
                        .join(SUBSCRIPTION).on(SUBSCRIPTION.PLAN_ID.eq(ACTION_ITEM.PLAN_ID))
                        .where(SUBSCRIPTION.USER_ID.eq(userId)))
                .union(DSL.select(ACTION_ITEM_ENTITY.ACTION_ITEM_ID)
                        .from(ACTION_ITEM_ENTITY)
                        .join(SUBSCRIPTION).on(SUBSCRIPTION.ENTITY_ID.eq(ACTION_ITEM_ENTITY.ENTITY_ID))
                        .where(SUBSCRIPTION.USER_ID.eq(userId))
                        .and(ACTION_ITEM_ENTITY.ROLE.eq(RESPONSIBLE)))
                .union(DSL.select(ACTION_ITEM_CLAUSE.ACTION_ITEM_ID)
                        .from(ACTION_ITEM_CLAUSE)
                        .join(CLAUSE).on(CLAUSE.ID.eq(ACTION_ITEM_CLAUSE.CLAUSE_ID))
                        .join(SECTION).on(SECTION.ID.eq(CLAUSE.SECTION_ID))
                        .join(RESOLUTION_REVISION).on(RESOLUTION_REVISION.ID.eq(SECTION.REVISION_ID))
                        .join(SUBSCRIPTION).on(SUBSCRIPTION.RESOLUTION_ID.eq(RESOLUTION_REVISION.RESOLUTION_ID))
                        .where(SUBSCRIPTION.USER_ID.eq(userId)));
    }

    /** Why the user follows the given item: OWNER, CONTACT, ITEM, PLAN, ENTITY, RESOLUTION (those that apply). */
    static Field<String[]> reasons(long userId, ActionItem item) {
        Field<String[]> reasons = DSL.array(
                DSL.when(DSL.exists(DSL.selectOne().from(APP_USER).where(APP_USER.ID.eq(userId)).and(owns(item))),
                        DSL.inline(OWNER)),
                DSL.when(DSL.exists(DSL.selectOne()
                        .from(ACTION_ITEM_ENTITY)
                        .join(ENTITY_CONTACT).on(ENTITY_CONTACT.ENTITY_ID.eq(ACTION_ITEM_ENTITY.ENTITY_ID))
                        .where(ACTION_ITEM_ENTITY.ACTION_ITEM_ID.eq(item.ID))
                        .and(ACTION_ITEM_ENTITY.ROLE.eq(RESPONSIBLE))
                        .and(ENTITY_CONTACT.USER_ID.eq(userId))), DSL.inline(CONTACT)),
                DSL.when(DSL.exists(DSL.selectOne()
                        .from(SUBSCRIPTION)
                        .where(SUBSCRIPTION.USER_ID.eq(userId))
                        .and(SUBSCRIPTION.ACTION_ITEM_ID.eq(item.ID))), DSL.inline(ITEM)),
                DSL.when(DSL.exists(DSL.selectOne()
                        .from(SUBSCRIPTION)
                        .where(SUBSCRIPTION.USER_ID.eq(userId))
                        .and(SUBSCRIPTION.PLAN_ID.eq(item.PLAN_ID))), DSL.inline(PLAN)),
                DSL.when(DSL.exists(DSL.selectOne()
                        .from(SUBSCRIPTION)
                        .join(ACTION_ITEM_ENTITY).on(ACTION_ITEM_ENTITY.ENTITY_ID.eq(SUBSCRIPTION.ENTITY_ID))
                        .where(SUBSCRIPTION.USER_ID.eq(userId))
                        .and(ACTION_ITEM_ENTITY.ACTION_ITEM_ID.eq(item.ID))
                        .and(ACTION_ITEM_ENTITY.ROLE.eq(RESPONSIBLE))), DSL.inline(ENTITY)),
                DSL.when(DSL.exists(DSL.selectOne()
                        .from(SUBSCRIPTION)
                        .join(RESOLUTION_REVISION).on(RESOLUTION_REVISION.RESOLUTION_ID.eq(SUBSCRIPTION.RESOLUTION_ID))
                        .join(SECTION).on(SECTION.REVISION_ID.eq(RESOLUTION_REVISION.ID))
                        .join(CLAUSE).on(CLAUSE.SECTION_ID.eq(SECTION.ID))
                        .join(ACTION_ITEM_CLAUSE).on(ACTION_ITEM_CLAUSE.CLAUSE_ID.eq(CLAUSE.ID))
                        .where(SUBSCRIPTION.USER_ID.eq(userId))
                        .and(ACTION_ITEM_CLAUSE.ACTION_ITEM_ID.eq(item.ID))), DSL.inline(RESOLUTION)));
        // array_remove drops the reasons that do not apply
        return DSL.arrayRemove(reasons, DSL.inline((String) null));
    }

    /** The user reports on the item: they own it, or answer for an entity responsible for it. */
    static Condition reportsOn(long userId, ActionItem item) {
        return DSL.exists(DSL.selectOne().from(APP_USER).where(APP_USER.ID.eq(userId)).and(owns(item)))
                .or(DSL.exists(DSL.selectOne()
                        .from(ACTION_ITEM_ENTITY)
                        .join(ENTITY_CONTACT).on(ENTITY_CONTACT.ENTITY_ID.eq(ACTION_ITEM_ENTITY.ENTITY_ID))
                        .where(ACTION_ITEM_ENTITY.ACTION_ITEM_ID.eq(item.ID))
                        .and(ACTION_ITEM_ENTITY.ROLE.eq(RESPONSIBLE))
                        .and(ENTITY_CONTACT.USER_ID.eq(userId))));
    }

    /** The item's free-text owner names the user (APP_USER must be in scope). */
    static Condition owns(ActionItem item) {
        return DSL.lower(DSL.trim(item.OWNER)).eq(APP_USER.EMAIL)
                .or(DSL.lower(DSL.trim(item.OWNER)).eq(DSL.lower(DSL.trim(APP_USER.DISPLAY_NAME))));
    }

    /** Whether the user may hear of internal items: TSB, chairs and admins, as in the app. */
    static Condition seesInternal(Field<Long> userId) {
        return DSL.exists(DSL.selectOne()
                .from(APP_USER_ROLE)
                .where(APP_USER_ROLE.USER_ID.eq(userId))
                .and(APP_USER_ROLE.ROLE.in(Roles.TSB, Roles.CHAIR, Roles.ADMIN)));
    }

    /** An item's deadline as the grid reads it: its due date, or else its target meeting's last day. */
    static Field<LocalDate> deadline(ActionItem item) {
        return DSL.coalesce(item.DUE_DATE, DSL.select(MEETING.END_DATE)
                .from(MEETING)
                .where(MEETING.ID.eq(item.TARGET_MEETING_ID))
                .<LocalDate>asField());
    }

    /** Whether the item's current status is closed (completed, superseded, withdrawn). */
    static Condition open(ActionItem item) {
        return DSL.notExists(DSL.selectOne()
                .from(STATUS)
                .where(STATUS.CODE.eq(item.CURRENT_STATUS))
                .and(STATUS.CLOSED.isTrue()));
    }
}
