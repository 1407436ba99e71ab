package org.tsag.tracker.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import java.util.zip.GZIPInputStream;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tsag.tracker.base.database.RestatedMigrations;
import org.tsag.tracker.testsupport.TestDatabases;

/**
 * An existing database of the last release migrates to the schema that a new database gets. The
 * fixture is a plain-SQL dump (pg_dump --inserts) of the demo database as main's head 856f1df left
 * it: Flyway history V001–V160, 46 items, 190 status events, the functions and triggers as the V
 * migrations of that release wrote them. Restored into an empty database, it is migrated with the
 * application's strategy ({@link RestatedMigrations}: the released migrations that issue 17 edited
 * have other checksums now), and its catalog must then equal that of a database migrated from empty.
 */
class MigrationFromReleaseTest {

    private static final String DUMP = "/db/release/demo-856f1df.sql.gz";

    private static TestDatabases.TestDatabase fromEmpty;

    @BeforeAll
    static void migrateFromEmpty() {
        fromEmpty = TestDatabases.createEmpty();
        flyway(fromEmpty.dataSource()).migrate();
    }

    @AfterAll
    static void drop() {
        fromEmpty.close();
    }

    @Test
    void the_released_demo_database_migrates_to_the_schema_of_a_new_one() throws SQLException {
        try (TestDatabases.TestDatabase released = restoredRelease()) {
            MigrateResult result = RestatedMigrations.apply(flyway(released.dataSource()));

            assertThat(result.success).isTrue();
            // the V migrations newer than the release (V161 on), then every repeatable one
            assertThat(result.migrations).filteredOn(m -> m.version != null && !m.version.isEmpty())
                    .allSatisfy(m -> assertThat(Double.parseDouble(m.version)).isGreaterThan(160));
            assertThat(result.migrations).filteredOn(m -> m.version == null || m.version.isEmpty())
                    .extracting(m -> m.description).containsExactly(
                    "10 shared functions", "20 status journal", "30 audit", "40 item deadline",
                    "50 live notify", "60 notification capture", "70 item search");
            assertThat(catalog(released.dataSource())).containsExactlyElementsOf(catalog(fromEmpty.dataSource()));
            // the history now records the checksums of the files, so a second start does nothing
            assertThat(flyway(released.dataSource()).validateWithResult().validationSuccessful).isTrue();
            assertThat(flyway(released.dataSource()).migrate().migrationsExecuted).isZero();
        }
    }

    @Test
    void the_data_stays_and_the_triggers_of_the_repeatable_migrations_work() throws SQLException {
        try (TestDatabases.TestDatabase released = restoredRelease()) {
            RestatedMigrations.apply(flyway(released.dataSource()));

            try (Connection connection = released.dataSource().getConnection();
                 Statement statement = connection.createStatement()) {
                assertThat(longValue(statement, "SELECT count(*) FROM action_item")).isEqualTo(46);
                assertThat(longValue(statement, "SELECT count(*) FROM status_event")).isEqualTo(190);
                long item = longValue(statement, """
                        SELECT id FROM action_item
                         WHERE current_status IS DISTINCT FROM 'COMPLETED' AND NOT internal
                         ORDER BY id LIMIT 1""");
                long notificationsBefore = longValue(statement, "SELECT count(*) FROM notification_change");

                statement.execute("SELECT set_config('tracker.actor', 'migration-test', false)");
                statement.execute("""
                        INSERT INTO status_event (action_item_id, status, progress, rag, occurred_on, author, narrative)
                        VALUES (%d, 'COMPLETED', 100, 'GREEN', current_date + 1, 'migration-test', 'after the upgrade')"""
                        .formatted(item));

                // set_current_event (R__20) copied the event onto the item
                assertThat(longValue(statement, """
                        SELECT count(*) FROM action_item i JOIN status_event e ON e.id = i.current_event_id
                         WHERE i.id = %d AND e.narrative = 'after the upgrade'
                           AND i.current_status = 'COMPLETED' AND i.current_progress = 100 AND i.current_rag = 'GREEN'"""
                        .formatted(item))).isEqualTo(1);
                // notification_capture_status_event (R__60) told of it
                assertThat(longValue(statement, "SELECT count(*) FROM notification_change"))
                        .isEqualTo(notificationsBefore + 1);
                // the derived update of the item was not audited (R__30's WHEN clause)
                assertThat(longValue(statement, """
                        SELECT count(*) FROM audit_log WHERE actor = 'migration-test' AND table_name = 'action_item'"""))
                        .isZero();
                // the journal is still append-only (R__20)
                assertThatThrownBy(() -> statement.execute("UPDATE status_event SET narrative = 'rewritten'"))
                        .isInstanceOf(SQLException.class)
                        .hasMessageContaining("append-only");
                // the roll-up function (R__20) answers for a parent
                assertThat(longValue(statement, """
                        SELECT count(*) FROM action_item p
                         WHERE EXISTS (SELECT 1 FROM action_item c WHERE c.parent_id = p.id)
                           AND item_rollup(p.id, true) IS NOT NULL""")).isPositive();
            }
        }
    }

