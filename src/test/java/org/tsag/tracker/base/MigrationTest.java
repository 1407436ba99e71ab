package org.tsag.tracker.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;
import org.tsag.tracker.testsupport.TestDatabases;

/** The migrations build the whole schema on an empty database, and a second run does nothing. */
class MigrationTest {

    @Test
    void migrations_build_the_schema_from_an_empty_database() throws SQLException {
        try (TestDatabases.TestDatabase database = TestDatabases.createEmpty()) {
            MigrateResult first = Flyway.configure()
                    .dataSource(database.dataSource())
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
            assertThat(first.success).isTrue();
            assertThat(first.migrationsExecuted).isGreaterThanOrEqualTo(8);

            MigrateResult second = Flyway.configure()
                    .dataSource(database.dataSource())
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
            assertThat(second.migrationsExecuted).isZero();

            try (Connection connection = database.dataSource().getConnection();
                 Statement statement = connection.createStatement()) {
                assertThat(count(statement, "SELECT count(*) FROM status")).isEqualTo(7);
                assertThat(count(statement, "SELECT count(*) FROM study_period")).isEqualTo(3);
                assertThat(count(statement, "SELECT count(*) FROM entity WHERE code IN ('TSB','TSAG','COUNCIL')")).isEqualTo(3);
                assertThat(count(statement, """
                        SELECT count(*) FROM information_schema.tables
                         WHERE table_schema = 'public'
                           AND table_name IN ('study_period', 'assembly', 'entity', 'resolution', 'resolution_revision',
                                              'section', 'clause', 'action_plan', 'action_item', 'meeting', 'status_event')
                        """)).isEqualTo(11);
            }
        }
    }

    private static long count(Statement statement, String sql) throws SQLException {
        try (ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
