package org.tsag.tracker.notification;

import org.tsag.tracker.status.StatusJournal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.tsag.tracker.db.Tables.DIGEST_RUN;
import static org.tsag.tracker.db.Tables.MAIL_OUTBOX;
import static org.tsag.tracker.notification.MailFixtures.at;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.jooq.DSLContext;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.security.test.context.support.WithMockUser;
import org.tsag.tracker.item.ItemService;
import org.tsag.tracker.item.NewItem;
import org.tsag.tracker.item.NewPlan;
import org.tsag.tracker.status.StatusReport;
import org.tsag.tracker.security.UserService;
import org.tsag.tracker.testsupport.IntegrationTest;

/**
 * Never duplicated, never lost: composing again (as after a restart, even with the composer's
 * progress lost) adds nothing and sends nothing twice; an e-mail the server refused is retried
 * after a pause and recorded as sent once it goes through; one that keeps failing is marked failed
 * and an admin can send it again.
 */
@IntegrationTest
@WithMockUser(username = "admin@example.org", roles = {"ADMIN", "CHAIR", "TSB"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OutboxDeliveryTest {

    @Autowired
    ItemService items;

    @Autowired
    StatusJournal journal;
    @Autowired
    UserService users;
    @Autowired
    NotificationAdminService admin;
    @Autowired
    NotificationRepository repository;
    @Autowired
    DigestComposer composer;
    @Autowired
    OutboxSender sender;
    @Autowired
    DSLContext dsl;

    @Test
    @Order(1)
    void a_digest_is_composed_and_sent_once_whatever_runs_again() throws Exception {
        long owner = users.create("olga@example.org", "Olga Owner", "a-long-password-1", List.of("TSB"));
        items.createPlan(new NewPlan("OD", "Outbox plan", null, "TSB", null, "AVERAGE", true));
        long item = item("OD-1", "Olga Owner");
        repository.forgetChanges();
        composer.compose(at("2028-05-02T00:00:05Z"));
        report(item, "First report");
        composer.compose(at("2028-05-02T10:00:00Z"));
        assertThat(composer.compose(at("2028-05-03T00:00:30Z"))).isEqualTo(1);

        GreenMail server = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        try {
            JavaMailSenderImpl smtp = MailFixtures.smtp(server.getSmtp().getPort());
            assertThat(sender.sendDue(at("2028-05-03T00:00:30Z"), smtp)).isEqualTo(1);
            // the same minute again, a later run, and a "restarted" composer whose progress was lost
            assertThat(composer.compose(at("2028-05-03T00:00:30Z"))).isZero();
            assertThat(composer.compose(at("2028-05-03T00:05:00Z"))).isZero();
            dsl.deleteFrom(DIGEST_RUN).execute();
            composer.compose(at("2028-05-02T23:00:00Z"));
            dsl.update(DIGEST_RUN).set(DIGEST_RUN.COMPOSED_UNTIL, DigestQuery.utc(at("2028-05-02T00:00:00Z"))).execute();
            assertThat(composer.compose(at("2028-05-03T00:10:00Z"))).isZero();
            assertThat(sender.sendDue(at("2028-05-03T00:10:00Z"), smtp)).isZero();
            assertThat(server.getReceivedMessages()).hasSize(1);
            assertThat(server.getReceivedMessages()[0].getSubject()).contains("daily digest for 2 May 2028");
        } finally {
            server.stop();
        }
        var row = dsl.selectFrom(MAIL_OUTBOX).where(MAIL_OUTBOX.USER_ID.eq(owner)).fetchSingle();
        assertThat(row.getState()).isEqualTo("SENT");
        assertThat(row.getAttempts()).isEqualTo(1);
        assertThat(row.getSentAt().toInstant()).isEqualTo(at("2028-05-03T00:00:30Z"));
    }

    @Test
    @Order(2)
    void an_email_the_server_refused_is_sent_on_a_later_attempt() throws Exception {
        long item = items.findItemId("OD", "OD-1").orElseThrow();
        report(item, "Second report");
        composer.compose(at("2028-05-03T10:00:00Z"));
        assertThat(composer.compose(at("2028-05-04T00:00:30Z"))).isEqualTo(1);

        int port = freePort();
        JavaMailSenderImpl smtp = MailFixtures.smtp(port);
        Instant first = at("2028-05-04T00:00:30Z");
        // nothing listens on the port yet: the connection is refused
        assertThat(sender.sendDue(first, smtp)).isZero();
        var failed = latest();
        assertThat(failed.getState()).isEqualTo("PENDING");
        assertThat(failed.getAttempts()).isEqualTo(1);
        assertThat(failed.getLastError()).contains("MailSendException");
        assertThat(failed.getNextAttemptAt().toInstant()).isEqualTo(first.plusSeconds(60));
        assertThat(admin.outbox(true, 0, 10)).extracting(OutboxEntry::id).containsExactly(failed.getId());

        GreenMail server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        try {
            // not yet due: the pause after a failure is a minute
            assertThat(sender.sendDue(first.plusSeconds(30), smtp)).isZero();
            assertThat(server.getReceivedMessages()).isEmpty();
            assertThat(sender.sendDue(first.plusSeconds(61), smtp)).isEqualTo(1);
            assertThat(server.getReceivedMessages()).hasSize(1);
            assertThat(server.getReceivedMessages()[0].getSubject()).contains("3 May 2028");
        } finally {
            server.stop();
        }
        var sent = latest();
        assertThat(sent.getState()).isEqualTo("SENT");
        assertThat(sent.getAttempts()).isEqualTo(2);
        assertThat(sent.getLastError()).isNull();
        assertThat(admin.outbox(true, 0, 10)).isEmpty();
    }

    @Test
    @Order(3)
    void an_email_that_keeps_failing_is_marked_failed_and_can_be_sent_again() throws Exception {
        long item = items.findItemId("OD", "OD-1").orElseThrow();
        report(item, "Third report");
        composer.compose(at("2028-05-04T10:00:00Z"));
        composer.compose(at("2028-05-05T00:00:30Z"));
        int port = freePort();
        JavaMailSenderImpl smtp = MailFixtures.smtp(port);
        Instant now = at("2028-05-05T00:00:30Z");
        for (int attempt = 1; attempt <= 12; attempt++) {
            assertThat(sender.sendDue(now, smtp)).isZero();
            now = latest().getNextAttemptAt().toInstant();
        }
        var failed = latest();
        assertThat(failed.getState()).isEqualTo("FAILED");
        assertThat(failed.getAttempts()).isEqualTo(12);
        assertThat(admin.summary().count("FAILED")).isEqualTo(1);
        // the pause doubled each time, up to six hours
        assertThat(failed.getNextAttemptAt().toInstant()).isAfter(at("2028-05-06T00:00:00Z"));
        assertThat(sender.sendDue(now.plusSeconds(86_400), smtp)).isZero();

        assertThat(admin.resend(failed.getId())).isTrue();
        GreenMail server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        try {
            assertThat(sender.sendDue(Instant.now().plusSeconds(1), smtp)).isEqualTo(1);
            assertThat(server.getReceivedMessages()).hasSize(1);
        } finally {
            server.stop();
        }
        assertThat(latest().getState()).isEqualTo("SENT");
    }

    private org.tsag.tracker.db.tables.records.MailOutboxRecord latest() {
        return dsl.selectFrom(MAIL_OUTBOX).orderBy(MAIL_OUTBOX.ID.desc()).limit(1).fetchSingle();
    }

    private long item(String code, String owner) {
        return items.createItem(new NewItem("OD", code, null, "Outbox item " + code, null, List.of("SG"), List.of(),
                List.of("TSAG"), List.of(), owner, null, LocalDate.of(2028, 12, 1), null, "MEDIUM", "2025-2028", 1,
                false, true));
    }

    private void report(long item, String narrative) {
        journal.report(item, new StatusReport("IN_PROGRESS", null, null, narrative, null, LocalDate.of(2028, 5, 2),
                List.of(), null));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
