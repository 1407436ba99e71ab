package org.tsag.tracker.notification;

import org.tsag.tracker.status.StatusJournal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.tsag.tracker.notification.MailFixtures.at;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.tsag.tracker.demo.DemoDataService;
import org.tsag.tracker.item.ItemFilter;
import org.tsag.tracker.item.ItemForm;
import org.tsag.tracker.item.ItemRow;
import org.tsag.tracker.item.ItemService;
import org.tsag.tracker.status.StatusReport;
import org.tsag.tracker.security.UserService;
import org.tsag.tracker.testsupport.IntegrationTest;

/**
 * Issue 16's "done when": with the demo data and an SMTP server, the daily digest of the TSB demo
 * user (a contact of "Director of TSB") lists exactly the TSB items that changed that day (the
 * chair's reports and edits, an internal item included) and the TSB items whose deadline passed;
 * not the chair's change to a TSAG item. The expected overdue items are worked out from the item
 * grid's own query, not from the notification code.
 */
@IntegrationTest
@WithMockUser(username = "admin@example.org", roles = {"ADMIN", "CHAIR", "TSB"})
class DemoDigestTest {

    private static final String TSB_USER = "tsb@demo.tracker.local";
    private static final LocalDate DAY = LocalDate.of(2027, 1, 15);

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @Autowired
    DemoDataService demo;

    @Autowired
    StatusJournal journal;
    @Autowired
    UserService users;
    @Autowired
    NotificationAdminService admin;
    @Autowired
    ItemService items;
    @Autowired
    DigestComposer composer;
    @Autowired
    OutboxSender sender;

    @Test
    void the_tsb_demo_users_daily_digest_lists_the_changed_and_the_overdue_tsb_items() throws Exception {
        demo.loadIfEmpty();
        // the demo run makes the TSB demo account on the embedded database only (issue 19); the
        // test database stands for an external one, so the account is made here as the demo would
        users.create(TSB_USER, "Demo tsb", "a demo password for the digest", List.of("TSB"));
        admin.demoLoaded();
        assertThat(admin.entityContacts().stream().filter(e -> e.code().equals("TSB")).findFirst().orElseThrow().contacts())
                .extracting(EntityContacts.Person::email).containsExactly(TSB_USER);

        // what the grid calls TSB's items, and which of them were open with their deadline on the day
        ItemFilter tsb = new ItemFilter(Set.of(), "TSB", null, null, null, null, false, null, false, null, null, "RESPONSIBLE");
        List<ItemRow> tsbItems = items.find(tsb, 0, 1000, List.of());
        Set<String> expectedOverdue = tsbItems.stream()
                .filter(r -> !r.closed() && DAY.equals(r.deadline()))
                .map(r -> r.plan() + " " + r.code())
                .collect(Collectors.toSet());
        assertThat(expectedOverdue).as("the demo has TSB items due on " + DAY).contains("WTSA24 68-7");

        composer.compose(at("2027-01-15T00:00:10Z"));
        DigestContentTest.as("chair@demo.tracker.local", "CHAIR", () -> {
            journal.report(id("WTSA24", "68-2"), new StatusReport("IN_PROGRESS", 60, "GREEN",
                    "Consultation of developing countries before the Bucharest CxO meeting", "TSAG-2026-09", DAY, List.of(), null));
            journal.report(id("WTSA24", "68-9.1"), new StatusReport("IN_PROGRESS", 30, "AMBER",
                    "Internal: budget line for the topic tracker", null, DAY, List.of(), null));
            ItemForm form = ItemForm.of(items.findItem("WTSA24", "68-12").orElseThrow());
            form.setDueDate(LocalDate.of(2028, 9, 30));
            items.update(form);
            journal.report(id("WTSA24", "68-13"), new StatusReport("IN_PROGRESS", 20, null,
                    "TSAG working method review started", null, DAY, List.of(), null));
        });
        composer.compose(at("2027-01-15T12:00:00Z"));
        composer.compose(at("2027-01-16T00:01:00Z"));
        sender.sendDue(at("2027-01-16T00:01:00Z"), MailFixtures.smtp(smtp.getSmtp().getPort()));

        List<MimeMessage> toTsb = Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> MailFixtures.recipient(m).equals(TSB_USER))
                .toList();
        assertThat(toTsb).hasSize(1);
        String text = MailFixtures.text(toTsb.getFirst());
        assertThat(codes(DigestContentTest.section(text, "What changed on the items you follow (15 January 2027)")))
                .containsExactlyInAnyOrder("WTSA24 68-2", "WTSA24 68-9.1", "WTSA24 68-12");
        assertThat(codes(DigestContentTest.section(text, "Became overdue"))).isEqualTo(expectedOverdue);
        assertThat(text)
                .contains("Status report of 15 January 2027 by chair@demo.tracker.local: In progress, 60 %, Green (on track) (meeting TSAG-2026-09)")
                .contains("Due date: 30 June 2028 \u2192 30 September 2028 (changed by chair@demo.tracker.local)")
                .doesNotContain("68-13");
        assertThat(toTsb.getFirst().getSubject()).isEqualTo("TSAG tracker, daily digest for 15 January 2027: 3 items changed, "
                + expectedOverdue.size() + " became overdue");
        // the member follows nothing internal, and the chair's own change is not news to the chair
        for (MimeMessage other : smtp.getReceivedMessages()) {
            if (MailFixtures.recipient(other).equals("member@demo.tracker.local")) {
                assertThat(MailFixtures.text(other)).doesNotContain("68-9.1");
            }
            if (MailFixtures.recipient(other).equals("chair@demo.tracker.local")) {
                assertThat(MailFixtures.text(other)).doesNotContain("TSAG working method review started");
            }
        }
    }

    private long id(String plan, String code) {
        return items.findItemId(plan, code).orElseThrow();
    }

    /** The "PLAN CODE" of each item heading in a section of the text. */
    private static Set<String> codes(String section) {
        Matcher m = Pattern.compile("(?m)^(\\S+ \\S+)  .*\\nhttp").matcher(section);
        Set<String> codes = new java.util.HashSet<>();
        while (m.find()) {
            codes.add(m.group(1));
        }
        return codes;
    }
}
