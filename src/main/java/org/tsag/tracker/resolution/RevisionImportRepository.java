package org.tsag.tracker.resolution;

import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.name;
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
import static org.tsag.tracker.resolution.ResolutionRepository.WTSA;
import static org.tsag.tracker.resolution.ResolutionRepository.wtsaResolution;

/** The SQL of importing a revision: the resolution, its sections, clauses, notes and addressees. */
@Repository
class RevisionImportRepository {

    private final DSLContext dsl;

    RevisionImportRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    // --- import -------------------------------------------------------------------------------

    Optional<Long> findResolutionId(String number) {
        return dsl.select(RESOLUTION.ID)
                .from(RESOLUTION)
                .where(wtsaResolution(number))
                .forUpdate()
                .fetchOptional(Record1::value1);
    }

    Optional<Long> findResolutionIdForReading(String number) {
        return dsl.fetchOptionalValue(RESOLUTION.ID, wtsaResolution(number));
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
        return dsl.fetchOptionalValue(ASSEMBLY.ID, ASSEMBLY.PLACE.eq(place).and(ASSEMBLY.YEAR.eq(year)));
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
                .where(wtsaResolution(number))
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
}
