package org.tsag.tracker.base.database;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Password authentication of the embedded PostgreSQL (issue 19, item 4). The server used to trust
 * every connection on 127.0.0.1, so any local user was its superuser. Now the superuser has a
 * generated password, kept in {@value #PASSWORD_FILE} in the server's data folder (readable by
 * its owner only, 0600), and pg_hba.conf asks for it (scram-sha-256) on every connection.
 * A data folder created by an earlier version (trust) is switched over on its first start with
 * this code: the password file is written first, then the password set, then pg_hba.conf
 * replaced and reloaded, so that an interruption at any point leaves a folder that the next start
 * can still open and finish.
 */
final class EmbeddedPostgresAuth {

    static final String PASSWORD_FILE = "tracker-db-password";
    static final String SUPERUSER = "postgres";
    static final String HBA = """
            # Written by tsag-tracker (issue 19): every connection needs the password of
            # tracker-db-password (scram-sha-256); the server listens on 127.0.0.1 only.
            # TYPE  DATABASE  USER  ADDRESS       METHOD
            local   all       all                 scram-sha-256
            host    all       all   127.0.0.1/32  scram-sha-256
            host    all       all   ::1/128       scram-sha-256
            """;

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresAuth.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private EmbeddedPostgresAuth() {
    }

    /** The password of an already secured (or half-secured) data folder. */
    static Optional<String> readPassword(Path directory) throws IOException {
        Path file = directory.resolve(PASSWORD_FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        String password = Files.readString(file, StandardCharsets.UTF_8).strip();
        return password.isEmpty() ? Optional.empty() : Optional.of(password);
    }

    static boolean hbaRequiresPassword(Path directory) throws IOException {
        Path hba = directory.resolve("pg_hba.conf");
        return Files.isRegularFile(hba) && Files.readString(hba, StandardCharsets.UTF_8).equals(HBA);
    }

    /**
     * Makes sure the running server asks for the password of the data folder, creating and setting
     * one when there is none yet.
     *
     * @param connection a superuser connection (before the switch the server still trusts it)
     * @return the password
     */
    static String secure(Path directory, Optional<String> known, Connection connection) throws IOException, SQLException {
        String password = known.isPresent() ? known.get() : writePassword(directory);
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET password_encryption = 'scram-sha-256'");
        }
        // the SCRAM verifier is computed by the driver: the password itself never reaches the server
        connection.unwrap(PGConnection.class).alterUserPassword(SUPERUSER, password.toCharArray(), "scram-sha-256");
        writeOwnerOnly(directory.resolve("pg_hba.conf"), HBA);
        try (Statement statement = connection.createStatement()) {
            statement.execute("SELECT pg_reload_conf()");
        }
        log.info("The embedded PostgreSQL now asks for a password (scram-sha-256); it is kept in {}",
                directory.resolve(PASSWORD_FILE));
        return password;
    }

    private static String writePassword(Path directory) throws IOException {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        writeOwnerOnly(directory.resolve(PASSWORD_FILE), password + "\n");
        return password;
    }

    /** Writes a file readable by its owner only, durably, replacing it atomically. */
    private static void writeOwnerOnly(Path file, String content) throws IOException {
        Path temporary = file.resolveSibling(file.getFileName() + ".new");
        Files.deleteIfExists(temporary);
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        Set<PosixFilePermission> ownerOnly = PosixFilePermissions.fromString("rw-------");
        if (posix) {
            Files.createFile(temporary, PosixFilePermissions.asFileAttribute(ownerOnly));
        } else {
            Files.createFile(temporary);
        }
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
            channel.write(StandardCharsets.UTF_8.encode(content));
            channel.force(true);
        }
        Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        if (posix) {
            Files.setPosixFilePermissions(file, ownerOnly);
        }
    }
}
