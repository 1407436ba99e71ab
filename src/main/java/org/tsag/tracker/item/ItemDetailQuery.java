package org.tsag.tracker.item;

import org.tsag.tracker.resolution.ClauseQuery;
import org.tsag.tracker.status.ItemScope;
import org.tsag.tracker.status.StatusQuery;
import static org.tsag.tracker.base.database.ItemTables.PARENT;
import static org.tsag.tracker.base.database.ItemTables.TARGET;
import static org.tsag.tracker.db.Tables.ACTION_ITEM;
import static org.tsag.tracker.db.Tables.ACTION_ITEM_CLAUSE;
import static org.tsag.tracker.db.Tables.ACTION_PLAN;
import static org.tsag.tracker.db.Tables.MEETING;
import static org.tsag.tracker.db.Tables.STATUS_EVENT;
import static org.tsag.tracker.db.Tables.STUDY_PERIOD;
import static org.tsag.tracker.db.Tables.AUDIT_LOG;
import static org.tsag.tracker.db.Tables.CLAUSE;
import static org.tsag.tracker.db.Tables.RESOLUTION;
import static org.tsag.tracker.db.Tables.RESOLUTION_REVISION;
import static org.tsag.tracker.db.Tables.SECTION;
import static org.tsag.tracker.db.Tables.STATUS;
import static org.jooq.Records.mapping;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;

import java.util.List;
import java.util.Optional;

import org.tsag.tracker.base.database.ItemTables;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.SQLDataType;
import org.tsag.tracker.db.tables.ActionItem;
import org.tsag.tracker.db.tables.Meeting;
import org.tsag.tracker.db.tables.Status;
import org.tsag.tracker.db.tables.StatusEvent;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * What the item page reads: the item with its links, clauses, children and events in one query,
 * the plans that share its code, the changes to its fields, and the clauses that a newer revision
 * continues; and how the grid names a clause it filters by.
 */
@Repository
class ItemDetailQuery {

    private final DSLContext dsl;

    ItemDetailQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Plan codes of the items with this code that the reader may see, in plan order. */
    List<String> plansWithCode(String code, ItemScope scope) {
        return dsl.select(ACTION_PLAN.CODE)
                .from(ACTION_ITEM)
                .join(ACTION_PLAN).on(ACTION_PLAN.ID.eq(ACTION_ITEM.PLAN_ID))
                .where(ACTION_ITEM.CODE.eq(code))
                .and(StatusQuery.visible(ACTION_ITEM, scope))
                .orderBy(ACTION_PLAN.CODE)
                .fetch(ACTION_PLAN.CODE);
    }

