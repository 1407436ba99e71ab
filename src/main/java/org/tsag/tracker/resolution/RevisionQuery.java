package org.tsag.tracker.resolution;

import org.tsag.tracker.status.ItemScope;
import org.tsag.tracker.status.StatusQuery;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;
import static org.tsag.tracker.db.Tables.ACTION_ITEM;
import static org.tsag.tracker.db.Tables.ACTION_ITEM_CLAUSE;
import static org.tsag.tracker.db.Tables.ACTION_PLAN;
import static org.tsag.tracker.db.Tables.STATUS;
import static org.tsag.tracker.db.Tables.STATUS_EVENT;
import static org.tsag.tracker.db.Tables.CLAUSE;
import static org.tsag.tracker.db.Tables.CLAUSE_NOTE;
import static org.tsag.tracker.db.Tables.ENTITY;
import static org.tsag.tracker.db.Tables.RESOLUTION;
import static org.tsag.tracker.db.Tables.RESOLUTION_REVISION;
import static org.tsag.tracker.db.Tables.SECTION;

import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.Records;
import org.springframework.stereotype.Repository;
import org.tsag.tracker.db.tables.Clause;
import org.tsag.tracker.db.tables.Section;
import static org.tsag.tracker.resolution.ResolutionRepository.wtsaResolution;

/** Reads a revision for the resolution page, and the clauses of every revision for comparing them. */
@Repository
class RevisionQuery {

    private static final String SUB_ITEM = "SUB_ITEM";
    private static final String FOOTNOTE = "FOOTNOTE";

    private final DSLContext dsl;

    RevisionQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    // --- compare ------------------------------------------------------------------------------

    /** A clause of any revision of a resolution, with its lineage link, for comparing revisions. */
    record LineageClause(long id, Long previousClauseId, int year, int sectionPosition, String heading,
                         String kind, String addresseeCode, int position, String label, String previousLabel,
                         String text) {
    }

    List<LineageClause> findLineageClauses(String number) {
        return dsl.select(
                        CLAUSE.ID,
                        CLAUSE.PREVIOUS_CLAUSE_ID,
                        RESOLUTION_REVISION.YEAR,
                        SECTION.POSITION,
                        SECTION.HEADING,
                        SECTION.KIND,
                        field(ClauseQuery.sectionAddressees(select(ENTITY.CODE)).limit(1)),
                        CLAUSE.POSITION,
                        CLAUSE.LABEL,
                        CLAUSE.PREVIOUS_LABEL,
                        CLAUSE.TEXT)
                .from(ClauseQuery.clauses())
                .where(wtsaResolution(number))
                .orderBy(RESOLUTION_REVISION.YEAR, SECTION.POSITION, CLAUSE.POSITION)
                .fetch(Records.mapping(LineageClause::new));
    }

    Optional<RevisionComparison.Side> findSide(String number, int year) {
        return dsl.select(RESOLUTION_REVISION.PLACE, RESOLUTION_REVISION.YEAR)
                .from(RESOLUTION_REVISION)
                .join(RESOLUTION).on(RESOLUTION.ID.eq(RESOLUTION_REVISION.RESOLUTION_ID))
                .where(wtsaResolution(number))
                .and(RESOLUTION_REVISION.YEAR.eq(year))
                .fetchOptional(Records.mapping(RevisionComparison.Side::new));
    }

