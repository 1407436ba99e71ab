package org.tsag.tracker.resolution;

import static org.tsag.tracker.db.Tables.ACTION_ITEM_CLAUSE;
import static org.tsag.tracker.db.Tables.CLAUSE;
import static org.tsag.tracker.db.Tables.ENTITY;
import static org.tsag.tracker.db.Tables.RESOLUTION;
import static org.tsag.tracker.db.Tables.RESOLUTION_REVISION;
import static org.tsag.tracker.db.Tables.SECTION;
import static org.tsag.tracker.db.Tables.SECTION_ADDRESSEE;

import org.jooq.Record;
import org.jooq.SelectLimitStep;
import org.jooq.SelectSelectStep;
import org.jooq.Table;

/**
 * Where a clause sits, as one join that every feature's queries start from: the clause, its
 * section, the section's revision and the revision's resolution. Queries select and filter on
 * the generated columns of those tables as before.
 */
public final class ClauseQuery {

    private ClauseQuery() {
    }

    /** clause ⋈ section ⋈ resolution_revision ⋈ resolution. */
    public static Table<?> clauses() {
        return CLAUSE
                .join(SECTION).on(SECTION.ID.eq(CLAUSE.SECTION_ID))
                .join(RESOLUTION_REVISION).on(RESOLUTION_REVISION.ID.eq(SECTION.REVISION_ID))
                .join(RESOLUTION).on(RESOLUTION.ID.eq(RESOLUTION_REVISION.RESOLUTION_ID));
    }

    /** The clauses that items cite (action_item_clause), each with where it sits, as {@link #clauses()}. */
    public static Table<?> itemClauses() {
        return ACTION_ITEM_CLAUSE
                .join(CLAUSE).on(CLAUSE.ID.eq(ACTION_ITEM_CLAUSE.CLAUSE_ID))
                .join(SECTION).on(SECTION.ID.eq(CLAUSE.SECTION_ID))
                .join(RESOLUTION_REVISION).on(RESOLUTION_REVISION.ID.eq(SECTION.REVISION_ID))
                .join(RESOLUTION).on(RESOLUTION.ID.eq(RESOLUTION_REVISION.RESOLUTION_ID));
    }

    /**
     * The entities that the outer query's section (the {@code section} table itself, not an alias)
     * addresses, in their order: a subquery of the given columns of {@code entity}.
     */
    public static <R extends Record> SelectLimitStep<R> sectionAddressees(SelectSelectStep<R> columns) {
        return columns.from(SECTION_ADDRESSEE)
                .join(ENTITY).on(ENTITY.ID.eq(SECTION_ADDRESSEE.ENTITY_ID))
                .where(SECTION_ADDRESSEE.SECTION_ID.eq(SECTION.ID))
                .orderBy(ENTITY.POSITION);
    }
}
