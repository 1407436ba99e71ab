package org.tsag.tracker.resolution;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.lateral;
import static org.jooq.impl.DSL.lpad;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectCount;
import static org.tsag.tracker.db.Tables.ASSEMBLY;
import static org.tsag.tracker.db.Tables.CLAUSE;
import static org.tsag.tracker.db.Tables.CLAUSE_NOTE;
import static org.tsag.tracker.db.Tables.ENTITY;
import static org.tsag.tracker.db.Tables.ENTITY_ALIAS;
import static org.tsag.tracker.db.Tables.RESOLUTION;
import static org.tsag.tracker.db.Tables.RESOLUTION_REVISION;
import static org.tsag.tracker.db.Tables.SECTION;
import static org.tsag.tracker.db.Tables.SECTION_ADDRESSEE;

import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.Records;
import org.springframework.stereotype.Repository;
import org.tsag.tracker.db.tables.Clause;
import org.tsag.tracker.db.tables.ResolutionRevision;

/** All SQL of the resolution feature. */
@Repository
class ResolutionRepository {

    private static final String WTSA = "WTSA";
    private static final String SUB_ITEM = "SUB_ITEM";
    private static final String FOOTNOTE = "FOOTNOTE";

    private final DSLContext dsl;

    ResolutionRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    List<ResolutionSummary> findSummaries() {
        ResolutionRevision shown = RESOLUTION_REVISION.as("shown");
        var current = lateral(
                select(shown.ID, shown.PLACE, shown.YEAR)
                        .from(shown)
                        .where(shown.RESOLUTION_ID.eq(RESOLUTION.ID))
                        .orderBy(shown.IN_FORCE.desc(), shown.YEAR.desc())
                        .limit(1))
                .as("current");
        Field<Long> currentId = current.field(shown.ID);
        return dsl.select(
                        RESOLUTION.NUMBER,
                        RESOLUTION.TITLE,
                        current.field(shown.PLACE),
                        current.field(shown.YEAR),
                        field(selectCount()
                                .from(CLAUSE)
                                .join(SECTION).on(SECTION.ID.eq(CLAUSE.SECTION_ID))
                                .where(SECTION.REVISION_ID.eq(currentId))
                                .and(SECTION.KIND.eq("OPERATIVE"))
                                .and(CLAUSE.LABEL.isNotNull())),
                        field(selectCount()
                                .from(RESOLUTION_REVISION)
                                .where(RESOLUTION_REVISION.RESOLUTION_ID.eq(RESOLUTION.ID))))
                .from(RESOLUTION)
                .leftJoin(current).on(org.jooq.impl.DSL.trueCondition())
                .orderBy(lpad(RESOLUTION.NUMBER, 10, "0"))
                .fetch(Records.mapping(ResolutionSummary::new));
    }

