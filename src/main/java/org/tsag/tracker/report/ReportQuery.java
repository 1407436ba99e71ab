package org.tsag.tracker.report;

import org.tsag.tracker.item.ItemEntityQuery;
import org.tsag.tracker.resolution.ClauseQuery;
import org.tsag.tracker.status.ItemScope;
import org.tsag.tracker.status.StatusQuery;
import static org.jooq.Records.mapping;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;
import static org.tsag.tracker.base.database.ItemTables.PARENT;
import static org.tsag.tracker.base.database.ItemTables.TARGET;
import static org.tsag.tracker.db.Tables.ACTION_ITEM;
import static org.tsag.tracker.db.Tables.ACTION_ITEM_CLAUSE;
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
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.tsag.tracker.base.database.ItemTables;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.springframework.stereotype.Repository;
import org.tsag.tracker.db.tables.Meeting;
import org.tsag.tracker.db.tables.ResolutionRevision;
import org.tsag.tracker.db.tables.Status;
import org.tsag.tracker.db.tables.StatusEvent;

/**
 * The SQL of the report: the items in scope with their entities, clauses and latest narrative, and
 * the resolutions with their operative sections and clauses, each in one query with MULTISET.
 */
@Repository
class ReportQuery {

    /** The natural sort key of item codes (V140), a generated column the DDL parser does not see. */
    private static final Field<String> CODE_KEY = DSL.field(DSL.name("action_item", "code_key"), SQLDataType.VARCHAR);
    private static final Status CURRENT_STATUS = STATUS.as("cur_status");

    private final DSLContext dsl;

    ReportQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** An item as read, before it is placed under its clauses. */
    record ItemRow(
            long id,
            String plan,
            String code,
            String parentCode,
            String title,
            String description,
            List<String> responsible,
            List<String> collaborating,
            List<String> reportsTo,
            List<LinkedClause> clauses,
            String status,
            boolean closed,
            Integer progress,
            String rag,
            LocalDate deadline,
            boolean internal,
            boolean sample,
            List<Report.LatestReport> latest) {
    }

    /** A clause an item implements, with enough of its resolution to place it in the report. */
    record LinkedClause(
            long id,
            String resolution,
            Integer year,
            boolean inForce,
            String section,
            int sectionPosition,
            int position,
            String label,
            String text) {
    }

    /** A resolution in the revision the report follows: the one in force, else the latest. */
    record ResolutionRow(
            String number,
            String title,
            String place,
            Integer year,
            List<Report.Addressee> addressees,
            List<ClauseRow> clauses) {
    }

    record ClauseRow(long id, String section, String label, String text, List<ClauseState> state) {
    }

    record ClauseState(String status, Integer progress) {
    }

    // ---- items

