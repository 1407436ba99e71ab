package org.tsag.tracker.notification;

import org.tsag.tracker.status.StatusJournal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.tsag.tracker.db.Tables.MAIL_OUTBOX;
import static org.tsag.tracker.notification.MailFixtures.at;

import java.time.LocalDate;
import java.util.List;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.tsag.tracker.item.ItemService;
import org.tsag.tracker.item.NewItem;
import org.tsag.tracker.item.NewPlan;
import org.tsag.tracker.status.StatusReport;
import org.tsag.tracker.meeting.MeetingService;
import org.tsag.tracker.meeting.NewMeeting;
import org.tsag.tracker.security.UserService;
import org.tsag.tracker.testsupport.IntegrationTest;

/**
 * {@code tracker.notify.meeting-reminder-days} (14) before a TSAG meeting, each chair and TSB
 * member gets one e-mail with the open items of the period that have no report since the last
 * TSAG meeting; members get none, and the reminder is not sent twice.
 */
@IntegrationTest
@WithMockUser(username = "admin@example.org", roles = {"ADMIN", "CHAIR", "TSB"})
class MeetingReminderTest {

    @Autowired
    ItemService items;

    @Autowired
    StatusJournal journal;
    @Autowired
    UserService users;
    @Autowired
    MeetingService meetings;
    @Autowired
    DigestComposer composer;
    @Autowired
    NotificationAdminService admin;
    @Autowired
    DSLContext dsl;

    @Test
    void chairs_and_tsb_hear_of_the_items_without_a_report_before_a_tsag_meeting() {
        users.create("carla@example.org", "Carla Chair", "a-long-password-1", List.of("CHAIR"));
        users.create("tom@example.org", "Tom TSB", "a-long-password-2", List.of("TSB"));
        users.create("mary@example.org", "Mary Member", "a-long-password-3", List.of("MEMBER"));
        meetings.create(new NewMeeting("TSAG-2028-01", "TSAG", "TSAG meeting, January 2028", "Geneva",
                LocalDate.of(2028, 1, 10), LocalDate.of(2028, 1, 14), "2025-2028", true));
        meetings.create(new NewMeeting("TSAG-2028-09", "TSAG", "TSAG meeting, September 2028", "Geneva",
                LocalDate.of(2028, 9, 18), LocalDate.of(2028, 9, 22), "2025-2028", true));
        items.createPlan(new NewPlan("MR", "Reminder plan", null, "TSB", null, "AVERAGE", true));
        long reported = item("MR-1", "Reported since January");
        long stale = item("MR-2", "Last reported at the January meeting");
        item("MR-3", "Never reported");
        long closed = item("MR-4", "Completed long ago");
        report(reported, "IN_PROGRESS", LocalDate.of(2028, 3, 1));
        report(stale, "IN_PROGRESS", LocalDate.of(2028, 1, 12));
        report(closed, "COMPLETED", LocalDate.of(2027, 12, 1));

        // 15 days before: too early
        assertThat(composer.compose(at("2028-09-03T08:00:00Z"))).isZero();
        int composed = composer.compose(at("2028-09-04T08:00:00Z"));
        assertThat(composer.compose(at("2028-09-05T08:00:00Z"))).isZero();

        List<String> recipients = dsl.select(MAIL_OUTBOX.RECIPIENT).from(MAIL_OUTBOX)
                .where(MAIL_OUTBOX.KIND.eq("MEETING")).orderBy(MAIL_OUTBOX.RECIPIENT).fetch(MAIL_OUTBOX.RECIPIENT);
        // the first admin (FirstAdmin, created at start) is a chair and TSB too
        assertThat(recipients).hasSize(composed).contains("carla@example.org", "tom@example.org")
                .doesNotContain("mary@example.org");
        OutboxEntry entry = admin.outbox(false, 0, 10).stream().filter(e -> e.recipient().equals("carla@example.org"))
                .findFirst().orElseThrow();
        MailContent mail = admin.content(entry.id()).orElseThrow();
        assertThat(mail.subject()).isEqualTo("TSAG tracker: 2 items without a report before TSAG meeting TSAG-2028-09 (18 September 2028)");
        assertThat(mail.text())
                .contains("These open items have no status report since the last TSAG meeting, TSAG-2028-01, which ended on 14 January 2028.")
                .contains("MR MR-2  Last reported at the January meeting")
                .contains("MR MR-3  Never reported")
                .doesNotContain("MR-1")
                .doesNotContain("MR-4")
                .contains("Unsubscribe from the reminders before TSAG meetings in one click: http://localhost:8080/unsubscribe?t=");
        assertThat(mail.html()).contains("<a href=\"http://localhost:8080/items/MR/MR-3\">");
    }

    private long item(String code, String title) {
        return items.createItem(new NewItem("MR", code, null, title, null, List.of("TSB"), List.of(), List.of("TSAG"),
                List.of(), null, null, null, null, "MEDIUM", "2025-2028", 1, false, true));
    }

    private void report(long item, String status, LocalDate on) {
        journal.report(item, new StatusReport(status, null, null, "Report", null, on, List.of(), null));
    }
}
