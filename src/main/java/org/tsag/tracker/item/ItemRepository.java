package org.tsag.tracker.item;

import static org.tsag.tracker.db.Tables.ACTION_ITEM;
import static org.tsag.tracker.db.Tables.ACTION_ITEM_CLAUSE;
import static org.tsag.tracker.db.Tables.ACTION_ITEM_ENTITY;
import static org.tsag.tracker.db.Tables.ACTION_PLAN;
import static org.tsag.tracker.db.Tables.ENTITY;
import static org.tsag.tracker.db.Tables.EVIDENCE;
import static org.tsag.tracker.db.Tables.MEETING;
import static org.tsag.tracker.db.Tables.STATUS_EVENT;
import static org.tsag.tracker.db.Tables.STUDY_PERIOD;

import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** All SQL of the action item feature. */
@Repository
class ItemRepository {

    private final DSLContext dsl;

    ItemRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    long insertPlan(NewPlan plan) {
        return dsl.insertInto(ACTION_PLAN)
                .set(ACTION_PLAN.CODE, plan.code())
                .set(ACTION_PLAN.TITLE, plan.title())
                .set(ACTION_PLAN.DESCRIPTION, plan.description())
                .set(ACTION_PLAN.APPROVED_BY, plan.approvedBy())
                .set(ACTION_PLAN.APPROVED_ON, plan.approvedOn())
                .set(ACTION_PLAN.ROLLUP, plan.rollup())
                .set(ACTION_PLAN.SAMPLE, plan.sample())
                .returning(ACTION_PLAN.ID)
                .fetchSingle(ACTION_PLAN.ID);
    }

    Optional<Long> findPlanId(String code) {
        return dsl.select(ACTION_PLAN.ID)
                .from(ACTION_PLAN)
                .where(ACTION_PLAN.CODE.eq(code))
                .fetchOptional(Record1::value1);
    }

    Optional<Long> findItemId(long planId, String code) {
        return dsl.select(ACTION_ITEM.ID)
                .from(ACTION_ITEM)
                .where(ACTION_ITEM.PLAN_ID.eq(planId))
                .and(ACTION_ITEM.CODE.eq(code))
                .fetchOptional(Record1::value1);
    }

    int nextPosition(long planId) {
        return dsl.select(DSL.coalesce(DSL.max(ACTION_ITEM.POSITION), 0).plus(1))
                .from(ACTION_ITEM)
                .where(ACTION_ITEM.PLAN_ID.eq(planId))
                .fetchSingle(Record1::value1);
    }

    long insertItem(long planId, Long parentId, int position, NewItem item) {
        return dsl.insertInto(ACTION_ITEM)
                .set(ACTION_ITEM.PLAN_ID, planId)
                .set(ACTION_ITEM.CODE, item.code())
                .set(ACTION_ITEM.PARENT_ID, parentId)
                .set(ACTION_ITEM.POSITION, position)
                .set(ACTION_ITEM.TITLE, item.title())
                .set(ACTION_ITEM.DESCRIPTION, item.description())
                .set(ACTION_ITEM.OWNER, item.owner())
                .set(ACTION_ITEM.START_DATE, item.startDate())
                .set(ACTION_ITEM.DUE_DATE, item.dueDate())
                .set(ACTION_ITEM.TARGET_MEETING_ID, item.targetMeetingCode() == null ? null
                        : DSL.field(DSL.select(MEETING.ID).from(MEETING).where(MEETING.CODE.eq(item.targetMeetingCode()))))
                .set(ACTION_ITEM.PRIORITY, item.priority())
                .set(ACTION_ITEM.STUDY_PERIOD_ID, DSL.field(DSL.select(STUDY_PERIOD.ID)
                        .from(STUDY_PERIOD)
                        .where(STUDY_PERIOD.CODE.eq(item.studyPeriod()))))
                .set(ACTION_ITEM.WEIGHT, item.weight())
                .set(ACTION_ITEM.INTERNAL, item.internal())
                .set(ACTION_ITEM.SAMPLE, item.sample())
                .returning(ACTION_ITEM.ID)
                .fetchSingle(ACTION_ITEM.ID);
    }

    /** @return how many of the codes matched an entity */
    int insertEntities(long itemId, String role, List<String> entityCodes) {
        if (entityCodes.isEmpty()) {
            return 0;
        }
        return dsl.insertInto(ACTION_ITEM_ENTITY, ACTION_ITEM_ENTITY.ACTION_ITEM_ID, ACTION_ITEM_ENTITY.ENTITY_ID, ACTION_ITEM_ENTITY.ROLE)
                .select(DSL.select(DSL.val(itemId), ENTITY.ID, DSL.val(role))
                        .from(ENTITY)
                        .where(ENTITY.CODE.in(entityCodes)))
                .execute();
    }

    void insertClauses(long itemId, List<Long> clauseIds) {
        for (Long clauseId : clauseIds) {
            dsl.insertInto(ACTION_ITEM_CLAUSE)
                    .set(ACTION_ITEM_CLAUSE.ACTION_ITEM_ID, itemId)
                    .set(ACTION_ITEM_CLAUSE.CLAUSE_ID, clauseId)
                    .onConflictDoNothing()
                    .execute();
        }
    }

    long insertEvent(NewStatusEvent event, Long meetingId) {
        return dsl.insertInto(STATUS_EVENT)
                .set(STATUS_EVENT.ACTION_ITEM_ID, event.itemId())
                .set(STATUS_EVENT.KIND, event.kind())
                .set(STATUS_EVENT.STATUS, event.status())
                .set(STATUS_EVENT.PROGRESS, event.progress())
                .set(STATUS_EVENT.RAG, event.rag())
                .set(STATUS_EVENT.NARRATIVE, event.narrative())
                .set(STATUS_EVENT.MEETING_ID, meetingId)
                .set(STATUS_EVENT.OCCURRED_ON, event.occurredOn())
                .set(STATUS_EVENT.AUTHOR, event.author())
                .returning(STATUS_EVENT.ID)
                .fetchSingle(STATUS_EVENT.ID);
    }

    void insertEvidence(long eventId, List<Evidence> evidence) {
        for (int i = 0; i < evidence.size(); i++) {
            Evidence e = evidence.get(i);
            dsl.insertInto(EVIDENCE)
                    .set(EVIDENCE.STATUS_EVENT_ID, eventId)
                    .set(EVIDENCE.POSITION, i + 1)
                    .set(EVIDENCE.KIND, e.kind())
                    .set(EVIDENCE.REFERENCE, e.reference())
                    .set(EVIDENCE.URL, e.url())
                    .execute();
        }
    }

    Optional<Long> findMeetingId(String code) {
        return dsl.select(MEETING.ID)
                .from(MEETING)
                .where(MEETING.CODE.eq(code))
                .fetchOptional(Record1::value1);
    }
}
