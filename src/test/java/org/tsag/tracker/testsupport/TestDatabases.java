package org.tsag.tracker.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;

/**
 * One real PostgreSQL cluster per test JVM, a template database migrated once, and a fresh
 * database cloned from it for each test class (a clone takes milliseconds).
 */
public final class TestDatabases {

    private static final String TEMPLATE = "tracker_template";
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static EmbeddedPostgres cluster;

    private TestDatabases() {
    }

    private static synchronized EmbeddedPostgres cluster() {
        if (cluster == null) {
            try {
                cluster = EmbeddedPostgres.builder()
                        .setLocaleConfig("locale", "C")
                        .setLocaleConfig("encoding", "UTF8")
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off")
                        .setServerConfig("max_connections", "300")
                        .setPGStartupWait(Duration.ofSeconds(60))
                        .start();
                execute("CREATE DATABASE " + TEMPLATE + " ENCODING 'UTF8' TEMPLATE template0");
                try (HikariDataSource template = dataSource(TEMPLATE)) {
                    Flyway.configure()
                            .dataSource(template)
                            .locations("classpath:db/migration")
                            .load()
                            .migrate();
                }
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        cluster.close();
                    } catch (IOException ignored) {
                        // the JVM is going away anyway
                    }
                }));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return cluster;
    }

    /** A new, migrated, empty database. */
    public static TestDatabase create() {
        cluster();
        String name = "test_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
        execute("CREATE DATABASE " + name + " TEMPLATE " + TEMPLATE);
        return new TestDatabase(name, dataSource(name));
    }

    /** A new database with no schema at all, for the migration test. */
    public static TestDatabase createEmpty() {
        cluster();
        String name = "empty_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
        execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
        return new TestDatabase(name, dataSource(name));
    }

    static void drop(String name) {
        execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    public static String jdbcUrl(String database) {
        return cluster().getJdbcUrl("postgres", database);
    }

    private static HikariDataSource dataSource(String database) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(cluster().getJdbcUrl("postgres", database));
        dataSource.setUsername("postgres");
        dataSource.setMaximumPoolSize(8);
        dataSource.setMinimumIdle(0);
        dataSource.setPoolName(database);
        return dataSource;
    }

    private static void execute(String sql) {
        DataSource admin = cluster.getPostgresDatabase();
        try (Connection connection = admin.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    /** A database of one test class; closing it drops it. */
    public record TestDatabase(String name, HikariDataSource dataSource) implements AutoCloseable {
        @Override
        public void close() {
            dataSource.close();
            drop(name);
        }
    }
}
