import java.nio.file.Path;
import java.time.Duration;

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
 * Run by the build (maven-antrun-plugin, generate-sources) as a single-file source program:
 * {@code java -cp <runtime classpath + jooq-codegen> src/build/JooqCodegen.java <migrations> <target dir> <package>}.
 * The build skips it when neither the migrations, this file nor the jOOQ version changed since the
 * last generation (pom.xml, a SHA-256 beside the target folder).
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

        long started = System.nanoTime();
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
    }
}
