package org.tsag.tracker.since;

import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.select;
import static org.tsag.tracker.db.Tables.ACTION_ITEM;
import static org.tsag.tracker.db.Tables.ACTION_PLAN;
import static org.tsag.tracker.db.Tables.MEETING;
import static org.tsag.tracker.db.Tables.STATUS;
import static org.tsag.tracker.db.Tables.STATUS_EVENT;
import static org.tsag.tracker.db.Tables.STUDY_PERIOD;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Records;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.tsag.tracker.status.ItemScope;
import org.tsag.tracker.status.StatusQuery;
import org.tsag.tracker.db.tables.Meeting;

/** The SQL of "since the last meeting": every item's state at two days, read from the journal. */
@Repository
class SinceQuery {

    private static final Meeting TARGET = MEETING.as("target");

    private final DSLContext dsl;

    SinceQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** An item's state at the start and at the end of the window. */
    record ItemStates(
            long id,
            String plan,
            String code,
            String title,
            boolean createdBefore,
            boolean createdByEnd,
            String statusBefore,
            Integer progressBefore,
            Boolean closedBefore,
            String statusAfter,
            Integer progressAfter,
            Boolean closedAfter,
            LocalDate deadline) {
    }

    Optional<LocalDate> meetingEnd(String code) {
        return dsl.fetchOptionalValue(MEETING.END_DATE, MEETING.CODE.equalIgnoreCase(code));
    }

    /** The code and last day of the latest TSAG meeting that ended before {@code today}. */
    Optional<String> lastTsagMeeting(LocalDate today) {
        return dsl.select(MEETING.CODE)
                .from(MEETING)
                .where(MEETING.KIND.eq("TSAG"))
                .and(MEETING.END_DATE.lt(today))
                .orderBy(MEETING.END_DATE.desc())
                .limit(1)
                .fetchOptional(MEETING.CODE);
    }

    /** The latest event on or before {@code day}, as a lateral table with status, progress and closed. */
    private static Table<?> stateAt(LocalDate day, String alias) {
        var status = STATUS.as(alias + "_status");
        return DSL.lateral(select(
                        STATUS_EVENT.STATUS.as("status"),
                        coalesce(STATUS_EVENT.PROGRESS, status.IMPLIED_PROGRESS).as("progress"),
                        status.CLOSED.as("closed"))
                .from(STATUS_EVENT)
                .join(status).on(status.CODE.eq(STATUS_EVENT.STATUS))
                .where(STATUS_EVENT.ACTION_ITEM_ID.eq(ACTION_ITEM.ID))
                .and(STATUS_EVENT.OCCURRED_ON.le(day))
                .orderBy(STATUS_EVENT.OCCURRED_ON.desc(), STATUS_EVENT.ID.desc())
                .limit(1))
                .as(alias);
    }

    List<ItemStates> states(LocalDate from, LocalDate to, boolean includeInternal, String period) {
        return states(from, to, includeInternal, period, null);
    }

    /** As {@link #states(LocalDate, LocalDate, boolean, String)}, only of the items {@code only} (null: all). */
    List<ItemStates> states(LocalDate from, LocalDate to, boolean includeInternal, String period, java.util.Set<Long> only) {
        Table<?> before = stateAt(from, "before");
        Table<?> after = stateAt(to, "after");
        Field<LocalDate> createdOn = DSL.cast(ACTION_ITEM.CREATED_AT, LocalDate.class);
        return dsl.select(
                        ACTION_ITEM.ID,
                        ACTION_PLAN.CODE,
                        ACTION_ITEM.CODE,
                        ACTION_ITEM.TITLE,
                        DSL.field(createdOn.le(from)),
                        DSL.field(createdOn.le(to)),
                        before.field("status", String.class),
                        before.field("progress", Integer.class),
                        before.field("closed", Boolean.class),
                        after.field("status", String.class),
                        after.field("progress", Integer.class),
                        after.field("closed", Boolean.class),
                        coalesce(ACTION_ITEM.DUE_DATE, TARGET.END_DATE))
                .from(ACTION_ITEM)
                .join(ACTION_PLAN).on(ACTION_PLAN.ID.eq(ACTION_ITEM.PLAN_ID))
                .join(STUDY_PERIOD).on(STUDY_PERIOD.ID.eq(ACTION_ITEM.STUDY_PERIOD_ID))
                .leftJoin(TARGET).on(TARGET.ID.eq(ACTION_ITEM.TARGET_MEETING_ID))
                .leftJoin(before).on(DSL.trueCondition())
                .leftJoin(after).on(DSL.trueCondition())
                .where(StatusQuery.visible(ACTION_ITEM, ItemScope.of(includeInternal)))
                .and(period == null ? DSL.trueCondition() : STUDY_PERIOD.CODE.eq(period))
                .and(only == null ? DSL.trueCondition() : ACTION_ITEM.ID.in(only))
                .orderBy(ACTION_PLAN.CODE, ACTION_ITEM.POSITION, ACTION_ITEM.CODE)
                .fetch(Records.mapping(ItemStates::new));
    }

    /** Every meeting, latest first, for the "since" pickers. */
    List<Since.MeetingOption> meetings() {
        return dsl.select(MEETING.CODE, MEETING.KIND, MEETING.START_DATE, MEETING.END_DATE)
                .from(MEETING)
                .orderBy(MEETING.END_DATE.desc(), MEETING.CODE)
                .fetch(Records.mapping(Since.MeetingOption::new));
    }
}
