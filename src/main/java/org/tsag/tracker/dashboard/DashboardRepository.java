package org.tsag.tracker.dashboard;

import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.countDistinct;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.val;
import static org.tsag.tracker.db.Tables.ACTION_ITEM;
import static org.tsag.tracker.db.Tables.ACTION_ITEM_CLAUSE;
import static org.tsag.tracker.db.Tables.ACTION_ITEM_ENTITY;
import static org.tsag.tracker.db.Tables.ACTION_PLAN;
import static org.tsag.tracker.db.Tables.CLAUSE;
import static org.tsag.tracker.db.Tables.ENTITY;
import static org.tsag.tracker.db.Tables.MEETING;
import static org.tsag.tracker.db.Tables.RESOLUTION;
import static org.tsag.tracker.db.Tables.RESOLUTION_REVISION;
import static org.tsag.tracker.db.Tables.SECTION;
import static org.tsag.tracker.db.Tables.STATUS;
import static org.tsag.tracker.db.Tables.STATUS_EVENT;
import static org.tsag.tracker.db.Tables.STUDY_PERIOD;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Records;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.tsag.tracker.resolution.ClauseQuery;
import org.tsag.tracker.status.CurrentStatus;
import org.tsag.tracker.status.ItemScope;
import org.tsag.tracker.status.StatusQuery;

/** All SQL of the dashboard. */
@Repository
class DashboardRepository {

    private static final Field<String> CURRENT_CODE = StatusQuery.status(ACTION_ITEM);

    private final DSLContext dsl;

    DashboardRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Internal items only for those who may see them; the period by its code, null for all. */
    private static Condition scope(boolean includeInternal, String period) {
        return DSL.and(
                StatusQuery.visible(ACTION_ITEM, ItemScope.of(includeInternal)),
                period == null ? DSL.trueCondition() : STUDY_PERIOD.CODE.eq(period));
    }

    List<DashboardSummary.StatusCount> countByStatus(boolean includeInternal) {
        Field<String> current = StatusQuery.status(ACTION_ITEM).as("current_code");
        Field<Integer> items = count().as("items");
        var counts = select(current, items)
                .from(ACTION_ITEM)
                .where(StatusQuery.visible(ACTION_ITEM, ItemScope.of(includeInternal)))
                .groupBy(current)
                .asTable("counts");
        return dsl.select(
                        STATUS.CODE,
                        STATUS.NAME,
                        coalesce(counts.field(items), 0))
                .from(STATUS)
                .leftJoin(counts).on(counts.field(current).eq(STATUS.CODE))
                .orderBy(STATUS.POSITION)
                .fetch(Records.mapping(DashboardSummary.StatusCount::new));
    }

    List<String> openStatuses() {
        return dsl.select(STATUS.CODE)
                .from(STATUS)
                .where(STATUS.CLOSED.isFalse())
                .orderBy(STATUS.POSITION)
                .fetch(STATUS.CODE);
    }

    List<String> periods() {
        return dsl.select(STUDY_PERIOD.CODE)
                .from(STUDY_PERIOD)
                .orderBy(STUDY_PERIOD.START_DATE)
                .fetch(STUDY_PERIOD.CODE);
    }

    Optional<String> periodAt(LocalDate day) {
        return dsl.select(STUDY_PERIOD.CODE)
                .from(STUDY_PERIOD)
                .where(STUDY_PERIOD.START_DATE.le(day))
                .and(STUDY_PERIOD.END_DATE.ge(day))
                .orderBy(STUDY_PERIOD.START_DATE.desc())
                .limit(1)
                .fetchOptional(STUDY_PERIOD.CODE);
    }

    /** The next TSAG meeting that starts after {@code today}: its code and first day. */
    record NextMeeting(String code, LocalDate start) {
    }

    Optional<NextMeeting> nextTsagMeeting(LocalDate today) {
        return dsl.select(MEETING.CODE, MEETING.START_DATE)
                .from(MEETING)
                .where(MEETING.KIND.eq("TSAG"))
                .and(MEETING.START_DATE.gt(today))
                .orderBy(MEETING.START_DATE)
                .limit(1)
                .fetchOptional(Records.mapping(NextMeeting::new));
    }

