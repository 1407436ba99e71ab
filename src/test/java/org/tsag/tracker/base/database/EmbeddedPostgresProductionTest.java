package org.tsag.tracker.base.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19, item 4: the embedded server the application starts is durable and asks for a password;
 * a data folder made by an earlier version (trust authentication) is switched over and keeps its data.
 */
class EmbeddedPostgresProductionTest {

    @Test
    void the_server_is_durable_listens_on_loopback_and_asks_for_a_password(@TempDir Path dataDir) throws Exception {
        Path directory = dataDir.resolve("postgres");
        String password;
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(directory)) {
            password = server.password();
            assertThat(password).hasSizeGreaterThanOrEqualTo(24);
            try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), server.username(), password)) {
                assertThat(show(connection, "fsync")).isEqualTo("on");
                assertThat(show(connection, "synchronous_commit")).isEqualTo("on");
                assertThat(show(connection, "full_page_writes")).isEqualTo("on");
                assertThat(show(connection, "listen_addresses")).isEqualTo("127.0.0.1");
                assertThat(show(connection, "password_encryption")).isEqualTo("scram-sha-256");
                assertThat(query(connection, "SELECT rolpassword FROM pg_authid WHERE rolname = 'postgres'"))
                        .startsWith("SCRAM-SHA-256$");
            }
            assertRefusedWithout(server, password);
        }
        Path file = directory.resolve(EmbeddedPostgresAuth.PASSWORD_FILE);
        assertThat(Files.readString(file).strip()).isEqualTo(password);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Files.readString(directory.resolve("pg_hba.conf"))).contains("scram-sha-256").doesNotContain("trust");

        // a restart reads the password from the folder
        try (EmbeddedPostgresServer again = EmbeddedPostgresServer.start(directory);
             Connection connection = DriverManager.getConnection(again.jdbcUrl(), again.username(), again.password())) {
            assertThat(again.password()).isEqualTo(password);
            assertThat(show(connection, "fsync")).isEqualTo("on");
        }
    }

    @Test
    void a_data_folder_created_under_trust_is_switched_to_a_password_and_keeps_its_data(@TempDir Path dataDir) throws Exception {
        Path directory = dataDir.resolve("postgres");
        // what earlier versions made: trust authentication, no password
        try (EmbeddedPostgres legacy = EmbeddedPostgres.builder().setDataDirectory(directory).setCleanDataDirectory(false)
                .setLocaleConfig("locale", "C").setLocaleConfig("encoding", "UTF8")
                .setPGStartupWait(Duration.ofSeconds(60)).start();
             Connection connection = legacy.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE tracker ENCODING 'UTF8' TEMPLATE template0");
        }
        try (EmbeddedPostgres legacy = EmbeddedPostgres.builder().setDataDirectory(directory).setCleanDataDirectory(false)
                .setPGStartupWait(Duration.ofSeconds(60)).start();
             Connection connection = legacy.getDatabase("postgres", "tracker").getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE kept (v text)");
            statement.execute("INSERT INTO kept VALUES ('from before')");
        }
        assertThat(Files.readString(directory.resolve("pg_hba.conf"))).contains("trust");

        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(directory)) {
            try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), server.username(), server.password())) {
                assertThat(query(connection, "SELECT v FROM kept")).isEqualTo("from before");
            }
            assertRefusedWithout(server, server.password());
        }
        assertThat(Files.readString(directory.resolve("pg_hba.conf"))).doesNotContain("trust");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(
                directory.resolve(EmbeddedPostgresAuth.PASSWORD_FILE)))).isEqualTo("rw-------");
    }

    @Test
    void tests_turn_durability_off_only_when_they_say_so(@TempDir Path dataDir) throws Exception {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir.resolve("postgres"), true);
             Connection connection = DriverManager.getConnection(server.jdbcUrl(), server.username(), server.password())) {
            assertThat(show(connection, "fsync")).isEqualTo("off");
            assertThat(show(connection, "synchronous_commit")).isEqualTo("off");
        }
    }

    private static void assertRefusedWithout(EmbeddedPostgresServer server, String password) {
        String url = "jdbc:postgresql://127.0.0.1:" + server.port() + "/tracker";
        assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", "").close())
                .isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", password + "x").close())
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("password authentication failed");
    }

    private static String show(Connection connection, String setting) throws SQLException {
        return query(connection, "SHOW " + setting);
    }

    private static String query(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            assertThat(rs.next()).isTrue();
            return rs.getString(1);
        }
    }
}
