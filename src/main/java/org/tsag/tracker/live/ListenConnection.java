package org.tsag.tracker.live;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.core.env.Environment;

/**
 * Opens the listener's own JDBC connection, outside the connection pool: a pooled connection would
 * be handed to other work between two polls, and LISTEN belongs to the session. The address and
 * credentials are those of the application's DataSource (embedded or external PostgreSQL alike),
 * or else of {@code spring.datasource.*}.
 *
 * @param url        the JDBC URL
 * @param properties user, password and driver settings
 */
public record ListenConnection(String url, Properties properties) {

    /** The name the listener's session shows in {@code pg_stat_activity.application_name}. */
    public static final String APPLICATION_NAME = "tracker-live-listener";

    public ListenConnection {
        Properties copy = new Properties();
        copy.putAll(properties);
        copy.setProperty("ApplicationName", APPLICATION_NAME);
        // a dead peer is noticed by the keep-alive and by the listener's own checks, not by a read timeout
        copy.setProperty("tcpKeepAlive", "true");
        copy.putIfAbsent("connectTimeout", "10");
        properties = copy;
    }

    /** The connection settings of {@code dataSource} (a Hikari pool), or else of the Spring properties; empty if neither is known. */
    public static Optional<ListenConnection> of(DataSource dataSource, Environment environment) {
        HikariDataSource hikari = unwrap(dataSource);
        if (hikari != null && hikari.getJdbcUrl() != null) {
            Properties properties = new Properties();
            properties.putAll(hikari.getDataSourceProperties());
            put(properties, "user", hikari.getUsername());
            put(properties, "password", hikari.getPassword());
            return Optional.of(new ListenConnection(hikari.getJdbcUrl(), properties));
        }
        String url = environment.getProperty("spring.datasource.url");
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        put(properties, "user", environment.getProperty("spring.datasource.username"));
        put(properties, "password", environment.getProperty("spring.datasource.password"));
        return Optional.of(new ListenConnection(url, properties));
    }

    private static HikariDataSource unwrap(DataSource dataSource) {
        if (dataSource instanceof HikariDataSource hikari) {
            return hikari;
        }
        try {
            return dataSource.isWrapperFor(HikariDataSource.class) ? dataSource.unwrap(HikariDataSource.class) : null;
        } catch (SQLException e) {
            return null;
        }
    }

    private static void put(Properties properties, String key, String value) {
        if (value != null) {
            properties.setProperty(key, value);
        }
    }

    public Connection open() throws SQLException {
        Connection connection = DriverManager.getConnection(url, properties);
        connection.setAutoCommit(true);
        return connection;
    }

    /** The URL without credentials, for the log. */
    public String describe() {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }
}