    Optional<ResolutionPage.Revision> findRevision(String number, Integer year, boolean showInternal) {
        Clause lineage = CLAUSE.as("lineage");
        var sections = multiset(
                select(
                        SECTION.ID,
                        SECTION.POSITION,
                        SECTION.HEADING,
                        SECTION.PREVIOUS_HEADING,
                        SECTION.KIND,
                        SECTION.ADDRESSEE,
                        multiset(ClauseQuery.sectionAddressees(select(ENTITY.NAME)))
                                .convertFrom(r -> r.map(Record1::value1)),
                        multiset(select(
                                        CLAUSE.ID,
                                        CLAUSE.POSITION,
                                        CLAUSE.LABEL,
                                        CLAUSE.PREVIOUS_LABEL,
                                        CLAUSE.CHANGE,
                                        CLAUSE.TEXT,
                                        notes(SUB_ITEM),
                                        notes(FOOTNOTE),
                                        lineage.LABEL,
                                        linkedItems(showInternal))
                                .from(CLAUSE)
                                .leftJoin(lineage).on(lineage.ID.eq(CLAUSE.PREVIOUS_CLAUSE_ID))
                                .where(CLAUSE.SECTION_ID.eq(SECTION.ID))
                                .orderBy(CLAUSE.POSITION))
                                .convertFrom(r -> r.map(Records.mapping(ResolutionPage.Clause::new))))
                        .from(SECTION)
                        .where(SECTION.REVISION_ID.eq(RESOLUTION_REVISION.ID))
                        .orderBy(SECTION.POSITION))
                .convertFrom(r -> r.map(Records.mapping(ResolutionPage.Section::new)));

        return dsl.select(
                        RESOLUTION_REVISION.ID,
                        RESOLUTION_REVISION.TITLE,
                        RESOLUTION_REVISION.PLACE,
                        RESOLUTION_REVISION.YEAR,
                        RESOLUTION_REVISION.HISTORY,
                        RESOLUTION_REVISION.ASSEMBLY_LINE,
                        RESOLUTION_REVISION.IN_FORCE,
                        RESOLUTION_REVISION.SOURCE,
                        sections)
                .from(RESOLUTION_REVISION)
                .join(RESOLUTION).on(RESOLUTION.ID.eq(RESOLUTION_REVISION.RESOLUTION_ID))
                .where(wtsaResolution(number))
                .and(year == null ? org.jooq.impl.DSL.trueCondition() : RESOLUTION_REVISION.YEAR.eq(year))
                .orderBy(RESOLUTION_REVISION.IN_FORCE.desc(), RESOLUTION_REVISION.YEAR.desc())
                .limit(1)
                .fetchOptional(Records.mapping(ResolutionPage.Revision::new));
    }

    /** The action items that implement the clause, with their current status. */
    private static Field<List<ResolutionPage.LinkedItem>> linkedItems(boolean showInternal) {
        return multiset(select(
                        ACTION_PLAN.CODE,
                        ACTION_ITEM.CODE,
                        ACTION_ITEM.TITLE,
                        STATUS.CODE,
                        STATUS.NAME,
                        ACTION_ITEM.SAMPLE)
                .from(ACTION_ITEM_CLAUSE)
                .join(ACTION_ITEM).on(ACTION_ITEM.ID.eq(ACTION_ITEM_CLAUSE.ACTION_ITEM_ID))
                .join(ACTION_PLAN).on(ACTION_PLAN.ID.eq(ACTION_ITEM.PLAN_ID))
                .leftJoin(STATUS_EVENT).on(STATUS_EVENT.ID.eq(ACTION_ITEM.CURRENT_EVENT_ID))
                .leftJoin(STATUS).on(STATUS.CODE.eq(STATUS_EVENT.STATUS))
                .where(ACTION_ITEM_CLAUSE.CLAUSE_ID.eq(CLAUSE.ID))
                .and(StatusQuery.visible(ACTION_ITEM, ItemScope.of(showInternal)))
                .orderBy(ACTION_PLAN.CODE, ACTION_ITEM.POSITION, ACTION_ITEM.CODE))
                .convertFrom(r -> r.map(Records.mapping(ResolutionPage.LinkedItem::new)));
    }

    private static Field<List<String>> notes(String kind) {
        return multiset(select(CLAUSE_NOTE.TEXT)
                .from(CLAUSE_NOTE)
                .where(CLAUSE_NOTE.CLAUSE_ID.eq(CLAUSE.ID))
                .and(CLAUSE_NOTE.KIND.eq(kind))
                .orderBy(CLAUSE_NOTE.POSITION))
                .convertFrom(r -> r.map(Record1::value1));
    }

    Optional<String> findTitle(String number) {
        return dsl.fetchOptionalValue(RESOLUTION.TITLE, wtsaResolution(number));
    }

    List<ResolutionPage.RevisionOption> findRevisionOptions(String number) {
        return dsl.select(
                        RESOLUTION_REVISION.ID,
                        RESOLUTION_REVISION.PLACE,
                        RESOLUTION_REVISION.YEAR,
                        RESOLUTION_REVISION.IN_FORCE)
                .from(RESOLUTION_REVISION)
                .join(RESOLUTION).on(RESOLUTION.ID.eq(RESOLUTION_REVISION.RESOLUTION_ID))
                .where(wtsaResolution(number))
                .orderBy(RESOLUTION_REVISION.YEAR.desc())
                .fetch(Records.mapping(ResolutionPage.RevisionOption::new));
    }
}
