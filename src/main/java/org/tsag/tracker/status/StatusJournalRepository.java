package org.tsag.tracker.status;

import static org.tsag.tracker.db.Tables.ACTION_ITEM;
import static org.tsag.tracker.db.Tables.CLAUSE;
import static org.tsag.tracker.db.Tables.EVIDENCE;
import static org.tsag.tracker.db.Tables.MEETING;
import static org.tsag.tracker.db.Tables.SECTION;
import static org.tsag.tracker.db.Tables.STATUS;
import static org.tsag.tracker.db.Tables.STATUS_EVENT;
import static org.tsag.tracker.db.Tables.STATUS_TRANSITION;
import static org.tsag.tracker.db.Tables.STUDY_PERIOD;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** All SQL that writes the status journal (status_event and evidence), and what the writes check. */
@Repository
class StatusJournalRepository {

    /** Rows per multi-row insert (about 10 values each, well below the driver's 65,535 binds). */
    private static final int INSERT_CHUNK = 500;

    private final DSLContext dsl;

    StatusJournalRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    record CurrentState(long itemId, String status, Integer progress) {
    }

    record Transition(boolean requiresReason, boolean chairOnly, Integer impliedProgress) {
    }

    /** A checked item event ready to be appended. */
    record ItemEventRow(long itemId, String kind, String status, Integer progress, String rag, String narrative,
                        Long meetingId, LocalDate occurredOn, String author, Long correctsEventId) {
    }

    record ClausePlace(String kind, String label) {
    }

    /**
     * The current status (null before the first event) and progress of each of these items,
     * locking their rows so that concurrent reports are serialised. Items that do not exist, or
     * that the scope may not see, are left out.
     */
    Map<Long, CurrentState> lockStates(Collection<Long> itemIds, ItemScope scope) {
        Map<Long, CurrentState> states = new HashMap<>();
        if (itemIds.isEmpty()) {
            return states;
        }
        dsl.select(ACTION_ITEM.ID, ACTION_ITEM.CURRENT_STATUS, ACTION_ITEM.CURRENT_PROGRESS)
                .from(ACTION_ITEM)
                .where(ACTION_ITEM.ID.eq(DSL.any(itemIds.toArray(Long[]::new))))
                .and(StatusQuery.visible(ACTION_ITEM, scope))
                .orderBy(ACTION_ITEM.ID)
                .forUpdate()
                .of(ACTION_ITEM)
                .forEach(r -> states.put(r.value1(), new CurrentState(r.value1(), r.value2(), r.value3())));
        return states;
    }

    /** The whole workflow (a few dozen rows), by {@link #transitionKey}. */
    Map<String, Transition> transitions() {
        Map<String, Transition> transitions = new HashMap<>();
        dsl.select(STATUS_TRANSITION.FROM_STATUS, STATUS_TRANSITION.TO_STATUS, STATUS_TRANSITION.REQUIRES_REASON,
                        STATUS_TRANSITION.CHAIR_ONLY, STATUS.IMPLIED_PROGRESS)
                .from(STATUS_TRANSITION)
                .join(STATUS).on(STATUS.CODE.eq(STATUS_TRANSITION.TO_STATUS))
                .forEach(r -> transitions.put(transitionKey(r.value1(), r.value2()),
                        new Transition(r.value3(), r.value4(), r.value5())));
        return transitions;
    }

    static String transitionKey(String from, String to) {
        return from + "->" + to;
    }

    /** The ids of the meetings with these codes; unknown codes are left out. */
    Map<String, Long> meetingIds(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        return dsl.select(MEETING.CODE, MEETING.ID)
                .from(MEETING)
                .where(MEETING.CODE.in(codes))
                .fetchMap(MEETING.CODE, MEETING.ID);
    }

    boolean eventBelongsTo(long eventId, long itemId) {
        return dsl.fetchExists(STATUS_EVENT, STATUS_EVENT.ID.eq(eventId).and(STATUS_EVENT.ACTION_ITEM_ID.eq(itemId)));
    }

    /**
     * Appends these events in multi-row inserts of {@value #INSERT_CHUNK} rows, in the order given
     * (ids ascend in that order). Each item may appear once.
     *
     * @return the new event ids by item id
     */
    Map<Long, Long> insertItemEvents(List<ItemEventRow> rows) {
        Map<Long, Long> ids = new HashMap<>();
        for (int start = 0; start < rows.size(); start += INSERT_CHUNK) {
            var insert = dsl.insertInto(STATUS_EVENT, STATUS_EVENT.ACTION_ITEM_ID, STATUS_EVENT.KIND, STATUS_EVENT.STATUS,
                    STATUS_EVENT.PROGRESS, STATUS_EVENT.RAG, STATUS_EVENT.NARRATIVE, STATUS_EVENT.MEETING_ID,
                    STATUS_EVENT.OCCURRED_ON, STATUS_EVENT.AUTHOR, STATUS_EVENT.CORRECTS_EVENT_ID);
            for (ItemEventRow row : rows.subList(start, Math.min(rows.size(), start + INSERT_CHUNK))) {
                insert = insert.values(row.itemId(), row.kind(), row.status(), row.progress(), row.rag(),
                        row.narrative(), row.meetingId(), row.occurredOn(), row.author(), row.correctsEventId());
            }
            insert.returning(STATUS_EVENT.ID, STATUS_EVENT.ACTION_ITEM_ID)
                    .fetch()
                    .forEach(r -> ids.put(r.get(STATUS_EVENT.ACTION_ITEM_ID), r.get(STATUS_EVENT.ID)));
        }
        return ids;
    }

