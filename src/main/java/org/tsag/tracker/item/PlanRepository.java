package org.tsag.tracker.item;

import static org.tsag.tracker.db.Tables.ACTION_PLAN;

import java.util.Optional;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** The SQL of action plans. */
@Repository
class PlanRepository {

    private final DSLContext dsl;

    PlanRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    long insertPlan(NewPlan plan) {
        return dsl.insertInto(ACTION_PLAN)
                .set(ACTION_PLAN.CODE, plan.code())
                .set(ACTION_PLAN.TITLE, plan.title())
                .set(ACTION_PLAN.DESCRIPTION, plan.description())
                .set(ACTION_PLAN.APPROVED_BY, plan.approvedBy())
                .set(ACTION_PLAN.APPROVED_ON, plan.approvedOn())
                .set(ACTION_PLAN.ROLLUP, plan.rollup())
                .set(ACTION_PLAN.SAMPLE, plan.sample())
                .returning(ACTION_PLAN.ID)
                .fetchSingle(ACTION_PLAN.ID);
    }

    Optional<Long> findPlanId(String code) {
        return dsl.fetchOptionalValue(ACTION_PLAN.ID, ACTION_PLAN.CODE.eq(code));
    }
}
