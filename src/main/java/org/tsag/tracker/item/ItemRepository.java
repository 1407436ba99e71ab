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
import static org.tsag.tracker.db.Tables.AUDIT_LOG;
import static org.tsag.tracker.db.Tables.ITEM_PERIOD;
import static org.tsag.tracker.db.Tables.CLAUSE;
import static org.tsag.tracker.db.Tables.RESOLUTION;
import static org.tsag.tracker.db.Tables.RESOLUTION_REVISION;
import static org.tsag.tracker.db.Tables.SAVED_FILTER;
import static org.tsag.tracker.db.Tables.SECTION;
import static org.tsag.tracker.db.Tables.STATUS;
import static org.tsag.tracker.db.Tables.STATUS_TRANSITION;
import static org.jooq.Records.mapping;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.Table;
import org.jooq.impl.SQLDataType;
import org.tsag.tracker.db.tables.ActionItem;
import org.tsag.tracker.db.tables.Meeting;
import org.tsag.tracker.db.tables.Status;
import org.tsag.tracker.db.tables.StatusEvent;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** All SQL of the action item feature. */
@Repository
class ItemRepository {

    /** Rows per multi-row insert of status events (10 values each, well below the driver's 65,535 binds). */
    private static final int INSERT_CHUNK = 500;

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

    // ---- the item page

    /** Plan codes of the items with this code that the reader may see, in plan order. */
    List<String> plansWithCode(String code, boolean internal) {
        return dsl.select(ACTION_PLAN.CODE)
                .from(ACTION_ITEM)
                .join(ACTION_PLAN).on(ACTION_PLAN.ID.eq(ACTION_ITEM.PLAN_ID))
                .where(ACTION_ITEM.CODE.eq(code))
                .and(internal ? DSL.noCondition() : ACTION_ITEM.INTERNAL.isFalse())
                .orderBy(ACTION_PLAN.CODE)
                .fetch(ACTION_PLAN.CODE);
    }

