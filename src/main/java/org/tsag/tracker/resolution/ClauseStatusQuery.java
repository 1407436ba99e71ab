package org.tsag.tracker.resolution;

import org.tsag.tracker.status.StatusQuery;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.currentLocalDate;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;
import static org.tsag.tracker.db.Tables.STATUS;
import static org.tsag.tracker.db.Tables.STATUS_EVENT;
import static org.tsag.tracker.db.Tables.STUDY_PERIOD;
import static org.tsag.tracker.db.Tables.CLAUSE;
import static org.tsag.tracker.db.Tables.RESOLUTION_REVISION;
import static org.tsag.tracker.db.Tables.SECTION;

import java.util.List;

import org.jooq.CommonTableExpression;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Name;
import org.jooq.Record2;
import org.jooq.Field;
import org.jooq.Records;
import org.springframework.stereotype.Repository;
import org.tsag.tracker.db.tables.Clause;
import org.tsag.tracker.db.tables.Section;
import org.tsag.tracker.db.tables.ResolutionRevision;

/**
 * The status side of a revision's clauses: their events through the lineage of clauses they
 * continue, their latest status in the current study period, and the study periods and statuses
 * the resolution page offers.
 */
@Repository
class ClauseStatusQuery {

    /** Whether the study period runs today (begun and not yet ended). */
    private static final Condition RUNNING =
            STUDY_PERIOD.START_DATE.le(currentLocalDate()).and(STUDY_PERIOD.END_DATE.ge(currentLocalDate()));

    private final DSLContext dsl;

    ClauseStatusQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    // --- lineage and implementation -----------------------------------------------------------

    private static final Name CHAIN = name("lineage_chain");
    private static final Field<Long> CHAIN_CLAUSE = field(name("lineage_chain", "clause_id"), Long.class);
    private static final Field<Long> CHAIN_ANCESTOR = field(name("lineage_chain", "ancestor_id"), Long.class);

    /** Every clause chosen by {@code clauses}, paired with itself and each clause it continues. */
    private static CommonTableExpression<Record2<Long, Long>> chain(Condition clauses) {
        Clause step = CLAUSE.as("step");
        return CHAIN.fields("clause_id", "ancestor_id").as(
                select(CLAUSE.ID, CLAUSE.ID)
                        .from(CLAUSE)
                        .join(SECTION).on(SECTION.ID.eq(CLAUSE.SECTION_ID))
                        .where(clauses)
                        .unionAll(
                                select(CHAIN_CLAUSE, step.PREVIOUS_CLAUSE_ID)
                                        .from(table(CHAIN))
                                        .join(step).on(step.ID.eq(CHAIN_ANCESTOR))
                                        .where(step.PREVIOUS_CLAUSE_ID.isNotNull())));
    }

    /** The events of every clause of a revision, with the events of the clauses they continue. */
    List<ClauseEvent> findClauseEvents(long revisionId) {
        Clause via = CLAUSE.as("via");
        Section viaSection = SECTION.as("via_section");
        ResolutionRevision viaRevision = RESOLUTION_REVISION.as("via_revision");
        var chain = chain(SECTION.REVISION_ID.eq(revisionId));
        return dsl.withRecursive(chain)
                .select(
                        CHAIN_CLAUSE,
                        STATUS_EVENT.ID,
                        STUDY_PERIOD.CODE,
                        STATUS_EVENT.KIND,
                        STATUS_EVENT.STATUS,
                        STATUS.NAME,
                        STATUS_EVENT.PROGRESS,
                        STATUS_EVENT.RAG,
                        STATUS_EVENT.NARRATIVE,
                        STATUS_EVENT.OCCURRED_ON,
                        STATUS_EVENT.AUTHOR,
                        org.jooq.impl.DSL.coalesce(via.LABEL, via.PREVIOUS_LABEL),
                        viaRevision.YEAR,
                        StatusQuery.evidence(STATUS_EVENT.ID))
                .from(chain)
                .join(STATUS_EVENT).on(STATUS_EVENT.CLAUSE_ID.eq(CHAIN_ANCESTOR))
                .join(STUDY_PERIOD).on(STUDY_PERIOD.ID.eq(STATUS_EVENT.STUDY_PERIOD_ID))
                .join(STATUS).on(STATUS.CODE.eq(STATUS_EVENT.STATUS))
                .join(via).on(via.ID.eq(CHAIN_ANCESTOR))
                .join(viaSection).on(viaSection.ID.eq(via.SECTION_ID))
                .join(viaRevision).on(viaRevision.ID.eq(viaSection.REVISION_ID))
                .orderBy(STUDY_PERIOD.START_DATE, STATUS_EVENT.OCCURRED_ON, STATUS_EVENT.ID)
                .fetch(Records.mapping(ClauseEvent::new));
    }

    /** Per shown revision: its operative clauses' latest status in the current study period, null if none. */
    record LatestStatus(long revisionId, long clauseId, String status, String statusName) {
    }

    List<LatestStatus> findLatestStatusesInCurrentPeriod(List<Long> revisionIds) {
        var chain = chain(SECTION.REVISION_ID.in(revisionIds)
                .and(SECTION.KIND.eq("OPERATIVE"))
                .and(CLAUSE.LABEL.isNotNull()));
        Clause shown = CLAUSE.as("shown");
        Section shownSection = SECTION.as("shown_section");
        var period = select(STUDY_PERIOD.ID)
                .from(STUDY_PERIOD)
                .where(RUNNING);
        return dsl.withRecursive(chain)
                .selectDistinct(shownSection.REVISION_ID, CHAIN_CLAUSE, STATUS_EVENT.STATUS, STATUS.NAME)
                .on(CHAIN_CLAUSE)
                .from(chain)
                .join(shown).on(shown.ID.eq(CHAIN_CLAUSE))
                .join(shownSection).on(shownSection.ID.eq(shown.SECTION_ID))
                .leftJoin(STATUS_EVENT).on(STATUS_EVENT.CLAUSE_ID.eq(CHAIN_ANCESTOR))
                .and(STATUS_EVENT.STUDY_PERIOD_ID.in(period))
                .leftJoin(STATUS).on(STATUS.CODE.eq(STATUS_EVENT.STATUS))
                .orderBy(CHAIN_CLAUSE, STATUS_EVENT.OCCURRED_ON.desc().nullsLast(), STATUS_EVENT.ID.desc().nullsLast())
                .fetch(Records.mapping(LatestStatus::new));
    }

    List<ReferenceOption> findStudyPeriods() {
        return dsl.select(
                        STUDY_PERIOD.CODE,
                        STUDY_PERIOD.CODE,
                        RUNNING)
                .from(STUDY_PERIOD)
                .orderBy(STUDY_PERIOD.START_DATE)
                .fetch(Records.mapping(ReferenceOption::new));
    }

    List<StudyPeriod> findStudyPeriodDates() {
        return dsl.select(
                        STUDY_PERIOD.CODE,
                        STUDY_PERIOD.START_DATE,
                        STUDY_PERIOD.END_DATE,
                        RUNNING)
                .from(STUDY_PERIOD)
                .orderBy(STUDY_PERIOD.START_DATE)
                .fetch(Records.mapping(StudyPeriod::new));
    }

    List<ReferenceOption> findStatuses() {
        return dsl.select(STATUS.CODE, STATUS.NAME, inline(false))
                .from(STATUS)
                .orderBy(STATUS.POSITION)
                .fetch(Records.mapping(ReferenceOption::new));
    }
}
