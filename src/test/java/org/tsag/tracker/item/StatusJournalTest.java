package org.tsag.tracker.item;

import org.tsag.tracker.status.StatusJournal;
import org.tsag.tracker.status.NewStatusEvent;
import org.tsag.tracker.status.Evidence;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tsag.tracker.db.Tables.ACTION_ITEM;
import static org.tsag.tracker.db.Tables.EVIDENCE;
import static org.tsag.tracker.db.Tables.STATUS_EVENT;

import java.time.LocalDate;
import java.util.List;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.security.test.context.support.WithMockUser;
import org.tsag.tracker.testsupport.IntegrationTest;

/** The status history is append-only in the database, and the current status is the latest event. */
@IntegrationTest
@WithMockUser(username = "tsb@example.org", roles = {"TSB", "CHAIR"})
class StatusJournalTest {

    @Autowired
    ItemService items;

    @Autowired
    StatusJournal journal;

    @Autowired
    DSLContext dsl;

    long itemId;

    @BeforeEach
    void createItem() {
        String plan = "P" + System.nanoTime();
        items.createPlan(new NewPlan(plan, "Test plan", null, "TSAG", null, "AVERAGE", false));
        itemId = items.createItem(new NewItem(plan, "68-1", null, "Organize CxO meetings", null,
                List.of("TSB"), List.of("SG"), List.of("TSAG"), List.of(), null, null, LocalDate.of(2027, 1, 1),
                null, "HIGH", "2025-2028", 1, false, false));
    }

    @Test
    void the_current_status_is_the_latest_event_by_date() {
        long march = report("IN_PROGRESS", LocalDate.of(2026, 3, 1));
        assertThat(currentEvent()).isEqualTo(march);

        long june = report("COMPLETED", LocalDate.of(2026, 6, 1));
        assertThat(currentEvent()).isEqualTo(june);

        // a late report about an earlier date does not become the current status
        report("NOT_STARTED", LocalDate.of(2026, 1, 1));
        assertThat(currentEvent()).isEqualTo(june);
    }

    @Test
    void the_database_rejects_updating_or_deleting_an_event() {
        long event = report("IN_PROGRESS", LocalDate.of(2026, 3, 1));

        assertThatThrownBy(() -> dsl.update(STATUS_EVENT)
                .set(STATUS_EVENT.NARRATIVE, "rewritten")
                .where(STATUS_EVENT.ID.eq(event))
                .execute())
                .isInstanceOf(DataAccessException.class)
                .rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> dsl.deleteFrom(STATUS_EVENT).where(STATUS_EVENT.ID.eq(event)).execute())
                .isInstanceOf(DataAccessException.class)
                .rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> dsl.deleteFrom(EVIDENCE).where(EVIDENCE.STATUS_EVENT_ID.eq(event)).execute())
                .isInstanceOf(DataAccessException.class)
                .rootCause().hasMessageContaining("append-only");
        assertThat(dsl.select(STATUS_EVENT.NARRATIVE).from(STATUS_EVENT).where(STATUS_EVENT.ID.eq(event)).fetchOne(STATUS_EVENT.NARRATIVE)).isEqualTo("Reported");
    }

    @Test
    void an_event_keeps_its_typed_evidence() {
        long event = report("IN_PROGRESS", LocalDate.of(2026, 3, 1));
        assertThat(dsl.fetch(EVIDENCE, EVIDENCE.STATUS_EVENT_ID.eq(event)))
                .extracting(r -> r.getKind() + ":" + r.getReference())
                .containsExactly("TD:TSAG TD 415", "URL:https://www.itu.int/tsag");
    }

    @Test
    void progress_outside_0_to_100_is_refused_by_the_database() {
        assertThatThrownBy(() -> journal.record(new NewStatusEvent(itemId, "REPORT", "IN_PROGRESS", 140, null,
                null, null, LocalDate.of(2026, 3, 1), "TSB", List.of())))
                .isInstanceOf(DataAccessException.class);
    }

    private long report(String status, LocalDate date) {
        return journal.record(new NewStatusEvent(itemId, "REPORT", status, null, "GREEN", "Reported", null, date,
                "TSB secretariat", List.of(new Evidence("TD", "TSAG TD 415", null),
                new Evidence("URL", "https://www.itu.int/tsag", "https://www.itu.int/tsag"))));
    }

    private Long currentEvent() {
        return dsl.select(ACTION_ITEM.CURRENT_EVENT_ID).from(ACTION_ITEM).where(ACTION_ITEM.ID.eq(itemId)).fetchOne(ACTION_ITEM.CURRENT_EVENT_ID);
    }
}
