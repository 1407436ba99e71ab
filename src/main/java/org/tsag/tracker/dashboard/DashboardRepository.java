package org.tsag.tracker.dashboard;

import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.val;
import static org.tsag.tracker.db.Tables.ACTION_ITEM;
import static org.tsag.tracker.db.Tables.ACTION_PLAN;
import static org.tsag.tracker.db.Tables.RESOLUTION;
import static org.tsag.tracker.db.Tables.STATUS;
import static org.tsag.tracker.db.Tables.STATUS_EVENT;

import java.util.List;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jooq.Field;
import org.jooq.Records;
import org.springframework.stereotype.Repository;

/** All SQL of the dashboard. */
@Repository
class DashboardRepository {

    private static final String NOT_STARTED = "NOT_STARTED";

    private final DSLContext dsl;

    DashboardRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Internal items are counted only for those who may see them. */
    private static Condition visible(boolean includeInternal) {
        return includeInternal ? DSL.trueCondition() : ACTION_ITEM.INTERNAL.isFalse();
    }

    List<DashboardSummary.StatusCount> countByStatus(boolean includeInternal) {
        Field<String> current = coalesce(STATUS_EVENT.STATUS, val(NOT_STARTED)).as("current_status");
        Field<Integer> items = count().as("items");
        var counts = select(current, items)
                .from(ACTION_ITEM)
                .leftJoin(STATUS_EVENT).on(STATUS_EVENT.ID.eq(ACTION_ITEM.CURRENT_EVENT_ID))
                .where(visible(includeInternal))
                .groupBy(current)
                .asTable("counts");
        return dsl.select(
                        STATUS.CODE,
                        STATUS.NAME,
                        coalesce(counts.field(items), 0))
                .from(STATUS)
                .leftJoin(counts).on(counts.field(current).eq(STATUS.CODE))
                .orderBy(STATUS.POSITION)
                .fetch(Records.mapping(DashboardSummary.StatusCount::new));
    }

    long countItems(boolean includeInternal) {
        return dsl.fetchCount(ACTION_ITEM, visible(includeInternal));
    }

    long countResolutions() {
        return dsl.fetchCount(RESOLUTION);
    }

    boolean containsSampleData() {
        return dsl.fetchExists(ACTION_ITEM, ACTION_ITEM.SAMPLE.isTrue())
                || dsl.fetchExists(ACTION_PLAN, ACTION_PLAN.SAMPLE.isTrue());
    }
}