    Optional<ItemDetail> findItem(long itemId, boolean internal) {
        StatusEvent current = STATUS_EVENT.as("cur");
        Status currentStatus = STATUS.as("cur_status");
        ActionItem parent = ACTION_ITEM.as("parent");
        Meeting target = MEETING.as("target");
        ActionItem child = ACTION_ITEM.as("ch");
        StatusEvent childEvent = STATUS_EVENT.as("ch_event");
        Status childStatus = STATUS.as("ch_status");
        StatusEvent event = STATUS_EVENT.as("ev");
        Meeting eventMeeting = MEETING.as("ev_meeting");
        Field<Integer> progress = DSL.coalesce(ItemQuery.rollup(), current.PROGRESS, currentStatus.IMPLIED_PROGRESS);
        var responsible = entityCodes("RESPONSIBLE");
        var collaborating = entityCodes("COLLABORATING");
        var reportsTo = entityCodes("REPORTS_TO");
        var clauses = multiset(select(
                                        RESOLUTION.NUMBER,
                                        RESOLUTION_REVISION.PLACE,
                                        RESOLUTION_REVISION.YEAR,
                                        SECTION.HEADING,
                                        CLAUSE.LABEL,
                                        CLAUSE.TEXT)
                                .from(ACTION_ITEM_CLAUSE)
                                .join(CLAUSE).on(CLAUSE.ID.eq(ACTION_ITEM_CLAUSE.CLAUSE_ID))
                                .join(SECTION).on(SECTION.ID.eq(CLAUSE.SECTION_ID))
                                .join(RESOLUTION_REVISION).on(RESOLUTION_REVISION.ID.eq(SECTION.REVISION_ID))
                                .join(RESOLUTION).on(RESOLUTION.ID.eq(RESOLUTION_REVISION.RESOLUTION_ID))
                                .where(ACTION_ITEM_CLAUSE.ACTION_ITEM_ID.eq(ACTION_ITEM.ID))
                                .orderBy(RESOLUTION.NUMBER, SECTION.POSITION, CLAUSE.POSITION))
                                .convertFrom(r -> r.map(mapping(ItemDetail.ClauseText::new)));
        var children = multiset(select(
                                        child.CODE,
                                        child.TITLE,
                                        childEvent.STATUS,
                                        DSL.coalesce(childEvent.PROGRESS, childStatus.IMPLIED_PROGRESS),
                                        child.WEIGHT)
                                .from(child)
                                .leftJoin(childEvent).on(childEvent.ID.eq(child.CURRENT_EVENT_ID))
                                .leftJoin(childStatus).on(childStatus.CODE.eq(childEvent.STATUS))
                                .where(child.PARENT_ID.eq(ACTION_ITEM.ID))
                                .and(internal ? DSL.noCondition() : child.INTERNAL.isFalse())
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
                                        multiset(select(EVIDENCE.KIND, EVIDENCE.REFERENCE, EVIDENCE.URL)
                                                .from(EVIDENCE)
                                                .where(EVIDENCE.STATUS_EVENT_ID.eq(event.ID))
                                                .orderBy(EVIDENCE.POSITION))
                                                .convertFrom(r -> r.map(mapping(Evidence::new))))
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
                        parent.CODE,
                        ACTION_ITEM.TITLE,
                        ACTION_ITEM.DESCRIPTION,
                        ACTION_ITEM.OWNER,
                        ACTION_ITEM.START_DATE,
                        ACTION_ITEM.DUE_DATE,
                        target.CODE,
                        ACTION_ITEM.PRIORITY,
                        STUDY_PERIOD.CODE,
                        ACTION_ITEM.WEIGHT,
                        ACTION_ITEM.INTERNAL,
                        ACTION_ITEM.SAMPLE,
                        ACTION_ITEM.VERSION,
                        current.STATUS,
                        progress,
                        responsible,
                        collaborating,
                        reportsTo,
                        clauses,
                        children,
                        events)
                .from(ACTION_ITEM)
                .join(ACTION_PLAN).on(ACTION_PLAN.ID.eq(ACTION_ITEM.PLAN_ID))
                .join(STUDY_PERIOD).on(STUDY_PERIOD.ID.eq(ACTION_ITEM.STUDY_PERIOD_ID))
                .leftJoin(parent).on(parent.ID.eq(ACTION_ITEM.PARENT_ID))
                .leftJoin(target).on(target.ID.eq(ACTION_ITEM.TARGET_MEETING_ID))
                .leftJoin(current).on(current.ID.eq(ACTION_ITEM.CURRENT_EVENT_ID))
                .leftJoin(currentStatus).on(currentStatus.CODE.eq(current.STATUS))
                .where(ACTION_ITEM.ID.eq(itemId))
                .and(internal ? DSL.noCondition() : ACTION_ITEM.INTERNAL.isFalse())
                .fetchOptional(r -> new ItemDetail(
                        r.get(ACTION_ITEM.ID),
                        r.get(ACTION_PLAN.CODE),
                        r.get(ACTION_PLAN.TITLE),
                        r.get(ACTION_PLAN.ROLLUP),
                        r.get(ACTION_ITEM.CODE),
                        r.get(parent.CODE),
                        r.get(ACTION_ITEM.TITLE),
                        r.get(ACTION_ITEM.DESCRIPTION),
                        r.get(ACTION_ITEM.OWNER),
                        r.get(ACTION_ITEM.START_DATE),
                        r.get(ACTION_ITEM.DUE_DATE),
                        r.get(target.CODE),
                        r.get(ACTION_ITEM.PRIORITY),
                        r.get(STUDY_PERIOD.CODE),
                        r.get(ACTION_ITEM.WEIGHT),
                        r.get(ACTION_ITEM.INTERNAL),
                        r.get(ACTION_ITEM.SAMPLE),
                        r.get(ACTION_ITEM.VERSION),
                        r.get(current.STATUS),
                        r.get(progress),
                        r.get(responsible),
                        r.get(collaborating),
                        r.get(reportsTo),
                        r.get(clauses),
                        r.get(children),
                        r.get(events)));
    }

    private static Field<List<String>> entityCodes(String role) {
        return multiset(select(ENTITY.CODE)
                .from(ACTION_ITEM_ENTITY)
                .join(ENTITY).on(ENTITY.ID.eq(ACTION_ITEM_ENTITY.ENTITY_ID))
                .where(ACTION_ITEM_ENTITY.ACTION_ITEM_ID.eq(ACTION_ITEM.ID))
                .and(ACTION_ITEM_ENTITY.ROLE.eq(role))
                .orderBy(ENTITY.POSITION))
                .convertFrom(r -> r.map(Record1::value1));
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
        return dsl.select(ACTION_ITEM.VERSION)
                .from(ACTION_ITEM)
                .where(ACTION_ITEM.ID.eq(itemId))
                .fetchOptional(Record1::value1);
    }

    // ---- status reports

    record CurrentState(long itemId, String status) {
    }

    record Transition(boolean requiresReason, boolean chairOnly, Integer impliedProgress) {
    }

    boolean eventBelongsTo(long eventId, long itemId) {
        return dsl.fetchExists(STATUS_EVENT, STATUS_EVENT.ID.eq(eventId).and(STATUS_EVENT.ACTION_ITEM_ID.eq(itemId)));
    }

    long insertReport(long itemId, String kind, StatusReport report, Integer progress, Long meetingId, String author) {
        return dsl.insertInto(STATUS_EVENT)
                .set(STATUS_EVENT.ACTION_ITEM_ID, itemId)
                .set(STATUS_EVENT.KIND, kind)
                .set(STATUS_EVENT.STATUS, report.status())
                .set(STATUS_EVENT.PROGRESS, progress)
                .set(STATUS_EVENT.RAG, report.rag())
                .set(STATUS_EVENT.NARRATIVE, report.narrative())
                .set(STATUS_EVENT.MEETING_ID, meetingId)
                .set(STATUS_EVENT.OCCURRED_ON, report.occurredOn())
                .set(STATUS_EVENT.AUTHOR, author)
                .set(STATUS_EVENT.CORRECTS_EVENT_ID, report.correctsEventId())
                .returning(STATUS_EVENT.ID)
                .fetchSingle(STATUS_EVENT.ID);
    }

    // ---- many status reports at once (imports)

    /**
     * The current status (null before the first event) of each of these items, locking their rows
     * so that concurrent reports are serialised. Items that do not exist, or are internal when {@code internal} is
     * false, are left out.
     */
    Map<Long, CurrentState> lockStates(Collection<Long> itemIds, boolean internal) {
        Map<Long, CurrentState> states = new HashMap<>();
        if (itemIds.isEmpty()) {
            return states;
        }
        dsl.select(ACTION_ITEM.ID, STATUS_EVENT.STATUS)
                .from(ACTION_ITEM)
                .leftJoin(STATUS_EVENT).on(STATUS_EVENT.ID.eq(ACTION_ITEM.CURRENT_EVENT_ID))
                .where(ACTION_ITEM.ID.eq(DSL.any(itemIds.toArray(Long[]::new))))
                .and(internal ? DSL.noCondition() : ACTION_ITEM.INTERNAL.isFalse())
                .orderBy(ACTION_ITEM.ID)
                .forUpdate()
                .of(ACTION_ITEM)
                .forEach(r -> states.put(r.value1(), new CurrentState(r.value1(), r.value2())));
        return states;
    }

    /** The whole workflow (a few dozen rows), by {@link #transitionKey}. */
    Map<String, Transition> transitions() {
        Map<String, Transition> transitions = new HashMap<>();
        dsl.select(STATUS_TRANSITION.FROM_STATUS, STATUS_TRANSITION.TO_STATUS, STATUS_TRANSITION.REQUIRES_REASON,
                        STATUS_TRANSITION.CHAIR_ONLY, STATUS.IMPLIED_PROGRESS)
                .from(STATUS_TRANSITION)
                .join(STATUS).on(STATUS.CODE.eq(STATUS_TRANSITION.TO_STATUS))
                .forEach(r -> transitions.put(transitionKey(r.value1(), r.value2()),
                        new Transition(r.value3(), r.value4(), r.value5())));
        return transitions;
    }

    static String transitionKey(String from, String to) {
        return from + "->" + to;
    }

    /** The ids of the meetings with these codes; unknown codes are left out. */
    Map<String, Long> meetingIds(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        return dsl.select(MEETING.CODE, MEETING.ID)
                .from(MEETING)
                .where(MEETING.CODE.in(codes))
                .fetchMap(MEETING.CODE, MEETING.ID);
    }

    /** A checked report ready to be appended: kind, the progress to record and the meeting resolved. */
    record ReportRow(long itemId, String kind, StatusReport report, Integer progress, Long meetingId) {
    }

    /**
     * Appends these events in multi-row inserts of {@value #INSERT_CHUNK} rows, in the order given
     * (ids ascend in that order), all by {@code author}. Each item may appear once.
     *
     * @return the new event ids by item id
     */
    Map<Long, Long> insertReports(List<ReportRow> rows, String author) {
        Map<Long, Long> ids = new HashMap<>();
        for (int start = 0; start < rows.size(); start += INSERT_CHUNK) {
            var insert = dsl.insertInto(STATUS_EVENT, STATUS_EVENT.ACTION_ITEM_ID, STATUS_EVENT.KIND, STATUS_EVENT.STATUS,
                    STATUS_EVENT.PROGRESS, STATUS_EVENT.RAG, STATUS_EVENT.NARRATIVE, STATUS_EVENT.MEETING_ID,
                    STATUS_EVENT.OCCURRED_ON, STATUS_EVENT.AUTHOR, STATUS_EVENT.CORRECTS_EVENT_ID);
            for (ReportRow row : rows.subList(start, Math.min(rows.size(), start + INSERT_CHUNK))) {
                StatusReport report = row.report();
                insert = insert.values(row.itemId(), row.kind(), report.status(), row.progress(), report.rag(),
                        report.narrative(), row.meetingId(), report.occurredOn(), author, report.correctsEventId());
            }
            insert.returning(STATUS_EVENT.ID, STATUS_EVENT.ACTION_ITEM_ID)
                    .fetch()
                    .forEach(r -> ids.put(r.get(STATUS_EVENT.ACTION_ITEM_ID), r.get(STATUS_EVENT.ID)));
        }
        return ids;
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

    // ---- saved views

    List<SavedFilter> savedViews(String owner) {
        return dsl.select(SAVED_FILTER.ID, SAVED_FILTER.NAME, SAVED_FILTER.QUERY)
                .from(SAVED_FILTER)
                .where(SAVED_FILTER.OWNER.eq(owner))
                .orderBy(SAVED_FILTER.NAME)
                .fetch(mapping(SavedFilter::new));
    }

    long saveView(String owner, String name, String query) {
        return dsl.insertInto(SAVED_FILTER)
                .set(SAVED_FILTER.OWNER, owner)
                .set(SAVED_FILTER.NAME, name)
                .set(SAVED_FILTER.QUERY, query)
                .onConflict(SAVED_FILTER.OWNER, SAVED_FILTER.NAME)
                .doUpdate()
                .set(SAVED_FILTER.QUERY, query)
                .returning(SAVED_FILTER.ID)
                .fetchSingle(SAVED_FILTER.ID);
    }

    // ---- carry-over

    Optional<Long> findPeriodId(String code) {
        return dsl.select(STUDY_PERIOD.ID)
                .from(STUDY_PERIOD)
                .where(STUDY_PERIOD.CODE.eq(code))
                .fetchOptional(Record1::value1);
    }

    /** The item's period and whether it is closed, locking the item row. */
    Optional<CarryState> lockForCarryOver(long itemId) {
        return dsl.select(ACTION_ITEM.STUDY_PERIOD_ID, DSL.coalesce(STATUS.CLOSED, DSL.inline(false)), STATUS_EVENT.STATUS, STATUS_EVENT.PROGRESS)
                .from(ACTION_ITEM)
                .leftJoin(STATUS_EVENT).on(STATUS_EVENT.ID.eq(ACTION_ITEM.CURRENT_EVENT_ID))
                .leftJoin(STATUS).on(STATUS.CODE.eq(STATUS_EVENT.STATUS))
                .where(ACTION_ITEM.ID.eq(itemId))
                .forUpdate()
                .of(ACTION_ITEM)
                .fetchOptional(mapping(CarryState::new));
    }

    record CarryState(long periodId, boolean closed, String status, Integer progress) {
    }

    void carryOver(long itemId, long fromPeriodId, long toPeriodId, String actor) {
        dsl.insertInto(ITEM_PERIOD)
                .set(ITEM_PERIOD.ACTION_ITEM_ID, itemId)
                .set(ITEM_PERIOD.STUDY_PERIOD_ID, fromPeriodId)
                .set(ITEM_PERIOD.CARRIED_BY, actor)
                .execute();
        dsl.update(ACTION_ITEM)
                .set(ACTION_ITEM.STUDY_PERIOD_ID, toPeriodId)
                .set(ACTION_ITEM.VERSION, ACTION_ITEM.VERSION.plus(1))
                .set(ACTION_ITEM.UPDATED_AT, DSL.currentOffsetDateTime())
                .where(ACTION_ITEM.ID.eq(itemId))
                .execute();
    }

    /** Every period the item lived through, oldest first, ending with its current one. */
    List<String> periods(long itemId) {
        return dsl.select(STUDY_PERIOD.CODE)
                .from(STUDY_PERIOD)
                .where(STUDY_PERIOD.ID.in(select(ITEM_PERIOD.STUDY_PERIOD_ID)
                        .from(ITEM_PERIOD)
                        .where(ITEM_PERIOD.ACTION_ITEM_ID.eq(itemId))))
                .or(STUDY_PERIOD.ID.eq(select(ACTION_ITEM.STUDY_PERIOD_ID)
                        .from(ACTION_ITEM)
                        .where(ACTION_ITEM.ID.eq(itemId))))
                .orderBy(STUDY_PERIOD.START_DATE)
                .fetch(STUDY_PERIOD.CODE);
    }

    // ---- superseded clauses

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
                .from(ACTION_ITEM_CLAUSE)
                .join(CLAUSE).on(CLAUSE.ID.eq(ACTION_ITEM_CLAUSE.CLAUSE_ID))
                .join(SECTION).on(SECTION.ID.eq(CLAUSE.SECTION_ID))
                .join(RESOLUTION_REVISION).on(RESOLUTION_REVISION.ID.eq(SECTION.REVISION_ID))
                .join(RESOLUTION).on(RESOLUTION.ID.eq(RESOLUTION_REVISION.RESOLUTION_ID))
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
                .from(CLAUSE)
                .join(SECTION).on(SECTION.ID.eq(CLAUSE.SECTION_ID))
                .join(RESOLUTION_REVISION).on(RESOLUTION_REVISION.ID.eq(SECTION.REVISION_ID))
                .join(RESOLUTION).on(RESOLUTION.ID.eq(RESOLUTION_REVISION.RESOLUTION_ID))
                .where(CLAUSE.ID.eq(clauseId))
                .fetchOptional(r -> "Res. " + r.value1() + " (" + r.value2() + "), " + r.value3() + " " + r.value4());
    }
}