    /** Items by responsible entity and current status (an item with two responsible entities counts in both). */
    List<Dashboard.CategoryCount> countByResponsibleEntity(boolean includeInternal, String period) {
        return dsl.select(
                        ENTITY.CODE,
                        CURRENT_CODE,
                        // (item, role, entity) is the key of action_item_entity: no item counts twice
                        count())
                .from(ACTION_ITEM)
                .join(STUDY_PERIOD).on(STUDY_PERIOD.ID.eq(ACTION_ITEM.STUDY_PERIOD_ID))
                .join(ACTION_ITEM_ENTITY).on(ACTION_ITEM_ENTITY.ACTION_ITEM_ID.eq(ACTION_ITEM.ID))
                .join(ENTITY).on(ENTITY.ID.eq(ACTION_ITEM_ENTITY.ENTITY_ID))
                .where(scope(includeInternal, period))
                .and(ACTION_ITEM_ENTITY.ROLE.eq("RESPONSIBLE"))
                .groupBy(ENTITY.CODE, ENTITY.POSITION, CURRENT_CODE)
                .orderBy(ENTITY.POSITION, ENTITY.CODE)
                .fetch(Records.mapping(Dashboard.CategoryCount::new));
    }

    /** Items by the resolution of their linked clauses and current status. */
    List<Dashboard.CategoryCount> countByResolution(boolean includeInternal, String period) {
        return dsl.select(
                        RESOLUTION.NUMBER,
                        CURRENT_CODE,
                        countDistinct(ACTION_ITEM.ID))
                .from(ACTION_ITEM)
                .join(STUDY_PERIOD).on(STUDY_PERIOD.ID.eq(ACTION_ITEM.STUDY_PERIOD_ID))
                .join(ClauseQuery.itemClauses()).on(ACTION_ITEM_CLAUSE.ACTION_ITEM_ID.eq(ACTION_ITEM.ID))
                .where(scope(includeInternal, period))
                .groupBy(RESOLUTION.NUMBER, CURRENT_CODE)
                .orderBy(DSL.length(RESOLUTION.NUMBER), RESOLUTION.NUMBER)
                .fetch(Records.mapping(Dashboard.CategoryCount::new));
    }

    /** The TSAG meetings of a study period (of all when null) that ended by {@code today}, oldest first. */
    List<Dashboard.Milestone> tsagMeetings(String period, LocalDate today) {
        return dsl.select(MEETING.CODE, MEETING.END_DATE)
                .from(MEETING)
                .join(STUDY_PERIOD).on(STUDY_PERIOD.ID.eq(MEETING.STUDY_PERIOD_ID))
                .where(MEETING.KIND.eq("TSAG"))
                .and(period == null ? DSL.trueCondition() : STUDY_PERIOD.CODE.eq(period))
                .and(MEETING.END_DATE.le(today))
                .orderBy(MEETING.END_DATE)
                .fetch(r -> new Dashboard.Milestone(r.value1(), r.value2(), java.util.Map.of()));
    }

    /**
     * Day, status, count: every item's status at the end of each day. An item whose current status
     * dates from that day or before still has it; only the others look up their latest event on or
     * before the day (one index lookup each, in a CASE branch that PostgreSQL evaluates only when
     * reached). For today that is nobody, for a past meeting only the items reported on since.
     */
    record StatusAtDay(LocalDate day, String status, int count) {
    }

    List<StatusAtDay> statusAtDays(boolean includeInternal, String period, List<LocalDate> days) {
        if (days.isEmpty()) {
            return List.of();
        }
        Field<LocalDate> day = DSL.field(DSL.name("days", "day"), LocalDate.class);
        Table<?> dayTable = DSL.select(DSL.field("unnest({0})", LocalDate.class,
                        DSL.val(days.toArray(LocalDate[]::new))).as("day"))
                .asTable("days");
        Field<String> earlier = DSL.field(select(STATUS_EVENT.STATUS)
                .from(STATUS_EVENT)
                .where(STATUS_EVENT.ACTION_ITEM_ID.eq(ACTION_ITEM.ID))
                .and(STATUS_EVENT.OCCURRED_ON.le(day))
                .orderBy(STATUS_EVENT.OCCURRED_ON.desc(), STATUS_EVENT.ID.desc())
                .limit(1));
        Field<String> atDay = DSL.when(ACTION_ITEM.CURRENT_ON.isNull(), DSL.inline((String) null))
                .when(ACTION_ITEM.CURRENT_ON.le(day), ACTION_ITEM.CURRENT_STATUS)
                .otherwise(earlier)
                .as("status");
        Table<?> states = dsl.select(day, atDay, ACTION_ITEM.CREATED_AT)
                .from(dayTable)
                .crossJoin(ACTION_ITEM)
                .join(STUDY_PERIOD).on(STUDY_PERIOD.ID.eq(ACTION_ITEM.STUDY_PERIOD_ID))
                .where(scope(includeInternal, period))
                .asTable("states");
        Field<LocalDate> stateDay = states.field("day", LocalDate.class);
        Field<String> stateStatus = states.field("status", String.class);
        Field<String> status = coalesce(stateStatus, DSL.inline(CurrentStatus.NOT_STARTED));
        return dsl.select(stateDay, status, count())
                .from(states)
                .where(stateStatus.isNotNull()
                        .or(DSL.cast(states.field(ACTION_ITEM.CREATED_AT), LocalDate.class).le(stateDay)))
                .groupBy(stateDay, status)
                .orderBy(stateDay)
                .fetch(Records.mapping(StatusAtDay::new));
    }