    @Test
    void an_up_to_date_database_is_validated_once_and_not_migrated() throws SQLException {
        try (TestDatabases.TestDatabase database = TestDatabases.createEmpty()) {
            MigrateResult first = RestatedMigrations.apply(flyway(database.dataSource()));
            assertThat(first.migrationsExecuted).isPositive();
            long history;
            try (Connection connection = database.dataSource().getConnection();
                 Statement statement = connection.createStatement()) {
                history = longValue(statement, "SELECT count(*) FROM flyway_schema_history");
            }

            // the start-up path (issue 14): everything applied with its checksum, so migrate is not called
            MigrateResult second = RestatedMigrations.apply(flyway(database.dataSource()));

            assertThat(second.success).isTrue();
            assertThat(second.migrationsExecuted).isZero();
            try (Connection connection = database.dataSource().getConnection();
                 Statement statement = connection.createStatement()) {
                assertThat(longValue(statement, "SELECT count(*) FROM flyway_schema_history")).isEqualTo(history);
            }
        }
    }

    @Test
    void another_checksum_mismatch_still_fails() throws SQLException {
        try (TestDatabases.TestDatabase released = restoredRelease()) {
            try (Connection connection = released.dataSource().getConnection();
                 Statement statement = connection.createStatement()) {
                // V130 was not restated; V007 was, but not from this checksum
                statement.execute("UPDATE flyway_schema_history SET checksum = 42 WHERE version IN ('130', '007')");
            }
            assertThatThrownBy(() -> RestatedMigrations.apply(flyway(released.dataSource())))
                    .isInstanceOf(FlywayValidateException.class)
                    .hasMessageContaining("130");
        }
    }

    private static Flyway flyway(DataSource dataSource) {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load();
    }

    private static TestDatabases.TestDatabase restoredRelease() throws SQLException {
        TestDatabases.TestDatabase database = TestDatabases.createEmpty();
        String dump;
        try (InputStream in = new GZIPInputStream(MigrationFromReleaseTest.class.getResourceAsStream(DUMP))) {
            dump = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // the dump sets an empty search_path for its session: a connection of its own, closed after
        try (Connection connection = database.dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute(dump);
            statement.execute("DISCARD ALL");
        }
        database.dataSource().getHikariPoolMXBean().softEvictConnections();
        return database;
    }

    /** Columns, constraints, indexes, functions and triggers of the public schema, Flyway's table aside. */
    private static List<String> catalog(DataSource dataSource) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement()) {
            rows.addAll(rows(statement, """
                    SELECT 'column', table_name, lpad(ordinal_position::text, 3, '0'), column_name, data_type,
                           coalesce(character_maximum_length::text, ''), is_nullable, coalesce(column_default, ''),
                           coalesce(generation_expression, ''), is_identity, coalesce(collation_name, '')
                      FROM information_schema.columns
                     WHERE table_schema = 'public' AND table_name <> 'flyway_schema_history'
                     ORDER BY table_name, ordinal_position"""));
            // casts and parentheses left out of constraints: the fixture was dumped by pg_dump 15 (the
            // zonky binaries have no pg_dump) from a PostgreSQL 15 server, and PostgreSQL 17 parses the
            // CHECK (x IN (...)) of a varchar column that 15 wrote out into an equal but other-looking
            // expression; the dump is faithful in everything else
            rows.addAll(rows(statement, """
                    SELECT 'constraint', t.relname, c.conname,
                           regexp_replace(regexp_replace(pg_get_constraintdef(c.oid),
                                                         '::(character varying|text)(\\[\\])?', '', 'g'),
                                          '[()]', '', 'g')
                      FROM pg_constraint c
                      JOIN pg_class t ON t.oid = c.conrelid
                      JOIN pg_namespace n ON n.oid = t.relnamespace
                     WHERE n.nspname = 'public' AND t.relname <> 'flyway_schema_history'
                     ORDER BY t.relname, c.conname"""));
            rows.addAll(rows(statement, """
                    SELECT 'index', tablename, indexname, indexdef
                      FROM pg_indexes
                     WHERE schemaname = 'public' AND tablename <> 'flyway_schema_history'
                     ORDER BY tablename, indexname"""));
            rows.addAll(rows(statement, """
                    SELECT 'function', p.proname, pg_get_function_identity_arguments(p.oid), pg_get_functiondef(p.oid)
                      FROM pg_proc p
                      JOIN pg_namespace n ON n.oid = p.pronamespace
                     WHERE n.nspname = 'public'
                     ORDER BY p.proname, 3"""));
            rows.addAll(rows(statement, """
                    SELECT 'trigger', c.relname, t.tgname, pg_get_triggerdef(t.oid), t.tgenabled::text
                      FROM pg_trigger t
                      JOIN pg_class c ON c.oid = t.tgrelid
                      JOIN pg_namespace n ON n.oid = c.relnamespace
                     WHERE n.nspname = 'public' AND NOT t.tgisinternal
                     ORDER BY c.relname, t.tgname"""));
            rows.addAll(rows(statement, """
                    SELECT 'view', table_name, view_definition
                      FROM information_schema.views
                     WHERE table_schema = 'public'
                     ORDER BY table_name"""));
        }
        return rows;
    }

    /** Each row as one line, its values separated by " | ". */
    private static List<String> rows(Statement statement, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery(sql)) {
            ResultSetMetaData meta = rs.getMetaData();
            while (rs.next()) {
                StringJoiner row = new StringJoiner(" | ");
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    row.add(String.valueOf(rs.getString(i)));
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }

    private static long longValue(Statement statement, String sql) throws SQLException {
        try (ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