    /** The items in scope, in plan order then the plans' original order. */
    List<ItemRow> items(List<String> plans, List<String> resolutions, String period, boolean includeInternal) {
        StatusEvent latest = STATUS_EVENT.as("latest");
        Meeting latestMeeting = MEETING.as("latest_meeting");
        var clauses = multiset(select(
                                        CLAUSE.ID,
                                        RESOLUTION.NUMBER,
                                        RESOLUTION_REVISION.YEAR,
                                        RESOLUTION_REVISION.IN_FORCE,
                                        SECTION.HEADING,
                                        SECTION.POSITION,
                                        CLAUSE.POSITION,
                                        CLAUSE.LABEL,
                                        CLAUSE.TEXT)
                                .from(ClauseQuery.itemClauses())
                                .where(ACTION_ITEM_CLAUSE.ACTION_ITEM_ID.eq(ACTION_ITEM.ID))
                                .orderBy(RESOLUTION.NUMBER, RESOLUTION_REVISION.YEAR.desc(), SECTION.POSITION, CLAUSE.POSITION))
                                .convertFrom(r -> r.map(mapping(LinkedClause::new)));
        // the latest report that says something: a bare carry-over or correction may have no narrative
        var narrative = multiset(select(
                                        latest.OCCURRED_ON,
                                        latestMeeting.CODE,
                                        latest.NARRATIVE,
                                        StatusQuery.evidence(latest.ID))
                                .from(latest)
                                .leftJoin(latestMeeting).on(latestMeeting.ID.eq(latest.MEETING_ID))
                                .where(latest.ACTION_ITEM_ID.eq(ACTION_ITEM.ID))
                                .and(latest.NARRATIVE.isNotNull())
                                .orderBy(latest.OCCURRED_ON.desc(), latest.ID.desc())
                                .limit(1))
                                .convertFrom(r -> r.map(mapping(Report.LatestReport::new)));
        return dsl.select(
                        ACTION_ITEM.ID,
                        ACTION_PLAN.CODE,
                        ACTION_ITEM.CODE,
                        PARENT.CODE,
                        ACTION_ITEM.TITLE,
                        ACTION_ITEM.DESCRIPTION,
                        ItemEntityQuery.codes("RESPONSIBLE"),
                        ItemEntityQuery.codes("COLLABORATING"),
                        ItemEntityQuery.codes("REPORTS_TO"),
                        clauses,
                        StatusQuery.status(ACTION_ITEM),
                        StatusQuery.closed(CURRENT_STATUS),
                        StatusQuery.progress(ACTION_ITEM, CURRENT_STATUS, ItemScope.of(includeInternal)),
                        ACTION_ITEM.CURRENT_RAG,
                        coalesce(ACTION_ITEM.DUE_DATE, TARGET.END_DATE),
                        ACTION_ITEM.INTERNAL,
                        ACTION_ITEM.SAMPLE,
                        narrative)
                .from(ItemTables.items())
                .leftJoin(CURRENT_STATUS).on(CURRENT_STATUS.CODE.eq(ACTION_ITEM.CURRENT_STATUS))
                .where(scope(plans, resolutions, period, includeInternal))
                // the natural order of the codes (V140), as TSB numbers its sheets: 68-2 before 68-10
                .orderBy(ACTION_PLAN.CODE, CODE_KEY, ACTION_ITEM.POSITION)
                .fetch(mapping(ItemRow::new));
    }

    private static Condition scope(List<String> plans, List<String> resolutions, String period, boolean includeInternal) {
        Condition implementsResolution = DSL.exists(select(DSL.one())
                .from(ClauseQuery.itemClauses())
                .where(ACTION_ITEM_CLAUSE.ACTION_ITEM_ID.eq(ACTION_ITEM.ID))
                .and(RESOLUTION.NUMBER.in(resolutions)));
        return DSL.and(
                plans.isEmpty() ? DSL.noCondition() : ACTION_PLAN.CODE.in(plans),
                resolutions.isEmpty() ? DSL.noCondition() : implementsResolution,
                period == null ? DSL.noCondition() : STUDY_PERIOD.CODE.eq(period),
                StatusQuery.visible(ACTION_ITEM, ItemScope.of(includeInternal)));
    }

    // ---- resolutions