    /** An operative clause of any revision, with the clause it continues. */
    record ClauseNode(long id, Long previousId, String resolution, String section, String label, boolean inForce) {
    }

    List<ClauseNode> operativeClauses() {
        return dsl.select(
                        CLAUSE.ID,
                        CLAUSE.PREVIOUS_CLAUSE_ID,
                        RESOLUTION.NUMBER,
                        SECTION.HEADING,
                        coalesce(CLAUSE.LABEL, CLAUSE.PREVIOUS_LABEL, val("")),
                        // a clause that the revision in force deleted is no row of its own
                        DSL.field(RESOLUTION_REVISION.IN_FORCE.isTrue().and(CLAUSE.CHANGE.ne("DELETED"))))
                .from(ClauseQuery.clauses())
                .where(SECTION.KIND.eq("OPERATIVE"))
                .orderBy(DSL.length(RESOLUTION.NUMBER), RESOLUTION.NUMBER, SECTION.POSITION, CLAUSE.POSITION)
                .fetch(Records.mapping(ClauseNode::new));
    }

    /** The latest clause-implementation event per clause and study period. */
    record ClauseStatus(long clauseId, String period, String status) {
    }

    List<ClauseStatus> latestClauseStatuses() {
        return dsl.select(
                        STATUS_EVENT.CLAUSE_ID,
                        STUDY_PERIOD.CODE,
                        STATUS_EVENT.STATUS)
                .distinctOn(STATUS_EVENT.CLAUSE_ID, STATUS_EVENT.STUDY_PERIOD_ID)
                .from(STATUS_EVENT)
                .join(STUDY_PERIOD).on(STUDY_PERIOD.ID.eq(STATUS_EVENT.STUDY_PERIOD_ID))
                .where(STATUS_EVENT.CLAUSE_ID.isNotNull())
                .orderBy(STATUS_EVENT.CLAUSE_ID, STATUS_EVENT.STUDY_PERIOD_ID, STATUS_EVENT.OCCURRED_ON.desc(), STATUS_EVENT.ID.desc())
                .fetch(Records.mapping(ClauseStatus::new));
    }

    /** An item linked to a clause: the item's study period and current status (null: no report yet). */
    record LinkedItemStatus(long clauseId, String period, String status) {
    }

    /**
     * The public action items linked to clauses, for the statuses derived where a clause has no
     * report (issue 18); internal items never colour a cell that members see.
     */
    List<LinkedItemStatus> linkedItemStatuses() {
        return dsl.select(
                        ACTION_ITEM_CLAUSE.CLAUSE_ID,
                        STUDY_PERIOD.CODE,
                        STATUS_EVENT.STATUS)
                .from(ACTION_ITEM_CLAUSE)
                .join(ACTION_ITEM).on(ACTION_ITEM.ID.eq(ACTION_ITEM_CLAUSE.ACTION_ITEM_ID))
                .join(STUDY_PERIOD).on(STUDY_PERIOD.ID.eq(ACTION_ITEM.STUDY_PERIOD_ID))
                .leftJoin(STATUS_EVENT).on(STATUS_EVENT.ID.eq(ACTION_ITEM.CURRENT_EVENT_ID))
                .where(StatusQuery.visible(ACTION_ITEM, ItemScope.PUBLIC))
                .fetch(Records.mapping(LinkedItemStatus::new));
    }

    long countItems(boolean includeInternal) {
        return dsl.fetchCount(ACTION_ITEM, StatusQuery.visible(ACTION_ITEM, ItemScope.of(includeInternal)));
    }

    long countResolutions() {
        return dsl.fetchCount(RESOLUTION);
    }

    boolean containsSampleData() {
        return dsl.fetchExists(ACTION_ITEM, ACTION_ITEM.SAMPLE.isTrue())
                || dsl.fetchExists(ACTION_PLAN, ACTION_PLAN.SAMPLE.isTrue());
    }
}
