package org.tsag.tracker.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.support.StaticApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;
import org.tsag.tracker.base.database.EmbeddedPostgresServer;
import org.tsag.tracker.testsupport.IntegrationTest;

/**
 * Issue 19, item 7: demo accounts (passwords in the log) only on the embedded demo run, never on an
 * external database, and loudly. The test context's database stands for an external one: it has
 * no embedded server.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@WithMockUser(username = "admin@example.org", roles = "ADMIN")
class DemoUsersTest {

    @Autowired
    DemoUsers demoUsers;

    @Autowired
    DemoAccounts demoAccounts;

    @Autowired
    UserRepository repository;

    @Autowired
    PasswordEncoder encoder;

    @Test
    @Order(1)
    void on_an_external_database_no_demo_accounts_are_created(CapturedOutput output) {
        assertThat(demoUsers.create()).isFalse();
        assertThat(demoAccounts.present()).isFalse();
        assertThat(output).contains("No demo accounts are created: the database is an external one");
    }

    @Test
    @Order(2)
    void on_the_embedded_demo_run_they_are_created_and_announced(CapturedOutput output) {
        StaticApplicationContext beans = new StaticApplicationContext();
        beans.getBeanFactory().registerSingleton("embedded", mock(EmbeddedPostgresServer.class));
        ObjectProvider<EmbeddedPostgresServer> embedded = beans.getBeanProvider(EmbeddedPostgresServer.class);
        DemoUsers onEmbedded = new DemoUsers(repository, encoder, embedded);

        assertThat(onEmbedded.create()).isTrue();
        assertThat(output).contains("DEMO ACCOUNTS CREATED").contains("chair@demo.tracker.local");
        assertThat(demoAccounts.present()).isTrue();
        demoAccounts.warnOnStart();
        assertThat(output).contains("This server has demo accounts");
        // a second run creates nothing more
        assertThat(onEmbedded.create()).isFalse();
    }
}