    /**
     * The resolutions with these numbers in the revision in force (else the latest one): the
     * entities each operative section addresses, and the operative clauses with their own latest
     * implementation status in {@code period} (any period when null).
     */
    List<ResolutionRow> resolutions(Collection<String> numbers, String period) {
        if (numbers.isEmpty()) {
            return List.of();
        }
        ResolutionRevision chosen = RESOLUTION_REVISION.as("chosen");
        StatusEvent clauseEvent = STATUS_EVENT.as("clause_event");
        Condition inPeriod = period == null ? DSL.noCondition()
                : clauseEvent.STUDY_PERIOD_ID.eq(select(STUDY_PERIOD.ID).from(STUDY_PERIOD).where(STUDY_PERIOD.CODE.eq(period)));
        var addressees = multiset(select(
                                        SECTION.HEADING,
                                        multiset(ClauseQuery.sectionAddressees(select(ENTITY.CODE, ENTITY.NAME)))
                                                .convertFrom(r -> r.map(mapping(Report.Entity::new))))
                                .from(SECTION)
                                .where(SECTION.REVISION_ID.eq(RESOLUTION_REVISION.ID))
                                .and(SECTION.KIND.eq("OPERATIVE"))
                                .orderBy(SECTION.POSITION))
                                .convertFrom(r -> r.map(mapping(Report.Addressee::new)));
        var clauses = multiset(select(
                                        CLAUSE.ID,
                                        SECTION.HEADING,
                                        CLAUSE.LABEL,
                                        CLAUSE.TEXT,
                                        multiset(select(clauseEvent.STATUS, clauseEvent.PROGRESS)
                                                .from(clauseEvent)
                                                .where(clauseEvent.CLAUSE_ID.eq(CLAUSE.ID))
                                                .and(inPeriod)
                                                .orderBy(clauseEvent.OCCURRED_ON.desc(), clauseEvent.ID.desc())
                                                .limit(1))
                                                .convertFrom(r -> r.map(mapping(ClauseState::new))))
                                .from(CLAUSE)
                                .join(SECTION).on(SECTION.ID.eq(CLAUSE.SECTION_ID))
                                .where(SECTION.REVISION_ID.eq(RESOLUTION_REVISION.ID))
                                .and(SECTION.KIND.eq("OPERATIVE"))
                                .and(CLAUSE.LABEL.isNotNull())
                                .and(CLAUSE.CHANGE.ne("DELETED"))
                                .orderBy(SECTION.POSITION, CLAUSE.POSITION))
                                .convertFrom(r -> r.map(mapping(ClauseRow::new)));
        return dsl.select(
                        RESOLUTION.NUMBER,
                        RESOLUTION_REVISION.TITLE,
                        RESOLUTION_REVISION.PLACE,
                        RESOLUTION_REVISION.YEAR,
                        addressees,
                        clauses)
                .from(RESOLUTION)
                .join(RESOLUTION_REVISION).on(RESOLUTION_REVISION.ID.eq(select(chosen.ID)
                        .from(chosen)
                        .where(chosen.RESOLUTION_ID.eq(RESOLUTION.ID))
                        .orderBy(chosen.IN_FORCE.desc(), chosen.YEAR.desc())
                        .limit(1)))
                .where(RESOLUTION.NUMBER.in(numbers))
                .fetch(mapping(ResolutionRow::new));
    }

    // ---- reference data

    List<Report.StatusName> statuses() {
        return dsl.select(STATUS.CODE, STATUS.NAME, STATUS.CLOSED)
                .from(STATUS)
                .orderBy(STATUS.POSITION)
                .fetch(mapping(Report.StatusName::new));
    }

    List<Report.Entity> entities() {
        return dsl.select(ENTITY.CODE, ENTITY.NAME)
                .from(ENTITY)
                .orderBy(ENTITY.POSITION, ENTITY.CODE)
                .fetch(mapping(Report.Entity::new));
    }

    List<Report.Plan> plans() {
        return dsl.select(ACTION_PLAN.CODE, ACTION_PLAN.TITLE)
                .from(ACTION_PLAN)
                .orderBy(ACTION_PLAN.CODE)
                .fetch(mapping(Report.Plan::new));
    }

    List<ReportOptions.Option> resolutionOptions() {
        return dsl.select(RESOLUTION.NUMBER, RESOLUTION.TITLE)
                .from(RESOLUTION)
                .orderBy(DSL.length(RESOLUTION.NUMBER), RESOLUTION.NUMBER)
                .fetch(mapping(ReportOptions.Option::new));
    }

    /** TSAG meetings, newest first. */
    List<Report.Meeting> tsagMeetings() {
        return dsl.select(MEETING.CODE, MEETING.TITLE, MEETING.PLACE, MEETING.START_DATE, MEETING.END_DATE)
                .from(MEETING)
                .where(MEETING.KIND.eq("TSAG"))
                .orderBy(MEETING.START_DATE.desc())
                .fetch(mapping(Report.Meeting::new));
    }

    Optional<Report.Meeting> meeting(String code) {
        return dsl.select(MEETING.CODE, MEETING.TITLE, MEETING.PLACE, MEETING.START_DATE, MEETING.END_DATE)
                .from(MEETING)
                .where(MEETING.CODE.equalIgnoreCase(code))
                .fetchOptional(mapping(Report.Meeting::new));
    }

    /** The first TSAG meeting that ends after {@code day}: the meeting the report is written for. */
    Optional<Report.Meeting> nextTsagMeeting(LocalDate day) {
        return dsl.select(MEETING.CODE, MEETING.TITLE, MEETING.PLACE, MEETING.START_DATE, MEETING.END_DATE)
                .from(MEETING)
                .where(MEETING.KIND.eq("TSAG"))
                .and(MEETING.END_DATE.ge(day))
                .orderBy(MEETING.START_DATE)
                .limit(1)
                .fetchOptional(mapping(Report.Meeting::new));
    }
}
