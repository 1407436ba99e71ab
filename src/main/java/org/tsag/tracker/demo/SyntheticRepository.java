package org.tsag.tracker.demo;

import static org.tsag.tracker.db.Tables.ACTION_ITEM;
import static org.tsag.tracker.db.Tables.ACTION_ITEM_ENTITY;
import static org.tsag.tracker.db.Tables.ACTION_PLAN;
import static org.tsag.tracker.db.Tables.ENTITY;
import static org.tsag.tracker.db.Tables.MEETING;
import static org.tsag.tracker.db.Tables.STATUS_EVENT;
import static org.tsag.tracker.db.Tables.STUDY_PERIOD;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** Bulk SQL for the synthetic benchmark dataset: multi-row inserts instead of one row at a time. */
@Repository
class SyntheticRepository {

    private final DSLContext dsl;

    SyntheticRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    boolean planExists(String code) {
        return dsl.fetchExists(ACTION_PLAN, ACTION_PLAN.CODE.eq(code));
    }

    long insertPlan(String code, String title) {
        return dsl.insertInto(ACTION_PLAN)
                .set(ACTION_PLAN.CODE, code)
                .set(ACTION_PLAN.TITLE, title)
                .set(ACTION_PLAN.ROLLUP, "AVERAGE")
                .set(ACTION_PLAN.SAMPLE, true)
                .returning(ACTION_PLAN.ID)
                .fetchSingle(ACTION_PLAN.ID);
    }

    long periodId(String code) {
        return dsl.select(STUDY_PERIOD.ID)
                .from(STUDY_PERIOD)
                .where(STUDY_PERIOD.CODE.eq(code))
                .fetchSingle(Record1::value1);
    }

    List<Long> entityIds() {
        return dsl.select(ENTITY.ID).from(ENTITY).orderBy(ENTITY.POSITION).fetch(Record1::value1);
    }

    Map<Long, LocalDate> meetings(long periodId) {
        return dsl.select(MEETING.ID, MEETING.START_DATE)
                .from(MEETING)
                .where(MEETING.STUDY_PERIOD_ID.eq(periodId))
                .fetchMap(MEETING.ID, MEETING.START_DATE);
    }

    record ItemRow(String code, int position, String title, String description, LocalDate dueDate, String priority) {
    }

    List<Long> insertItems(long planId, long periodId, List<ItemRow> rows) {
        var insert = dsl.insertInto(ACTION_ITEM,
                ACTION_ITEM.PLAN_ID, ACTION_ITEM.CODE, ACTION_ITEM.POSITION, ACTION_ITEM.TITLE,
                ACTION_ITEM.DESCRIPTION, ACTION_ITEM.DUE_DATE, ACTION_ITEM.PRIORITY,
                ACTION_ITEM.STUDY_PERIOD_ID, ACTION_ITEM.SAMPLE);
        for (ItemRow row : rows) {
            insert = insert.values(planId, row.code(), row.position(), row.title(), row.description(),
                    row.dueDate(), row.priority(), periodId, true);
        }
        return insert.returning(ACTION_ITEM.ID).fetch(ACTION_ITEM.ID);
    }

    record EntityRow(long itemId, long entityId, String role) {
    }

    void insertEntities(List<EntityRow> rows) {
        var insert = dsl.insertInto(ACTION_ITEM_ENTITY,
                ACTION_ITEM_ENTITY.ACTION_ITEM_ID, ACTION_ITEM_ENTITY.ENTITY_ID, ACTION_ITEM_ENTITY.ROLE);
        for (EntityRow row : rows) {
            insert = insert.values(row.itemId(), row.entityId(), row.role());
        }
        insert.onConflictDoNothing().execute();
    }

    record EventRow(long itemId, String status, Integer progress, String rag, String narrative, Long meetingId,
                    LocalDate occurredOn) {
    }

    void insertEvents(List<EventRow> rows) {
        var insert = dsl.insertInto(STATUS_EVENT,
                STATUS_EVENT.ACTION_ITEM_ID, STATUS_EVENT.STATUS, STATUS_EVENT.PROGRESS, STATUS_EVENT.RAG,
                STATUS_EVENT.NARRATIVE, STATUS_EVENT.MEETING_ID, STATUS_EVENT.OCCURRED_ON, STATUS_EVENT.AUTHOR);
        for (EventRow row : rows) {
            insert = insert.values(row.itemId(), row.status(), row.progress(), row.rag(), row.narrative(),
                    row.meetingId(), row.occurredOn(), "Synthetic data generator");
        }
        insert.execute();
    }

    /**
     * The per-row trigger that keeps current_event_id is switched off during the bulk load and the
     * columns are set once at the end (same transaction), which is much faster for millions of rows.
     */
    void disableCurrentEventTrigger() {
        dsl.execute("ALTER TABLE status_event DISABLE TRIGGER status_event_set_current");
    }

    void enableCurrentEventTrigger() {
        dsl.execute("ALTER TABLE status_event ENABLE TRIGGER status_event_set_current");
    }

    void setCurrentEvents(long planId) {
        var latest = DSL.selectDistinct(STATUS_EVENT.ACTION_ITEM_ID, STATUS_EVENT.ID, STATUS_EVENT.STATUS,
                        STATUS_EVENT.RAG, STATUS_EVENT.PROGRESS, STATUS_EVENT.OCCURRED_ON)
                .on(STATUS_EVENT.ACTION_ITEM_ID)
                .from(STATUS_EVENT)
                .join(ACTION_ITEM).on(ACTION_ITEM.ID.eq(STATUS_EVENT.ACTION_ITEM_ID))
                .where(ACTION_ITEM.PLAN_ID.eq(planId))
                .orderBy(STATUS_EVENT.ACTION_ITEM_ID, STATUS_EVENT.OCCURRED_ON.desc(), STATUS_EVENT.ID.desc())
                .asTable("latest");
        dsl.update(ACTION_ITEM)
                .set(ACTION_ITEM.CURRENT_EVENT_ID, latest.field(STATUS_EVENT.ID))
                .set(ACTION_ITEM.CURRENT_STATUS, latest.field(STATUS_EVENT.STATUS))
                .set(ACTION_ITEM.CURRENT_RAG, latest.field(STATUS_EVENT.RAG))
                .set(ACTION_ITEM.CURRENT_PROGRESS, latest.field(STATUS_EVENT.PROGRESS))
                .set(ACTION_ITEM.CURRENT_ON, latest.field(STATUS_EVENT.OCCURRED_ON))
                .from(latest)
                .where(ACTION_ITEM.ID.eq(latest.field(STATUS_EVENT.ACTION_ITEM_ID)))
                .execute();
    }
}