    long insertClauseEvent(NewClauseEvent event, long studyPeriodId, String author) {
        return dsl.insertInto(STATUS_EVENT, STATUS_EVENT.CLAUSE_ID, STATUS_EVENT.STUDY_PERIOD_ID, STATUS_EVENT.KIND,
                        STATUS_EVENT.STATUS, STATUS_EVENT.PROGRESS, STATUS_EVENT.RAG, STATUS_EVENT.NARRATIVE,
                        STATUS_EVENT.OCCURRED_ON, STATUS_EVENT.AUTHOR)
                .values(event.clauseId(), studyPeriodId, event.kind(), event.status(), event.progress(), event.rag(),
                        event.narrative(), event.occurredOn(), author)
                .returning(STATUS_EVENT.ID)
                .fetchSingle(STATUS_EVENT.ID);
    }

    /** The evidence of each event, numbered from 1 in the order given, in one multi-row insert. */
    void insertEvidence(Map<Long, List<Evidence>> evidenceByEvent) {
        var insert = dsl.insertInto(EVIDENCE, EVIDENCE.STATUS_EVENT_ID, EVIDENCE.POSITION, EVIDENCE.KIND,
                EVIDENCE.REFERENCE, EVIDENCE.URL);
        boolean any = false;
        for (var entry : evidenceByEvent.entrySet()) {
            List<Evidence> evidence = entry.getValue();
            for (int i = 0; i < evidence.size(); i++) {
                Evidence e = evidence.get(i);
                insert = insert.values(entry.getKey(), i + 1, e.kind(), e.reference(), e.url());
                any = true;
            }
        }
        if (any) {
            insert.execute();
        }
    }

    Optional<ClausePlace> findClausePlace(long clauseId) {
        return dsl.select(SECTION.KIND, CLAUSE.LABEL)
                .from(CLAUSE)
                .join(SECTION).on(SECTION.ID.eq(CLAUSE.SECTION_ID))
                .where(CLAUSE.ID.eq(clauseId))
                .fetchOptional(org.jooq.Records.mapping(ClausePlace::new));
    }

    Optional<Long> findStudyPeriodId(String code) {
        return dsl.fetchOptionalValue(STUDY_PERIOD.ID, STUDY_PERIOD.CODE.eq(code));
    }

    // ---- generated bulk data (benchmarks)

    void insertGenerated(List<GeneratedEvent> rows, String author) {
        if (rows.isEmpty()) {
            return;
        }
        var insert = dsl.insertInto(STATUS_EVENT,
                STATUS_EVENT.ACTION_ITEM_ID, STATUS_EVENT.STATUS, STATUS_EVENT.PROGRESS, STATUS_EVENT.RAG,
                STATUS_EVENT.NARRATIVE, STATUS_EVENT.MEETING_ID, STATUS_EVENT.OCCURRED_ON, STATUS_EVENT.AUTHOR);
        for (GeneratedEvent row : rows) {
            insert = insert.values(row.itemId(), row.status(), row.progress(), row.rag(), row.narrative(),
                    row.meetingId(), row.occurredOn(), author);
        }
        insert.execute();
    }

    /**
     * The per-row trigger that keeps current_event_id is switched off during a bulk load and the
     * columns are set once at the end (same transaction), which is much faster for millions of rows.
     */
    void disableCurrentEventTrigger() {
        dsl.execute("ALTER TABLE status_event DISABLE TRIGGER status_event_set_current");
    }

    void enableCurrentEventTrigger() {
        dsl.execute("ALTER TABLE status_event ENABLE TRIGGER status_event_set_current");
    }

    void setCurrentEvents(long planId) {
        var latest = DSL.selectDistinct(STATUS_EVENT.ACTION_ITEM_ID, STATUS_EVENT.ID, STATUS_EVENT.STATUS,
                        STATUS_EVENT.RAG, STATUS_EVENT.PROGRESS, STATUS_EVENT.OCCURRED_ON)
                .on(STATUS_EVENT.ACTION_ITEM_ID)
                .from(STATUS_EVENT)
                .join(ACTION_ITEM).on(ACTION_ITEM.ID.eq(STATUS_EVENT.ACTION_ITEM_ID))
                .where(ACTION_ITEM.PLAN_ID.eq(planId))
                .orderBy(STATUS_EVENT.ACTION_ITEM_ID, STATUS_EVENT.OCCURRED_ON.desc(), STATUS_EVENT.ID.desc())
                .asTable("latest");
        dsl.update(ACTION_ITEM)
                .set(ACTION_ITEM.CURRENT_EVENT_ID, latest.field(STATUS_EVENT.ID))
                .set(ACTION_ITEM.CURRENT_STATUS, latest.field(STATUS_EVENT.STATUS))
                .set(ACTION_ITEM.CURRENT_RAG, latest.field(STATUS_EVENT.RAG))
                .set(ACTION_ITEM.CURRENT_PROGRESS, latest.field(STATUS_EVENT.PROGRESS))
                .set(ACTION_ITEM.CURRENT_ON, latest.field(STATUS_EVENT.OCCURRED_ON))
                .from(latest)
                .where(ACTION_ITEM.ID.eq(latest.field(STATUS_EVENT.ACTION_ITEM_ID)))
                .execute();
    }
}
