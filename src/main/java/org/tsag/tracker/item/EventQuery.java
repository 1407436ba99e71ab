package org.tsag.tracker.item;

import org.tsag.tracker.resolution.ClauseQuery;
import static org.jooq.Records.mapping;
import static org.jooq.impl.DSL.select;
import static org.tsag.tracker.db.Tables.ACTION_ITEM;
import static org.tsag.tracker.db.Tables.ACTION_ITEM_CLAUSE;
import static org.tsag.tracker.db.Tables.ACTION_PLAN;
import static org.tsag.tracker.db.Tables.MEETING;
import static org.tsag.tracker.db.Tables.RESOLUTION;
import static org.tsag.tracker.db.Tables.STATUS;
import static org.tsag.tracker.db.Tables.STATUS_EVENT;

import java.util.ArrayList;
import java.util.List;

import org.tsag.tracker.status.ItemScope;
import org.tsag.tracker.status.StatusQuery;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.tsag.tracker.db.tables.Status;
import org.tsag.tracker.db.tables.StatusEvent;

/**
 * Status events of action items across items, newest first (by the day they speak for, then by
 * id), each with the status it moved from, for the read API and the Atom feed.
 */
@Repository
class EventQuery {

    private static final Status PREVIOUS_STATUS = STATUS.as("prev_status");

    private final DSLContext dsl;

    EventQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    List<StatusEventRow> find(EventFilter filter, ItemScope scope, int offset, int limit) {
        // the item's event just before this one, by the same order that picks its current event;
        // one index probe per listed event (status_event_item_ix)
        StatusEvent before = STATUS_EVENT.as("before");
        Field<String> previousCode = DSL.field(select(before.STATUS)
                .from(before)
                .where(before.ACTION_ITEM_ID.eq(STATUS_EVENT.ACTION_ITEM_ID))
                .and(DSL.row(before.OCCURRED_ON, before.ID).lt(STATUS_EVENT.OCCURRED_ON, STATUS_EVENT.ID))
                .orderBy(before.OCCURRED_ON.desc(), before.ID.desc())
                .limit(1));
        Field<String> previous = previousCode.as("previous_status");
        Field<String> previousName = DSL.field(select(PREVIOUS_STATUS.NAME)
                .from(PREVIOUS_STATUS)
                .where(PREVIOUS_STATUS.CODE.eq(previousCode))).as("previous_status_name");
        return dsl.select(
                        STATUS_EVENT.ID,
                        ACTION_PLAN.CODE,
                        ACTION_ITEM.CODE,
                        ACTION_ITEM.TITLE,
                        STATUS_EVENT.KIND,
                        STATUS_EVENT.STATUS,
                        STATUS.NAME,
                        previous,
                        previousName,
                        STATUS_EVENT.PROGRESS,
                        STATUS_EVENT.RAG,
                        STATUS_EVENT.NARRATIVE,
                        MEETING.CODE,
                        STATUS_EVENT.OCCURRED_ON,
                        STATUS_EVENT.AUTHOR,
                        STATUS_EVENT.RECORDED_AT,
                        STATUS_EVENT.CORRECTS_EVENT_ID,
                        StatusQuery.evidence(STATUS_EVENT.ID))
                .from(STATUS_EVENT)
                .join(ACTION_ITEM).on(ACTION_ITEM.ID.eq(STATUS_EVENT.ACTION_ITEM_ID))
                .join(ACTION_PLAN).on(ACTION_PLAN.ID.eq(ACTION_ITEM.PLAN_ID))
                .join(STATUS).on(STATUS.CODE.eq(STATUS_EVENT.STATUS))
                .leftJoin(MEETING).on(MEETING.ID.eq(STATUS_EVENT.MEETING_ID))
                .where(condition(filter, scope))
                .orderBy(STATUS_EVENT.OCCURRED_ON.desc(), STATUS_EVENT.ID.desc())
                .offset(offset)
                .limit(limit)
                .fetch(mapping(StatusEventRow::new));
    }

    int count(EventFilter filter, ItemScope scope) {
        return dsl.selectCount()
                .from(STATUS_EVENT)
                .join(ACTION_ITEM).on(ACTION_ITEM.ID.eq(STATUS_EVENT.ACTION_ITEM_ID))
                .join(ACTION_PLAN).on(ACTION_PLAN.ID.eq(ACTION_ITEM.PLAN_ID))
                .where(condition(filter, scope))
                .fetchSingle()
                .value1();
    }

    /** Which events are listed; the caller joins action_item and action_plan. */
    private static Condition condition(EventFilter filter, ItemScope scope) {
        List<Condition> conditions = new ArrayList<>();
        if (filter.since() != null) {
            conditions.add(STATUS_EVENT.OCCURRED_ON.ge(filter.since()));
        }
        conditions.add(StatusQuery.visible(ACTION_ITEM, scope));
        if (filter.plan() != null) {
            conditions.add(ACTION_PLAN.CODE.equalIgnoreCase(filter.plan()));
        }
        if (filter.resolution() != null) {
            conditions.add(DSL.exists(DSL.selectOne()
                    .from(ClauseQuery.itemClauses())
                    .where(ACTION_ITEM_CLAUSE.ACTION_ITEM_ID.eq(ACTION_ITEM.ID))
                    .and(RESOLUTION.NUMBER.eq(filter.resolution()))));
        }
        return DSL.and(conditions);
    }

    List<Plan> plans() {
        return dsl.select(
                        ACTION_PLAN.CODE,
                        ACTION_PLAN.TITLE,
                        ACTION_PLAN.DESCRIPTION,
                        ACTION_PLAN.APPROVED_BY,
                        ACTION_PLAN.APPROVED_ON,
                        ACTION_PLAN.ROLLUP,
                        ACTION_PLAN.SAMPLE)
                .from(ACTION_PLAN)
                .orderBy(ACTION_PLAN.CODE)
                .fetch(mapping(Plan::new));
    }
}
