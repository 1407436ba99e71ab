package org.tsag.tracker.demo;

import static org.tsag.tracker.db.Tables.ACTION_ITEM;
import static org.tsag.tracker.db.Tables.ACTION_ITEM_ENTITY;
import static org.tsag.tracker.db.Tables.ACTION_PLAN;
import static org.tsag.tracker.db.Tables.ENTITY;
import static org.tsag.tracker.db.Tables.MEETING;
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

    /**
     * The search vector of every item of the plan with its events' narratives (V171), in one
     * statement: the bulk load inserts events with the per-event trigger off. Derived data, so the
     * audit, live and notification triggers pass over it (is_derived_update).
     */
    void setSearchVectors(long planId) {
        org.jooq.Field<Object> vector = DSL.function("item_search_vector", Object.class, ACTION_ITEM.ID,
                ACTION_ITEM.TITLE, ACTION_ITEM.DESCRIPTION);
        derivedUpdate(true);
        dsl.update(ACTION_ITEM)
                .set(Map.of(ACTION_ITEM.SEARCH, vector))
                .where(ACTION_ITEM.PLAN_ID.eq(planId))
                .execute();
        derivedUpdate(false);
    }

    private void derivedUpdate(boolean on) {
        dsl.select(DSL.function("set_config", String.class, DSL.inline("tracker.derived_update"),
                DSL.inline(on ? "on" : "off"), DSL.inline(true))).fetch();
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
}
