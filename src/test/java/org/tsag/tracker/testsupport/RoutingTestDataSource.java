package org.tsag.tracker.testsupport;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;

import javax.sql.DataSource;

/**
 * The DataSource of the shared Spring test context. It hands out connections to the database of
 * the test class that runs now, so that the context is cached while every class gets its own
 * fresh database.
 */
public final class RoutingTestDataSource implements DataSource {

    private static volatile TestDatabases.TestDatabase current;
    private static TestDatabases.TestDatabase fallback;

    /** Routes the shared context to {@code database}; the benchmarks switch between datasets with it. */
    public static void use(TestDatabases.TestDatabase database) {
        current = database;
    }

    public static void reset() {
        current = null;
    }

    private static DataSource target() {
        TestDatabases.TestDatabase database = current;
        if (database != null) {
            return database.dataSource();
        }
        synchronized (RoutingTestDataSource.class) {
            if (fallback == null) {
                fallback = TestDatabases.create();
            }
            return fallback.dataSource();
        }
    }

    /** The database that the running test class uses. */
    public static TestDatabases.TestDatabase currentDatabase() {
        TestDatabases.TestDatabase database = current;
        return database != null ? database : fallback;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return target().getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return target().getConnection(username, password);
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return target().getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        target().setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        target().setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return target().getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        return target().unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return iface.isInstance(this) || target().isWrapperFor(iface);
    }
}
