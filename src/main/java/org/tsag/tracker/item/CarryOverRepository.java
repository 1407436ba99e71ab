package org.tsag.tracker.item;

import static org.tsag.tracker.db.Tables.ACTION_ITEM;
import static org.tsag.tracker.db.Tables.STUDY_PERIOD;
import static org.tsag.tracker.db.Tables.ITEM_PERIOD;
import static org.tsag.tracker.db.Tables.STATUS;
import static org.jooq.Records.mapping;
import static org.jooq.impl.DSL.select;

import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.tsag.tracker.status.StatusQuery;

/** The SQL of carrying items over from one study period into the next. */
@Repository
class CarryOverRepository {

    private final DSLContext dsl;

    CarryOverRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    Optional<Long> findPeriodId(String code) {
        return dsl.fetchOptionalValue(STUDY_PERIOD.ID, STUDY_PERIOD.CODE.eq(code));
    }

    /** The item's period and whether it is closed, locking the item row. */
    Optional<CarryState> lockForCarryOver(long itemId) {
        return dsl.select(ACTION_ITEM.STUDY_PERIOD_ID, StatusQuery.closed(STATUS))
                .from(ACTION_ITEM)
                .leftJoin(STATUS).on(STATUS.CODE.eq(ACTION_ITEM.CURRENT_STATUS))
                .where(ACTION_ITEM.ID.eq(itemId))
                .forUpdate()
                .of(ACTION_ITEM)
                .fetchOptional(mapping(CarryState::new));
    }

    record CarryState(long periodId, boolean closed) {
    }

    void carryOver(long itemId, long fromPeriodId, long toPeriodId, String actor) {
        dsl.insertInto(ITEM_PERIOD)
                .set(ITEM_PERIOD.ACTION_ITEM_ID, itemId)
                .set(ITEM_PERIOD.STUDY_PERIOD_ID, fromPeriodId)
                .set(ITEM_PERIOD.CARRIED_BY, actor)
                .execute();
        dsl.update(ACTION_ITEM)
                .set(ACTION_ITEM.STUDY_PERIOD_ID, toPeriodId)
                .set(ACTION_ITEM.VERSION, ACTION_ITEM.VERSION.plus(1))
                .set(ACTION_ITEM.UPDATED_AT, DSL.currentOffsetDateTime())
                .where(ACTION_ITEM.ID.eq(itemId))
                .execute();
    }

    /** Every period the item lived through, oldest first, ending with its current one. */
    List<String> periods(long itemId) {
        return dsl.select(STUDY_PERIOD.CODE)
                .from(STUDY_PERIOD)
                .where(STUDY_PERIOD.ID.in(select(ITEM_PERIOD.STUDY_PERIOD_ID)
                        .from(ITEM_PERIOD)
                        .where(ITEM_PERIOD.ACTION_ITEM_ID.eq(itemId))))
                .or(STUDY_PERIOD.ID.eq(select(ACTION_ITEM.STUDY_PERIOD_ID)
                        .from(ACTION_ITEM)
                        .where(ACTION_ITEM.ID.eq(itemId))))
                .orderBy(STUDY_PERIOD.START_DATE)
                .fetch(STUDY_PERIOD.CODE);
    }
}
