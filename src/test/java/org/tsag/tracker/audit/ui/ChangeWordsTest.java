package org.tsag.tracker.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;
import org.tsag.tracker.audit.AuditEntry;

/** The audit journal's "What" column in words, not JSON (issue 18). */
class ChangeWordsTest {

    private static AuditEntry entry(String action, String oldValues, String newValues) {
        return new AuditEntry(1, OffsetDateTime.now(), "tsb@example.org", action, "action_item", "7", oldValues, newValues);
    }

    @Test
    void a_change_reads_field_old_value_arrow_new_value() {
        assertThat(AuditView.change(entry("UPDATE", "{\"progress\": 40, \"due_date\": null}",
                "{\"progress\": 60, \"due_date\": \"2027-02-05\"}")))
                .isEqualTo("Due date: \u2013 \u2192 2027-02-05; Progress: 40 \u2192 60")
                .doesNotContain("{", "\"");
    }

    @Test
    void what_was_created_or_deleted_is_listed_and_long_text_is_shortened() {
        String created = AuditView.change(entry("INSERT", null,
                "{\"code\": \"68-1\", \"title\": \"" + "x".repeat(100) + "\", \"parent_id\": null}"));
        assertThat(created).startsWith("Code: 68-1; Title: xxx").endsWith("\u2026").doesNotContain("Parent id");
        assertThat(AuditView.change(entry("DELETE", "{\"code\": \"68-9\"}", null))).isEqualTo("Code: 68-9");
    }

    @Test
    void text_that_is_not_a_json_object_is_shown_as_it_is() {
        assertThat(AuditView.change(entry("UPDATE", "old text", "new text"))).isEqualTo("old text \u2192 new text");
        assertThat(AuditView.change(entry("UPDATE", null, null))).isEmpty();
    }
}
