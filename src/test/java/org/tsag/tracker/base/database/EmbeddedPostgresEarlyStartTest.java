package org.tsag.tracker.base.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.bootstrap.DefaultBootstrapContext;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.mock.env.MockEnvironment;

/** The start-up speed-up: Application.main boots the embedded PostgreSQL before Spring needs it. */
class EmbeddedPostgresEarlyStartTest {

    private static final String[] NO_ARGS = {};

    @Test
    void the_server_booted_early_is_the_one_the_application_connects_to(@TempDir Path dataDir) throws Exception {
        MockEnvironment environment = new MockEnvironment().withProperty("tracker.data-dir", dataDir.toString());
        GenericApplicationContext context = prepare(environment);

        EmbeddedPostgresEarlyStart.Started started = context.getBean(EmbeddedPostgresEarlyStart.Started.class);
        try (EmbeddedPostgresServer server = started.take(dataDir.resolve("postgres")).orElseThrow();
             Connection connection = DriverManager.getConnection(server.jdbcUrl(), server.username(), server.password());
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT current_database()")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("tracker");
            assertThat(server.dataDirectory()).isEqualTo(dataDir.resolve("postgres").toAbsolutePath().normalize());
        }
    }

    @Test
    void nothing_boots_when_an_external_database_is_configured(@TempDir Path dataDir) {
        MockEnvironment environment = new MockEnvironment().withProperty("tracker.data-dir", dataDir.toString())
                .withProperty("spring.datasource.url", "jdbc:postgresql://db:5432/tracker");
        GenericApplicationContext context = prepare(environment);

        assertThat(context.getBeanProvider(EmbeddedPostgresEarlyStart.Started.class).getIfAvailable()).isNull();
        assertThat(dataDir.resolve("postgres")).doesNotExist();
    }

    private static GenericApplicationContext prepare(MockEnvironment environment) {
        EmbeddedPostgresEarlyStart listener = new EmbeddedPostgresEarlyStart();
        SpringApplication application = new SpringApplication();
        listener.onApplicationEvent(new ApplicationEnvironmentPreparedEvent(new DefaultBootstrapContext(), application, NO_ARGS, environment));
        GenericApplicationContext context = new GenericApplicationContext();
        listener.onApplicationEvent(new ApplicationPreparedEvent(application, NO_ARGS, context));
        context.refresh();
        return context;
    }
}
