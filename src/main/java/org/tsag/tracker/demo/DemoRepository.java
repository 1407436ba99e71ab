package org.tsag.tracker.demo;

import static org.tsag.tracker.db.Tables.ACTION_ITEM;
import static org.tsag.tracker.db.Tables.ACTION_PLAN;
import static org.tsag.tracker.db.Tables.MEETING;
import static org.tsag.tracker.db.Tables.RESOLUTION;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** SQL the demo loader needs beyond the features' own services. */
@Repository
class DemoRepository {

    private final DSLContext dsl;

    DemoRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Reference data (statuses, entities, study periods) does not count: only what users create. */
    boolean holdsUserData() {
        return dsl.fetchExists(RESOLUTION)
                || dsl.fetchExists(ACTION_PLAN)
                || dsl.fetchExists(ACTION_ITEM)
                || dsl.fetchExists(MEETING);
    }
}
