import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.jooq.codegen.GenerationTool;
import org.jooq.meta.jaxb.Configuration;
import org.jooq.meta.jaxb.Database;
import org.jooq.meta.jaxb.Generate;
import org.jooq.meta.jaxb.Generator;
import org.jooq.meta.jaxb.Jdbc;
import org.jooq.meta.jaxb.Target;

/**
 * The jOOQ classes of org.tsag.tracker.db, generated from a real database: starts the embedded
 * PostgreSQL that the application itself uses, runs Flyway on db/migration, reads the migrated
 * schema with jOOQ's PostgresDatabase and stops the server again. No Docker, no network.
 * <p>
 * Run by the build (exec-maven-plugin, generate-sources) as a single-file source program:
 * {@code java -cp <runtime classpath + jooq-codegen> src/build/JooqCodegen.java <migrations> <target dir> <package>}.
 * When neither the migrations nor this file changed since the last generation (a SHA-256 over both,
 * kept beside the target folder), it does nothing.
 */
public final class JooqCodegen {

    private JooqCodegen() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: JooqCodegen <migration dir> <target dir> <package>");
        }
        Path migrations = Path.of(args[0]).toAbsolutePath().normalize();
        Path target = Path.of(args[1]).toAbsolutePath().normalize();
        String packageName = args[2];

        Path stamp = target.resolveSibling(target.getFileName() + ".inputs.sha256");
        String inputs = inputsHash(migrations);
        Path marker = target.resolve(packageName.replace('.', '/')).resolve("Tables.java");
        if (Files.isRegularFile(marker) && Files.isRegularFile(stamp)
                && Files.readString(stamp, StandardCharsets.UTF_8).trim().equals(inputs)) {
            System.out.println("[jooq-codegen] up to date with " + migrations + " (" + inputs.substring(0, 12) + ")");
            return;
        }

        long started = System.nanoTime();
        Files.deleteIfExists(stamp);
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setLocaleConfig("locale", "C")
                .setLocaleConfig("encoding", "UTF8")
                .setServerConfig("fsync", "off")
                .setServerConfig("synchronous_commit", "off")
                .setServerConfig("full_page_writes", "off")
                .setPGStartupWait(Duration.ofSeconds(60))
                .start()) {
            int applied = Flyway.configure()
                    .dataSource(postgres.getPostgresDatabase())
                    .locations("filesystem:" + migrations)
                    .load()
                    .migrate()
                    .migrationsExecuted;

            GenerationTool.generate(new Configuration()
                    .withJdbc(new Jdbc()
                            .withDriver("org.postgresql.Driver")
                            .withUrl(postgres.getJdbcUrl("postgres", "postgres"))
                            .withUser("postgres"))
                    .withGenerator(new Generator()
                            .withDatabase(new Database()
                                    .withName("org.jooq.meta.postgres.PostgresDatabase")
                                    .withInputSchema("public")
                                    .withOutputSchemaToDefault(true)
                                    .withExcludes("flyway_schema_history"))
                            .withGenerate(new Generate()
                                    .withRecords(true)
                                    .withPojos(false)
                                    .withJavaTimeTypes(true)
                                    .withFluentSetters(false))
                            .withTarget(new Target()
                                    .withPackageName(packageName)
                                    .withDirectory(target.toString()))));
            System.out.printf("[jooq-codegen] %d migrations applied, classes generated in %d ms%n",
                    applied, Duration.ofNanos(System.nanoTime() - started).toMillis());
        }
        Files.writeString(stamp, inputs + System.lineSeparator(), StandardCharsets.UTF_8);
    }

    /** SHA-256 over the names and contents of the migrations, this program and the jOOQ version. */
    private static String inputsHash(Path migrations) throws IOException, NoSuchAlgorithmException {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        List<Path> files;
        try (Stream<Path> stream = Files.list(migrations)) {
            files = stream.filter(p -> p.getFileName().toString().endsWith(".sql")).sorted().toList();
        }
        for (Path file : files) {
            digest.update(file.getFileName().toString().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(Files.readAllBytes(file));
            digest.update((byte) 0);
        }
        // this program (the build runs it from the project folder) and the jOOQ version that generates
        digest.update(Files.readAllBytes(Path.of("src/build/JooqCodegen.java")));
        digest.update(org.jooq.Constants.FULL_VERSION.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest.digest());
    }
}
