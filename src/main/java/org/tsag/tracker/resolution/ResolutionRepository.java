package org.tsag.tracker.resolution;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.lateral;
import static org.jooq.impl.DSL.lpad;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectCount;
import static org.jooq.impl.DSL.condition;
import static org.jooq.impl.DSL.val;
import static org.tsag.tracker.db.Tables.CLAUSE;
import static org.tsag.tracker.db.Tables.RESOLUTION;
import static org.tsag.tracker.db.Tables.RESOLUTION_REVISION;
import static org.tsag.tracker.db.Tables.SECTION;

import java.util.List;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Records;
import org.springframework.stereotype.Repository;
import org.tsag.tracker.db.tables.ResolutionRevision;

/**
 * The SQL of the resolution list and its search. A revision's page and comparison are read by
 * {@link RevisionQuery}, its clauses' status by {@link ClauseStatusQuery}, and imports are
 * written by {@link RevisionImportRepository}.
 */
@Repository
class ResolutionRepository {

    /** The adopting body of the resolutions that the tracker imports and reads (WTSA, not TSAG). */
    static final String WTSA = "WTSA";

    /** The WTSA resolution with this number (at most one). */
    static Condition wtsaResolution(String number) {
        return RESOLUTION.NUMBER.eq(number).and(RESOLUTION.ADOPTING_BODY.eq(WTSA));
    }

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

    int countResolutions() {
        return dsl.fetchCount(RESOLUTION);
    }
}
