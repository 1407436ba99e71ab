package org.tsag.tracker.meeting;

import static org.tsag.tracker.db.Tables.MEETING;
import static org.tsag.tracker.db.Tables.STUDY_PERIOD;

import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** All SQL of the meeting feature. */
@Repository
class MeetingRepository {

    private final DSLContext dsl;

    MeetingRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    long insert(NewMeeting meeting) {
        return dsl.insertInto(MEETING)
                .set(MEETING.CODE, meeting.code())
                .set(MEETING.KIND, meeting.kind())
                .set(MEETING.TITLE, meeting.title())
                .set(MEETING.PLACE, meeting.place())
                .set(MEETING.START_DATE, meeting.startDate())
                .set(MEETING.END_DATE, meeting.endDate())
                .set(MEETING.STUDY_PERIOD_ID, DSL.select(STUDY_PERIOD.ID)
                        .from(STUDY_PERIOD)
                        .where(STUDY_PERIOD.CODE.eq(meeting.studyPeriod())))
                .set(MEETING.SAMPLE, meeting.sample())
                .returning(MEETING.ID)
                .fetchSingle(MEETING.ID);
    }

    List<Meeting> findAll() {
        return dsl.select(
                        MEETING.ID,
                        MEETING.CODE,
                        MEETING.KIND,
                        MEETING.TITLE,
                        MEETING.PLACE,
                        MEETING.START_DATE,
                        MEETING.END_DATE,
                        STUDY_PERIOD.CODE,
                        MEETING.SAMPLE)
                .from(MEETING)
                .join(STUDY_PERIOD).on(STUDY_PERIOD.ID.eq(MEETING.STUDY_PERIOD_ID))
                .orderBy(MEETING.START_DATE, MEETING.CODE)
                .fetch(Records.mapping(Meeting::new));
    }

    Optional<Long> findId(String code) {
        return dsl.fetchOptionalValue(MEETING.ID, MEETING.CODE.eq(code));
    }
}
