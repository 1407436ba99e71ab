package org.tsag.tracker.resolution;

import org.tsag.tracker.status.ItemScope;
import org.tsag.tracker.status.StatusQuery;
import org.tsag.tracker.status.Evidence;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.lateral;
import static org.jooq.impl.DSL.lpad;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectCount;
import static org.jooq.impl.DSL.condition;
import static org.jooq.impl.DSL.currentLocalDate;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;
import static org.jooq.impl.DSL.val;
import static org.tsag.tracker.db.Tables.ACTION_ITEM;
import static org.tsag.tracker.db.Tables.ACTION_ITEM_CLAUSE;
import static org.tsag.tracker.db.Tables.ACTION_PLAN;
import static org.tsag.tracker.db.Tables.ASSEMBLY;
import static org.tsag.tracker.db.Tables.EVIDENCE;
import static org.tsag.tracker.db.Tables.STATUS;
import static org.tsag.tracker.db.Tables.STATUS_EVENT;
import static org.tsag.tracker.db.Tables.STUDY_PERIOD;
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

import org.jooq.CommonTableExpression;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Name;
import org.jooq.Record2;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.Records;
import org.springframework.stereotype.Repository;
import org.tsag.tracker.db.tables.Clause;
import org.tsag.tracker.db.tables.Section;
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

    /** A line of the list before the implementation summary is added. */
    record SummaryRow(String number, String title, String revisionPlace, Integer revisionYear,
                      int operativeClauses, int revisions, Long revisionId) {
    }

    List<SummaryRow> findSummaries(Condition filter) {
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
                                .where(RESOLUTION_REVISION.RESOLUTION_ID.eq(RESOLUTION.ID))),
                        currentId)
                .from(RESOLUTION)
                .leftJoin(current).on(org.jooq.impl.DSL.trueCondition())
                .where(filter)
                .orderBy(lpad(RESOLUTION.NUMBER, 10, "0"))
                .fetch(Records.mapping(SummaryRow::new));
    }

    /**
     * Full-text search over number and title, every word as a prefix. The expression is the one
     * indexed by V040 (resolution_search_ix).
     */
    static Condition matches(ResolutionFilter filter) {
        if (filter == null || filter.text() == null) {
            return org.jooq.impl.DSL.trueCondition();
        }
        List<String> words = java.util.Arrays.stream(filter.text().split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isEmpty())
                .map(w -> w.toLowerCase(java.util.Locale.ROOT) + ":*")
                .toList();
        if (words.isEmpty()) {
            return org.jooq.impl.DSL.trueCondition();
        }
        return condition("to_tsvector('simple', {0} || ' ' || {1}) @@ to_tsquery('simple', {2})",
                RESOLUTION.NUMBER, RESOLUTION.TITLE, val(String.join(" & ", words)));
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
                .where(STUDY_PERIOD.START_DATE.le(currentLocalDate()))
                .and(STUDY_PERIOD.END_DATE.ge(currentLocalDate()));
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
                        STUDY_PERIOD.START_DATE.le(currentLocalDate()).and(STUDY_PERIOD.END_DATE.ge(currentLocalDate())))
                .from(STUDY_PERIOD)
                .orderBy(STUDY_PERIOD.START_DATE)
                .fetch(Records.mapping(ReferenceOption::new));
    }

    List<StudyPeriod> findStudyPeriodDates() {
        return dsl.select(
                        STUDY_PERIOD.CODE,
                        STUDY_PERIOD.START_DATE,
                        STUDY_PERIOD.END_DATE,
                        STUDY_PERIOD.START_DATE.le(currentLocalDate()).and(STUDY_PERIOD.END_DATE.ge(currentLocalDate())))
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
                        field(select(ENTITY.CODE)
                                .from(SECTION_ADDRESSEE)
                                .join(ENTITY).on(ENTITY.ID.eq(SECTION_ADDRESSEE.ENTITY_ID))
                                .where(SECTION_ADDRESSEE.SECTION_ID.eq(SECTION.ID))
                                .orderBy(ENTITY.POSITION)
                                .limit(1)),
                        CLAUSE.POSITION,
                        CLAUSE.LABEL,
                        CLAUSE.PREVIOUS_LABEL,
                        CLAUSE.TEXT)
                .from(CLAUSE)
                .join(SECTION).on(SECTION.ID.eq(CLAUSE.SECTION_ID))
                .join(RESOLUTION_REVISION).on(RESOLUTION_REVISION.ID.eq(SECTION.REVISION_ID))
                .join(RESOLUTION).on(RESOLUTION.ID.eq(RESOLUTION_REVISION.RESOLUTION_ID))
                .where(RESOLUTION.NUMBER.eq(number))
                .and(RESOLUTION.ADOPTING_BODY.eq(WTSA))
                .orderBy(RESOLUTION_REVISION.YEAR, SECTION.POSITION, CLAUSE.POSITION)
                .fetch(Records.mapping(LineageClause::new));
    }

    Optional<RevisionComparison.Side> findSide(String number, int year) {
        return dsl.select(RESOLUTION_REVISION.PLACE, RESOLUTION_REVISION.YEAR)
                .from(RESOLUTION_REVISION)
                .join(RESOLUTION).on(RESOLUTION.ID.eq(RESOLUTION_REVISION.RESOLUTION_ID))
                .where(RESOLUTION.NUMBER.eq(number))
                .and(RESOLUTION.ADOPTING_BODY.eq(WTSA))
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
                .where(RESOLUTION.NUMBER.eq(number))
                .and(RESOLUTION.ADOPTING_BODY.eq(WTSA))
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

    Optional<Long> findResolutionIdForReading(String number) {
        return dsl.select(RESOLUTION.ID)
                .from(RESOLUTION)
                .where(RESOLUTION.NUMBER.eq(number))
                .and(RESOLUTION.ADOPTING_BODY.eq(WTSA))
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