    Optional<ItemDetail> findItem(long itemId, ItemScope scope) {
        Status currentStatus = STATUS.as("cur_status");
        ActionItem child = ACTION_ITEM.as("ch");
        Status childStatus = STATUS.as("ch_status");
        StatusEvent event = STATUS_EVENT.as("ev");
        Meeting eventMeeting = MEETING.as("ev_meeting");
        Field<Integer> progress = StatusQuery.progress(ACTION_ITEM, currentStatus, scope);
        var responsible = ItemEntityQuery.codes("RESPONSIBLE");
        var collaborating = ItemEntityQuery.codes("COLLABORATING");
        var reportsTo = ItemEntityQuery.codes("REPORTS_TO");
        var clauses = multiset(select(
                                        RESOLUTION.NUMBER,
                                        RESOLUTION_REVISION.PLACE,
                                        RESOLUTION_REVISION.YEAR,
                                        SECTION.HEADING,
                                        CLAUSE.LABEL,
                                        CLAUSE.TEXT)
                                .from(ClauseQuery.itemClauses())
                                .where(ACTION_ITEM_CLAUSE.ACTION_ITEM_ID.eq(ACTION_ITEM.ID))
                                .orderBy(RESOLUTION.NUMBER, SECTION.POSITION, CLAUSE.POSITION))
                                .convertFrom(r -> r.map(mapping(ItemDetail.ClauseText::new)));
        var children = multiset(select(
                                        child.CODE,
                                        child.TITLE,
                                        child.CURRENT_STATUS,
                                        StatusQuery.ownProgress(child, childStatus),
                                        child.WEIGHT)
                                .from(child)
                                .leftJoin(childStatus).on(childStatus.CODE.eq(child.CURRENT_STATUS))
                                .where(child.PARENT_ID.eq(ACTION_ITEM.ID))
                                .and(StatusQuery.visible(child, scope))
                                .orderBy(child.POSITION))
                                .convertFrom(r -> r.map(mapping(ItemDetail.Child::new)));
        var events = multiset(select(
                                        event.ID,
                                        event.KIND,
                                        event.STATUS,
                                        event.PROGRESS,
                                        event.RAG,
                                        event.NARRATIVE,
                                        eventMeeting.CODE,
                                        eventMeeting.TITLE,
                                        eventMeeting.KIND,
                                        event.OCCURRED_ON,
                                        event.AUTHOR,
                                        event.RECORDED_AT,
                                        event.CORRECTS_EVENT_ID,
                                        StatusQuery.evidence(event.ID))
                                .from(event)
                                .leftJoin(eventMeeting).on(eventMeeting.ID.eq(event.MEETING_ID))
                                .where(event.ACTION_ITEM_ID.eq(ACTION_ITEM.ID))
                                .orderBy(event.OCCURRED_ON.desc(), event.ID.desc()))
                                .convertFrom(r -> r.map(mapping(ItemDetail.Event::new)));
        return dsl.select(
                        ACTION_ITEM.ID,
                        ACTION_PLAN.CODE,
                        ACTION_PLAN.TITLE,
                        ACTION_PLAN.ROLLUP,
                        ACTION_ITEM.CODE,
                        PARENT.CODE,
                        ACTION_ITEM.TITLE,
                        ACTION_ITEM.DESCRIPTION,
                        ACTION_ITEM.OWNER,
                        ACTION_ITEM.START_DATE,
                        ACTION_ITEM.DUE_DATE,
                        TARGET.CODE,
                        ACTION_ITEM.PRIORITY,
                        STUDY_PERIOD.CODE,
                        ACTION_ITEM.WEIGHT,
                        ACTION_ITEM.INTERNAL,
                        ACTION_ITEM.SAMPLE,
                        ACTION_ITEM.VERSION,
                        ACTION_ITEM.CURRENT_STATUS,
                        progress,
                        responsible,
                        collaborating,
                        reportsTo,
                        clauses,
                        children,
                        events)
                .from(ItemTables.items())
                .leftJoin(currentStatus).on(currentStatus.CODE.eq(ACTION_ITEM.CURRENT_STATUS))
                .where(ACTION_ITEM.ID.eq(itemId))
                .and(StatusQuery.visible(ACTION_ITEM, scope))
                .fetchOptional(r -> new ItemDetail(
                        r.get(ACTION_ITEM.ID),
                        r.get(ACTION_PLAN.CODE),
                        r.get(ACTION_PLAN.TITLE),
                        r.get(ACTION_PLAN.ROLLUP),
                        r.get(ACTION_ITEM.CODE),
                        r.get(PARENT.CODE),
                        r.get(ACTION_ITEM.TITLE),
                        r.get(ACTION_ITEM.DESCRIPTION),
                        r.get(ACTION_ITEM.OWNER),
                        r.get(ACTION_ITEM.START_DATE),
                        r.get(ACTION_ITEM.DUE_DATE),
                        r.get(TARGET.CODE),
                        r.get(ACTION_ITEM.PRIORITY),
                        r.get(STUDY_PERIOD.CODE),
                        r.get(ACTION_ITEM.WEIGHT),
                        r.get(ACTION_ITEM.INTERNAL),
                        r.get(ACTION_ITEM.SAMPLE),
                        r.get(ACTION_ITEM.VERSION),
                        r.get(ACTION_ITEM.CURRENT_STATUS),
                        r.get(progress),
                        r.get(responsible),
                        r.get(collaborating),
                        r.get(reportsTo),
                        r.get(clauses),
                        r.get(children),
                        r.get(events)));
    }

