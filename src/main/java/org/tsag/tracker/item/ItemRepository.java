package org.tsag.tracker.item;

import static org.tsag.tracker.db.Tables.ACTION_ITEM;
import static org.tsag.tracker.db.Tables.ACTION_ITEM_CLAUSE;
import static org.tsag.tracker.db.Tables.ACTION_ITEM_ENTITY;
import static org.tsag.tracker.db.Tables.ACTION_PLAN;
import static org.tsag.tracker.db.Tables.ENTITY;
import static org.tsag.tracker.db.Tables.MEETING;
import static org.tsag.tracker.db.Tables.STUDY_PERIOD;
import static org.tsag.tracker.db.Tables.RESOLUTION;
import static org.tsag.tracker.db.Tables.STATUS;

import java.util.List;
import java.util.Optional;

import org.tsag.tracker.base.database.LinkRows;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * The SQL that writes action items (new items with their links and clauses, saved forms) and the
 * choices of the filters and forms. The item page reads through {@link ItemDetailQuery}; plans,
 * saved views and carry-over have their own repositories.
 */
@Repository
class ItemRepository {

    private final DSLContext dsl;

    ItemRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    Optional<Long> findItemId(long planId, String code) {
        return dsl.fetchOptionalValue(ACTION_ITEM.ID, ACTION_ITEM.PLAN_ID.eq(planId).and(ACTION_ITEM.CODE.eq(code)));
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
        LinkRows.link(dsl, ACTION_ITEM_CLAUSE.ACTION_ITEM_ID, itemId, ACTION_ITEM_CLAUSE.CLAUSE_ID, clauseIds);
    }

    /** Saves the form if the item is still at the form's version; returns false when someone saved first. */
    boolean updateItem(ItemForm form) {
        return updateQuery(form).execute() == 1;
    }

    private org.jooq.Query updateQuery(ItemForm form) {
        return dsl.update(ACTION_ITEM)
                .set(ACTION_ITEM.TITLE, form.getTitle())
                .set(ACTION_ITEM.DESCRIPTION, form.getDescription())
                .set(ACTION_ITEM.OWNER, form.getOwner())
                .set(ACTION_ITEM.START_DATE, form.getStartDate())
                .set(ACTION_ITEM.DUE_DATE, form.getDueDate())
                .set(ACTION_ITEM.PRIORITY, form.getPriority())
                .set(ACTION_ITEM.WEIGHT, form.getWeight())
                .set(ACTION_ITEM.UPDATED_AT, DSL.currentOffsetDateTime())
                .set(ACTION_ITEM.VERSION, ACTION_ITEM.VERSION.plus(1))
                .where(ACTION_ITEM.ID.eq(form.getId()))
                .and(ACTION_ITEM.VERSION.eq(form.getVersion()));
    }

    Optional<Integer> version(long itemId) {
        return dsl.fetchOptionalValue(ACTION_ITEM.VERSION, ACTION_ITEM.ID.eq(itemId));
    }

    /**
     * Saves these forms in one JDBC batch, each only if its item is still at the form's version.
     *
     * @return the index of the first form whose item someone saved first, or -1 when all were saved
     */
    int updateItems(List<ItemForm> forms) {
        if (forms.isEmpty()) {
            return -1;
        }
        int[] counts = dsl.batch(forms.stream().map(this::updateQuery).toList()).execute();
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] != 1) {
                return i;
            }
        }
        return -1;
    }

    // ---- choices for filters and forms

    ItemOptions options() {
        return new ItemOptions(
                dsl.select(STATUS.CODE).from(STATUS).orderBy(STATUS.POSITION).fetch(STATUS.CODE),
                dsl.select(ENTITY.CODE).from(ENTITY).orderBy(ENTITY.POSITION, ENTITY.CODE).fetch(ENTITY.CODE),
                dsl.select(ACTION_PLAN.CODE).from(ACTION_PLAN).orderBy(ACTION_PLAN.CODE).fetch(ACTION_PLAN.CODE),
                dsl.selectDistinct(RESOLUTION.NUMBER).from(RESOLUTION).orderBy(RESOLUTION.NUMBER).fetch(RESOLUTION.NUMBER),
                dsl.select(STUDY_PERIOD.CODE).from(STUDY_PERIOD).orderBy(STUDY_PERIOD.START_DATE).fetch(STUDY_PERIOD.CODE),
                dsl.select(MEETING.CODE).from(MEETING).orderBy(MEETING.START_DATE.desc()).fetch(MEETING.CODE));
    }
}