    Optional<ResolutionPage.Revision> findRevision(String number, Integer year) {
        Clause lineage = CLAUSE.as("lineage");
        var sections = multiset(
                select(
                        SECTION.ID,
                        SECTION.POSITION,
                        SECTION.HEADING,
                        SECTION.PREVIOUS_HEADING,
                        SECTION.KIND,
                        SECTION.ADDRESSEE,
                        multiset(select(ENTITY.NAME)
                                .from(SECTION_ADDRESSEE)
                                .join(ENTITY).on(ENTITY.ID.eq(SECTION_ADDRESSEE.ENTITY_ID))
                                .where(SECTION_ADDRESSEE.SECTION_ID.eq(SECTION.ID))
                                .orderBy(ENTITY.POSITION))
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
                                        lineage.LABEL)
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
                .where(RESOLUTION.NUMBER.eq(number))
                .and(RESOLUTION.ADOPTING_BODY.eq(WTSA))
                .and(year == null ? org.jooq.impl.DSL.trueCondition() : RESOLUTION_REVISION.YEAR.eq(year))
                .orderBy(RESOLUTION_REVISION.IN_FORCE.desc(), RESOLUTION_REVISION.YEAR.desc())
                .limit(1)
                .fetchOptional(Records.mapping(ResolutionPage.Revision::new));
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
        return dsl.select(RESOLUTION.TITLE)
                .from(RESOLUTION)
                .where(RESOLUTION.NUMBER.eq(number))
                .and(RESOLUTION.ADOPTING_BODY.eq(WTSA))
                .fetchOptional(Record1::value1);
    }

    List<ResolutionPage.RevisionOption> findRevisionOptions(String number) {
        return dsl.select(
                        RESOLUTION_REVISION.ID,
                        RESOLUTION_REVISION.PLACE,
                        RESOLUTION_REVISION.YEAR,
                        RESOLUTION_REVISION.IN_FORCE)
                .from(RESOLUTION_REVISION)
                .join(RESOLUTION).on(RESOLUTION.ID.eq(RESOLUTION_REVISION.RESOLUTION_ID))
                .where(RESOLUTION.NUMBER.eq(number))
                .and(RESOLUTION.ADOPTING_BODY.eq(WTSA))
                .orderBy(RESOLUTION_REVISION.YEAR.desc())
                .fetch(Records.mapping(ResolutionPage.RevisionOption::new));
    }

    // --- import -------------------------------------------------------------------------------

    Optional<Long> findResolutionId(String number) {
        return dsl.select(RESOLUTION.ID)
                .from(RESOLUTION)
                .where(RESOLUTION.NUMBER.eq(number))
                .and(RESOLUTION.ADOPTING_BODY.eq(WTSA))
                .forUpdate()
                .fetchOptional(Record1::value1);
    }

    long insertResolution(String number, String title) {
        return dsl.insertInto(RESOLUTION)
                .set(RESOLUTION.NUMBER, number)
                .set(RESOLUTION.ADOPTING_BODY, WTSA)
                .set(RESOLUTION.TITLE, title)
                .returning(RESOLUTION.ID)
                .fetchSingle(RESOLUTION.ID);
    }

    void updateResolutionTitle(long resolutionId, String title) {
        dsl.update(RESOLUTION)
                .set(RESOLUTION.TITLE, title)
                .set(RESOLUTION.VERSION, RESOLUTION.VERSION.plus(1))
                .where(RESOLUTION.ID.eq(resolutionId))
                .execute();
    }

    Optional<Long> findRevisionId(long resolutionId, String place, int year) {
        return dsl.select(RESOLUTION_REVISION.ID)
                .from(RESOLUTION_REVISION)
                .where(RESOLUTION_REVISION.RESOLUTION_ID.eq(resolutionId))
                .and(RESOLUTION_REVISION.PLACE.eq(place))
                .and(RESOLUTION_REVISION.YEAR.eq(year))
                .fetchOptional(Record1::value1);
    }

    Optional<Long> findLatestRevisionBefore(long resolutionId, int year) {
        return dsl.select(RESOLUTION_REVISION.ID)
                .from(RESOLUTION_REVISION)
                .where(RESOLUTION_REVISION.RESOLUTION_ID.eq(resolutionId))
                .and(RESOLUTION_REVISION.YEAR.lt(year))
                .orderBy(RESOLUTION_REVISION.YEAR.desc())
                .limit(1)
                .fetchOptional(Record1::value1);
    }

    Optional<Integer> latestRevisionYear(long resolutionId) {
        return dsl.select(org.jooq.impl.DSL.max(RESOLUTION_REVISION.YEAR))
                .from(RESOLUTION_REVISION)
                .where(RESOLUTION_REVISION.RESOLUTION_ID.eq(resolutionId))
                .fetchOptional(Record1::value1);
    }

    void clearInForce(long resolutionId) {
        dsl.update(RESOLUTION_REVISION)
                .set(RESOLUTION_REVISION.IN_FORCE, false)
                .set(RESOLUTION_REVISION.VERSION, RESOLUTION_REVISION.VERSION.plus(1))
                .where(RESOLUTION_REVISION.RESOLUTION_ID.eq(resolutionId))
                .and(RESOLUTION_REVISION.IN_FORCE)
                .execute();
    }

    Optional<Long> findAssemblyId(String place, int year) {
        return dsl.select(ASSEMBLY.ID)
                .from(ASSEMBLY)
                .where(ASSEMBLY.PLACE.eq(place))
                .and(ASSEMBLY.YEAR.eq(year))
                .fetchOptional(Record1::value1);
    }

    long insertRevision(long resolutionId, RevisionImport revision, Long previousRevisionId, Long assemblyId) {
        return dsl.insertInto(RESOLUTION_REVISION)
                .set(RESOLUTION_REVISION.RESOLUTION_ID, resolutionId)
                .set(RESOLUTION_REVISION.PLACE, revision.place())
                .set(RESOLUTION_REVISION.YEAR, revision.year())
                .set(RESOLUTION_REVISION.TITLE, revision.title())
                .set(RESOLUTION_REVISION.HISTORY, revision.history())
                .set(RESOLUTION_REVISION.ASSEMBLY_LINE, revision.assemblyLine())
                .set(RESOLUTION_REVISION.ASSEMBLY_ID, assemblyId)
                .set(RESOLUTION_REVISION.PREVIOUS_REVISION_ID, previousRevisionId)
                .set(RESOLUTION_REVISION.IN_FORCE, revision.inForce())
                .set(RESOLUTION_REVISION.SOURCE, revision.source())
                .set(RESOLUTION_REVISION.FULL_TEXT, revision.fullText())
                .returning(RESOLUTION_REVISION.ID)
                .fetchSingle(RESOLUTION_REVISION.ID);
    }

    long insertSection(long revisionId, int position, RevisionImport.SectionImport section) {
        return dsl.insertInto(SECTION)
                .set(SECTION.REVISION_ID, revisionId)
                .set(SECTION.POSITION, position)
                .set(SECTION.HEADING, section.heading())
                .set(SECTION.PREVIOUS_HEADING, section.previousHeading())
                .set(SECTION.KIND, section.kind())
                .set(SECTION.ADDRESSEE, section.addressee())
                .returning(SECTION.ID)
                .fetchSingle(SECTION.ID);
    }

    void insertSectionAddressee(long sectionId, long entityId) {
        dsl.insertInto(SECTION_ADDRESSEE)
                .set(SECTION_ADDRESSEE.SECTION_ID, sectionId)
                .set(SECTION_ADDRESSEE.ENTITY_ID, entityId)
                .onConflictDoNothing()
                .execute();
    }

    long insertClause(long sectionId, int position, RevisionImport.ClauseImport clause, Long previousClauseId) {
        return dsl.insertInto(CLAUSE)
                .set(CLAUSE.SECTION_ID, sectionId)
                .set(CLAUSE.POSITION, position)
                .set(CLAUSE.LABEL, clause.label())
                .set(CLAUSE.PREVIOUS_LABEL, clause.previousLabel())
                .set(CLAUSE.CHANGE, clause.change())
                .set(CLAUSE.TEXT, clause.text())
                .set(CLAUSE.PREVIOUS_CLAUSE_ID, previousClauseId)
                .returning(CLAUSE.ID)
                .fetchSingle(CLAUSE.ID);
    }

    void insertNotes(long clauseId, String kind, List<String> texts) {
        for (int i = 0; i < texts.size(); i++) {
            dsl.insertInto(CLAUSE_NOTE)
                    .set(CLAUSE_NOTE.CLAUSE_ID, clauseId)
                    .set(CLAUSE_NOTE.KIND, kind)
                    .set(CLAUSE_NOTE.POSITION, i + 1)
                    .set(CLAUSE_NOTE.TEXT, texts.get(i))
                    .execute();
        }
    }

    /** An entity with every name it goes by, for matching addressees. */
    record EntityNames(long id, String code, String name, List<String> aliases) {
    }

    List<EntityNames> findEntityNames() {
        return dsl.select(
                        ENTITY.ID,
                        ENTITY.CODE,
                        ENTITY.NAME,
                        multiset(select(ENTITY_ALIAS.ALIAS)
                                .from(ENTITY_ALIAS)
                                .where(ENTITY_ALIAS.ENTITY_ID.eq(ENTITY.ID)))
                                .convertFrom(r -> r.map(Record1::value1)))
                .from(ENTITY)
                .orderBy(ENTITY.POSITION)
                .fetch(Records.mapping(EntityNames::new));
    }

    /** A clause of a stored revision, with where it sits, for lineage links. */
    record StoredClause(long id, int sectionPosition, String heading, String kind, String label) {
    }

    List<StoredClause> findClauses(long revisionId) {
        return dsl.select(CLAUSE.ID, SECTION.POSITION, SECTION.HEADING, SECTION.KIND, CLAUSE.LABEL)
                .from(CLAUSE)
                .join(SECTION).on(SECTION.ID.eq(CLAUSE.SECTION_ID))
                .where(SECTION.REVISION_ID.eq(revisionId))
                .and(CLAUSE.LABEL.isNotNull())
                .orderBy(SECTION.POSITION, CLAUSE.POSITION)
                .fetch(Records.mapping(StoredClause::new));
    }

    Optional<Long> findOperativeClauseId(String number, int year, int operativeSection, String label) {
        Field<Integer> nth = org.jooq.impl.DSL.rowNumber().over().orderBy(SECTION.POSITION).as("nth");
        var operative = select(SECTION.ID, nth)
                .from(SECTION)
                .join(RESOLUTION_REVISION).on(RESOLUTION_REVISION.ID.eq(SECTION.REVISION_ID))
                .join(RESOLUTION).on(RESOLUTION.ID.eq(RESOLUTION_REVISION.RESOLUTION_ID))
                .where(RESOLUTION.NUMBER.eq(number))
                .and(RESOLUTION.ADOPTING_BODY.eq(WTSA))
                .and(RESOLUTION_REVISION.YEAR.eq(year))
                .and(SECTION.KIND.eq("OPERATIVE"))
                .asTable("operative");
        return dsl.select(CLAUSE.ID)
                .from(CLAUSE)
                .join(operative).on(operative.field(SECTION.ID).eq(CLAUSE.SECTION_ID))
                .where(operative.field(nth).eq(operativeSection))
                .and(CLAUSE.LABEL.eq(label))
                .fetchOptional(Record1::value1);
    }

    int countResolutions() {
        return dsl.fetchCount(RESOLUTION);
    }
}
