package org.tsag.tracker.notification;

import org.tsag.tracker.status.StatusJournal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tsag.tracker.notification.MailFixtures.at;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.tsag.tracker.base.SystemAuthentication;
import org.tsag.tracker.item.ItemService;
import org.tsag.tracker.item.NewItem;
import org.tsag.tracker.item.NewPlan;
import org.tsag.tracker.status.StatusReport;
import org.tsag.tracker.security.UserService;
import org.tsag.tracker.testsupport.IntegrationTest;

/**
 * The unsubscribe link of a received e-mail works in one click without signing in (and so does the
 * RFC 8058 POST that mail clients send for the List-Unsubscribe header); the next digest is not
 * composed for that user; a link whose signature does not match changes nothing.
 */
@IntegrationTest
class UnsubscribeLinkTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @Autowired
    WebApplicationContext context;

    @Autowired
    StatusJournal journal;
    @Autowired
    ItemService items;
    @Autowired
    UserService users;
    @Autowired
    NotificationRepository repository;
    @Autowired
    DigestComposer composer;
    @Autowired
    OutboxSender sender;

    @Test
    void the_link_in_the_email_unsubscribes_from_digests_in_one_click() throws Exception {
        long[] ids = SystemAuthentication.call(() -> {
            long user = users.create("uma@example.org", "Uma Owner", "a-long-password-1", List.of("MEMBER"));
            items.createPlan(new NewPlan("UL", "Unsubscribe plan", null, "TSB", null, "AVERAGE", true));
            long item = items.createItem(new NewItem("UL", "UL-1", null, "Unsubscribe item", null, List.of("SG"), List.of(),
                    List.of("TSAG"), List.of(), "uma@example.org", null, null, null, "MEDIUM", "2025-2028", 1, false, true));
            repository.forgetChanges();
            composer.compose(at("2028-06-01T00:00:05Z"));
            report(item, "June report");
            composer.compose(at("2028-06-01T10:00:00Z"));
            composer.compose(at("2028-06-02T00:00:30Z"));
            return new long[] {user, item};
        });
        sender.sendDue(at("2028-06-02T00:00:30Z"), MailFixtures.smtp(smtp.getSmtp().getPort()));
        MimeMessage mail = smtp.getReceivedMessages()[0];
        Matcher link = Pattern.compile("Unsubscribe from these digests in one click: (\\S+)").matcher(MailFixtures.text(mail));
        assertThat(link.find()).isTrue();
        URI uri = URI.create(link.group(1));
        assertThat(mail.getHeader("List-Unsubscribe")[0]).isEqualTo("<" + uri + ">");
        String token = uri.getQuery().substring("t=".length());

        SecurityContextHolder.clearContext();
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        String tampered = token.substring(0, token.length() - 2) + (token.endsWith("AA") ? "BB" : "AA");
        mvc.perform(get(uri.getPath()).param("t", tampered))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("This unsubscribe link is not valid")));
        assertThat(repository.settings(ids[0]).frequency()).isEqualTo(Frequency.DAILY);

        mvc.perform(get(uri.getPath()).param("t", token))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "Done: uma@example.org will receive no more digest e-mails")));
        assertThat(repository.settings(ids[0]).frequency()).isEqualTo(Frequency.NONE);

        SystemAuthentication.run(() -> {
            report(ids[1], "Another report");
            composer.compose(at("2028-06-02T10:00:00Z"));
            assertThat(composer.compose(at("2028-06-03T00:00:30Z"))).isZero();
        });

        // the RFC 8058 one-click POST of a mail client, for the meeting reminders
        String reminderToken = context.getBean(UnsubscribeLinks.class).token(ids[0], UnsubscribeLinks.Scope.REMINDER);
        mvc.perform(post("/unsubscribe").param("t", reminderToken)
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .content("List-Unsubscribe=One-Click"))
                .andExpect(status().isOk());
        assertThat(repository.settings(ids[0]).meetingReminder()).isFalse();
        assertThat(repository.settings(ids[0]).frequency()).isEqualTo(Frequency.NONE);
    }

    private void report(long item, String narrative) {
        journal.report(item, new StatusReport("IN_PROGRESS", null, null, narrative, null, LocalDate.of(2028, 6, 1),
                List.of(), null));
    }
}
