package org.tsag.tracker.notification;

import org.tsag.tracker.status.StatusJournal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.tsag.tracker.notification.MailFixtures.at;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.tsag.tracker.status.Evidence;
import org.tsag.tracker.item.ItemForm;
import org.tsag.tracker.item.ItemService;
import org.tsag.tracker.item.NewItem;
import org.tsag.tracker.item.NewPlan;
import org.tsag.tracker.status.StatusReport;
import org.tsag.tracker.meeting.MeetingService;
import org.tsag.tracker.meeting.NewMeeting;
import org.tsag.tracker.security.UserService;
import org.tsag.tracker.testsupport.IntegrationTest;

/**
 * The digest's content, end to end through a real SMTP server: who gets which items (owner,
 * contact of the responsible entity, plan subscription), what changed with its evidence, what
 * became overdue and what is due before the next TSAG meeting; never one's own changes, and never
 * an internal item for a member.
 */
@IntegrationTest
@WithMockUser(username = "admin@example.org", roles = {"ADMIN", "CHAIR", "TSB"})
class DigestContentTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @Autowired
    ItemService items;

    @Autowired
    StatusJournal journal;
    @Autowired
    UserService users;
    @Autowired
    MeetingService meetings;
    @Autowired
    NotificationAdminService admin;
    @Autowired
    NotificationRepository repository;
    @Autowired
    DigestComposer composer;
    @Autowired
    OutboxSender sender;

    @Test
    void the_daily_digest_tells_each_follower_what_changed_on_their_items() throws Exception {
        long tina = users.create("tina@example.org", "Tina TSB", "a-long-password-1", List.of("TSB"));
        users.create("alice@example.org", "Alice Owner", "a-long-password-2", List.of("TSB"));
        users.create("mike@example.org", "Mike Member", "a-long-password-3", List.of("MEMBER"));
        long tsbEntity = admin.entityContacts().stream().filter(e -> e.code().equals("TSB")).findFirst().orElseThrow().entityId();
        admin.setContacts(tsbEntity, List.of(tina));
        meetings.create(new NewMeeting("TSAG-2028-04", "TSAG", "TSAG meeting, April 2028", "Geneva",
                LocalDate.of(2028, 4, 20), LocalDate.of(2028, 4, 24), "2025-2028", true));
        items.createPlan(new NewPlan("NP", "Notify plan", null, "TSB", null, "AVERAGE", true));
        long np1 = item("NP-1", "Organize the workshop", "TSB", "Alice Owner", LocalDate.of(2028, 6, 30), false);
        long np2 = item("NP-2", "Internal budget review", "TSB", null, LocalDate.of(2028, 3, 10), true);
        item("NP-3", "Public item due on the tenth", "BDT", null, LocalDate.of(2028, 3, 10), false);
        // the setup is not news; the first run only starts the periods
        repository.forgetChanges();
        composer.compose(at("2028-03-10T00:00:10Z"));
        as("mike@example.org", "MEMBER", () -> followPlan("NP"));

        journal.report(np1, new StatusReport("IN_PROGRESS", 40, "AMBER", "Venue booked for the workshop", null,
                LocalDate.of(2028, 3, 10), List.of(new Evidence("TD", "TSAG TD 12", null),
                new Evidence("URL", "Venue contract", "https://example.org/venue")), null));
        ItemForm form = ItemForm.of(items.findItem("NP", "NP-1").orElseThrow());
        form.setDueDate(LocalDate.of(2028, 7, 15));
        items.update(form);
        long np4 = item("NP-4", "Created on the tenth", "TSB", null, LocalDate.of(2028, 4, 1), false);
        journal.report(np2, new StatusReport("IN_PROGRESS", 10, null, "Budget figures requested", null,
                LocalDate.of(2028, 3, 10), List.of(), null));
        as("tina@example.org", "TSB", () -> journal.report(np4, new StatusReport("NOT_STARTED", null, null,
                "Note written by Tina herself", null, LocalDate.of(2028, 3, 10), List.of(), null)));

        composer.compose(at("2028-03-10T12:00:00Z"));
        assertThat(composer.compose(at("2028-03-11T00:01:00Z"))).isEqualTo(3);
        assertThat(sender.sendDue(at("2028-03-11T00:01:00Z"), MailFixtures.smtp(smtp.getSmtp().getPort()))).isEqualTo(3);

        Map<String, MimeMessage> byRecipient = Arrays.stream(smtp.getReceivedMessages())
                .collect(Collectors.toMap(MailFixtures::recipient, m -> m));
        assertThat(byRecipient).containsOnlyKeys("tina@example.org", "alice@example.org", "mike@example.org");

        MimeMessage toTina = byRecipient.get("tina@example.org");
        assertThat(toTina.getSubject()).isEqualTo("TSAG tracker, daily digest for 10 March 2028: 3 items changed, 1 became overdue");
        String tinaText = MailFixtures.text(toTina);
        assertThat(tinaText)
                .contains("Hello Tina TSB,")
                .contains("NP NP-1  Organize the workshop\nhttp://localhost:8080/items/NP/NP-1")
                .contains("Status report of 10 March 2028 by admin@example.org: In progress, 40 %, Amber (at risk)")
                .contains("\"Venue booked for the workshop\"")
                .contains("Evidence: TD TSAG TD 12")
                .contains("Evidence: Link Venue contract <https://example.org/venue>")
                .contains("Due date: 30 June 2028 \u2192 15 July 2028 (changed by admin@example.org)")
                .contains("NP NP-2  Internal budget review")
                .contains("New item, created by admin@example.org")
                .doesNotContain("Note written by Tina herself")
                .doesNotContain("NP-3");
        assertThat(section(tinaText, "Became overdue")).contains("NP NP-2").contains("Due 10 March 2028; status: In progress");
        assertThat(section(tinaText, "Due before the next TSAG meeting, TSAG-2028-04 (20 April 2028)"))
                .contains("NP NP-4").doesNotContain("NP-1");
        assertThat(tinaText).contains("Unsubscribe from these digests in one click: http://localhost:8080/unsubscribe?t=");
        String tinaHtml = MailFixtures.html(toTina);
        assertThat(tinaHtml)
                .contains("<a href=\"http://localhost:8080/items/NP/NP-1\"><b>NP NP-1</b> Organize the workshop</a>")
                .contains("<a href=\"https://example.org/venue\">Evidence: Link Venue contract</a>")
                .contains("Due date: 30 June 2028 \u2192 15 July 2028");
        assertThat(toTina.getHeader("List-Unsubscribe")[0]).startsWith("<http://localhost:8080/unsubscribe?t=");
        assertThat(toTina.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");

        String aliceText = MailFixtures.text(byRecipient.get("alice@example.org"));
        assertThat(aliceText).contains("NP NP-1").doesNotContain("NP-2").doesNotContain("NP-4").doesNotContain("Became overdue");

        MimeMessage toMike = byRecipient.get("mike@example.org");
        String mikeText = MailFixtures.text(toMike);
        assertThat(mikeText)
                .contains("NP NP-1").contains("NP NP-4").contains("Note written by Tina herself")
                .doesNotContain("NP-2").doesNotContain("Internal budget review").doesNotContain("Budget figures");
        assertThat(section(mikeText, "Became overdue")).contains("NP NP-3");
        assertThat(MailFixtures.html(toMike)).doesNotContain("NP-2");
    }

    private long item(String code, String title, String responsible, String owner, LocalDate due, boolean internal) {
        return items.createItem(new NewItem("NP", code, null, title, null, List.of(responsible), List.of(), List.of("TSAG"),
                List.of(), owner, null, due, null, "MEDIUM", "2025-2028", 1, internal, true));
    }

    private void followPlan(String code) {
        NotificationService service = notifications;
        FollowTarget plan = service.targets(FollowTarget.PLAN).stream()
                .filter(t -> t.label().startsWith(code + " ")).findFirst().orElseThrow();
        assertThat(service.follow(plan)).isTrue();
    }

    @Autowired
    NotificationService notifications;

    /** The text from a heading to the next blank line after its list. */
    static String section(String text, String heading) {
        int start = text.indexOf(heading + "\n");
        assertThat(start).as("section " + heading).isGreaterThanOrEqualTo(0);
        int end = text.indexOf("\n\n\n", start);
        int nextHeading = text.indexOf("\n==", start + heading.length() + 2);
        int stop = text.indexOf("-- \n", start);
        int cut = stop;
        if (nextHeading > 0) {
            // the line before the next heading's underline is the next heading
            cut = Math.min(cut, text.lastIndexOf('\n', nextHeading - 1));
        }
        if (end > 0) {
            cut = Math.min(cut, end);
        }
        return text.substring(start, cut);
    }

    static void as(String user, String role, Runnable action) {
        Authentication previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                AuthorityUtils.createAuthorityList("ROLE_" + role)));
        try {
            action.run();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }
}