    /**
     * Changes to the item's own fields, newest first, from the audit journal. Bookkeeping columns
     * (version, timestamps, current event, search vector, V140's sort keys) are left out. With {@code afterVersion},
     * only the changes of saves that produced a later version.
     */
    List<FieldChange> fieldChanges(long itemId, Integer afterVersion) {
        Table<?> keys = DSL.table("jsonb_object_keys({0}::jsonb)", AUDIT_LOG.NEW_VALUES).as("k", "key");
        Field<String> key = DSL.field(DSL.name("k", "key"), String.class);
        Field<String> oldValue = DSL.field("({0}::jsonb ->> {1})", String.class, AUDIT_LOG.OLD_VALUES, key);
        Field<String> newValue = DSL.field("({0}::jsonb ->> {1})", String.class, AUDIT_LOG.NEW_VALUES, key);
        Field<Integer> savedVersion = DSL.field("({0}::jsonb ->> 'version')", String.class, AUDIT_LOG.NEW_VALUES)
                .cast(SQLDataType.INTEGER);
        return dsl.select(AUDIT_LOG.OCCURRED_AT, AUDIT_LOG.ACTOR, key, oldValue, newValue)
                .from(AUDIT_LOG)
                .crossJoin(DSL.lateral(keys))
                .where(AUDIT_LOG.TABLE_NAME.eq("action_item"))
                .and(AUDIT_LOG.ROW_KEY.eq(String.valueOf(itemId)))
                .and(AUDIT_LOG.ACTION.eq("UPDATE"))
                .and(key.notIn("version", "updated_at", "current_event_id", "current_status", "current_rag",
                        "current_progress", "current_on", "search", "created_at", "code_key", "deadline"))
                .and(afterVersion == null ? DSL.noCondition() : savedVersion.gt(afterVersion))
                .orderBy(AUDIT_LOG.OCCURRED_AT.desc(), AUDIT_LOG.ID.desc(), key)
                .fetch(mapping(FieldChange::new));
    }

    /** The item's clauses that a newer revision continues or deletes, through clause.previous_clause_id. */
    List<ClauseSuccessor> successors(long itemId) {
        org.tsag.tracker.db.tables.Clause next = CLAUSE.as("next");
        org.tsag.tracker.db.tables.Section nextSection = SECTION.as("next_section");
        org.tsag.tracker.db.tables.ResolutionRevision nextRevision = RESOLUTION_REVISION.as("next_revision");
        return dsl.select(
                        RESOLUTION.NUMBER,
                        RESOLUTION_REVISION.YEAR,
                        CLAUSE.LABEL,
                        nextRevision.PLACE,
                        nextRevision.YEAR,
                        next.LABEL,
                        next.CHANGE.eq("DELETED"))
                .from(ClauseQuery.itemClauses())
                .join(next).on(next.PREVIOUS_CLAUSE_ID.eq(CLAUSE.ID))
                .join(nextSection).on(nextSection.ID.eq(next.SECTION_ID))
                .join(nextRevision).on(nextRevision.ID.eq(nextSection.REVISION_ID))
                .where(ACTION_ITEM_CLAUSE.ACTION_ITEM_ID.eq(itemId))
                .and(RESOLUTION_REVISION.IN_FORCE.isFalse())
                .and(nextRevision.ID.ne(RESOLUTION_REVISION.ID))
                .orderBy(RESOLUTION.NUMBER, nextRevision.YEAR, SECTION.POSITION, CLAUSE.POSITION)
                .fetch(mapping(ClauseSuccessor::new));
    }

    Optional<String> clauseName(long clauseId) {
        return dsl.select(
                        RESOLUTION.NUMBER,
                        RESOLUTION_REVISION.YEAR,
                        SECTION.HEADING,
                        DSL.coalesce(CLAUSE.LABEL, CLAUSE.PREVIOUS_LABEL, DSL.val("")))
                .from(ClauseQuery.clauses())
                .where(CLAUSE.ID.eq(clauseId))
                .fetchOptional(r -> "Res. " + r.value1() + " (" + r.value2() + "), " + r.value3() + " " + r.value4());
    }
}
