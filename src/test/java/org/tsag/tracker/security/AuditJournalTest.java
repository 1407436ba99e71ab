package org.tsag.tracker.security;

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
import org.tsag.tracker.audit.AuditEntry;
import org.tsag.tracker.audit.AuditFilter;
import org.tsag.tracker.audit.AuditService;
import org.tsag.tracker.meeting.MeetingService;
import org.tsag.tracker.meeting.NewMeeting;
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
}
