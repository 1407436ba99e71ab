package org.tsag.tracker.item;

import static org.tsag.tracker.db.Tables.SAVED_FILTER;
import static org.jooq.Records.mapping;

import java.util.List;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** The SQL of the grid's saved views (saved filters), per user. */
@Repository
class SavedViewRepository {

    private final DSLContext dsl;

    SavedViewRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

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
}
