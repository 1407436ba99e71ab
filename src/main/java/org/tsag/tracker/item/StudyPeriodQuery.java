package org.tsag.tracker.item;

import static org.tsag.tracker.db.Tables.STUDY_PERIOD;

import java.time.LocalDate;
import java.util.Optional;

import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/** Study periods for items: the one of a day (running then, else the last one begun before it), and whether a code exists. */
@Component
class StudyPeriodQuery {

    private final DSLContext dsl;

    StudyPeriodQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    Optional<String> periodOf(LocalDate day) {
        return dsl.select(STUDY_PERIOD.CODE)
                .from(STUDY_PERIOD)
                .where(STUDY_PERIOD.START_DATE.le(day))
                .orderBy(STUDY_PERIOD.END_DATE.ge(day).desc(), STUDY_PERIOD.START_DATE.desc())
                .limit(1)
                .fetchOptional(STUDY_PERIOD.CODE);
    }

    boolean exists(String code) {
        return dsl.fetchExists(dsl.selectOne()
                .from(STUDY_PERIOD)
                .where(STUDY_PERIOD.CODE.eq(code)));
    }
}
