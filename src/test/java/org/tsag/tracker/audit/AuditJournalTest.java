package org.tsag.tracker.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tsag.tracker.db.Tables.AUDIT_LOG;

import java.time.LocalDate;
import java.util.List;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.security.access.AccessDeniedException;
import org.tsag.tracker.meeting.MeetingService;
import org.tsag.tracker.meeting.NewMeeting;
import org.tsag.tracker.security.UserService;
import org.tsag.tracker.testsupport.IntegrationTest;

/** Changes are journaled with who and old → new, in the same transaction; the journal is append-only. */
@IntegrationTest
@WithMockUser(username = "chair@example.org", roles = {"CHAIR", "ADMIN"})
class AuditJournalTest {

    @Autowired
    MeetingService meetings;

    @Autowired
    AuditService audit;

    @Autowired
    UserService users;

    @Autowired
    DSLContext dsl;

    @Test
    void a_change_is_journaled_with_its_author_and_values() {
        meetings.create(new NewMeeting("TSAG-AUDIT-1", "TSAG", "TSAG meeting", "Geneva",
                LocalDate.of(2027, 1, 20), LocalDate.of(2027, 1, 24), "2025-2028", false));
        List<AuditEntry> entries = audit.find(new AuditFilter("meeting", "chair@example.org", null, null, "INSERT"), 0, 10)
                .stream().filter(e -> e.newValues().contains("TSAG-AUDIT-1")).toList();
        assertThat(entries).hasSize(1);
        assertThat(entries.getFirst().newValues()).contains("TSAG-AUDIT-1").contains("Geneva");
    }

    @Test
    void an_update_records_only_the_changed_columns_old_and_new() {
        long id = users.create("member.audit@example.org", "Member", "a long enough password", List.of("MEMBER"));
        int version = users.list().stream().filter(u -> u.id() == id).findFirst().orElseThrow().version();
        users.setRoles(id, version, List.of("MEMBER", "TSB"));
        users.setEnabled(id, version + 1, false);
        AuditEntry update = audit.find(new AuditFilter("app_user", null, null, null, "UPDATE"), 0, 10).stream()
                .filter(e -> e.newValues().contains("enabled"))
                .findFirst().orElseThrow();
        assertThat(update.oldValues()).contains("\"enabled\": true");
        assertThat(update.newValues()).contains("\"enabled\": false").doesNotContain("email");
        assertThat(update.actor()).isEqualTo("chair@example.org");
    }

    @Test
    void the_database_rejects_changing_or_deleting_the_journal() {
        meetings.create(new NewMeeting("TSAG-AUDIT-2", "TSAG", "TSAG meeting", "Geneva",
                LocalDate.of(2027, 6, 1), LocalDate.of(2027, 6, 5), "2025-2028", false));
        assertThatThrownBy(() -> dsl.update(AUDIT_LOG).set(AUDIT_LOG.ACTOR, "someone else").execute())
                .isInstanceOf(DataAccessException.class)
                .rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> dsl.deleteFrom(AUDIT_LOG).execute())
                .isInstanceOf(DataAccessException.class)
                .rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> dsl.truncate(AUDIT_LOG).execute())
                .isInstanceOf(DataAccessException.class)
                .rootCause().hasMessageContaining("append-only");
    }

    @Test
    void the_filters_narrow_the_journal_and_the_count_agrees() {
        meetings.create(new NewMeeting("TSAG-AUDIT-3", "TSAG", "TSAG meeting", "Geneva",
                LocalDate.of(2027, 9, 1), LocalDate.of(2027, 9, 5), "2025-2028", false));
        LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
        AuditFilter meetingInserts = new AuditFilter("meeting", "chair@example.org", today, today, "INSERT");
        List<AuditEntry> found = audit.find(meetingInserts, 0, 100);
        assertThat(found).isNotEmpty().allSatisfy(e -> {
            assertThat(e.tableName()).isEqualTo("meeting");
            assertThat(e.actor()).isEqualTo("chair@example.org");
            assertThat(e.action()).isEqualTo("INSERT");
            assertThat(e.oldValues()).isNull();
        });
        assertThat(audit.count(meetingInserts)).isEqualTo(found.size());
        assertThat(audit.tables()).contains("meeting").isSorted();
        // nothing before the first day, nothing for an actor who did nothing, nothing for a day in the past
        assertThat(audit.count(new AuditFilter("meeting", "nobody@example.org", null, null, null))).isZero();
        assertThat(audit.count(new AuditFilter("meeting", null, null, today.minusDays(1), null))).isZero();
        assertThat(audit.count(new AuditFilter("meeting", null, today.plusDays(1), null, null))).isZero();
        // newest first, and paging does not repeat rows
        List<AuditEntry> all = audit.find(AuditFilter.none(), 0, 1000);
        assertThat(all).extracting(AuditEntry::occurredAt).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        List<AuditEntry> first = audit.find(AuditFilter.none(), 0, 2);
        List<AuditEntry> second = audit.find(AuditFilter.none(), 2, 2);
        assertThat(first).hasSize(Math.min(2, all.size()));
        assertThat(second.stream().map(AuditEntry::id)).noneMatch(id -> first.stream().anyMatch(e -> e.id() == id));
    }

    @Test
    @WithMockUser(username = "member@example.org", roles = "MEMBER")
    void members_cannot_read_the_journal() {
        assertThatThrownBy(() -> audit.find(AuditFilter.none(), 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> audit.count(AuditFilter.none())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> audit.tables()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = "tsb@example.org", roles = "TSB")
    void tsb_staff_cannot_read_the_journal() {
        assertThatThrownBy(() -> audit.count(AuditFilter.none())).isInstanceOf(AccessDeniedException.class);
    }
}
