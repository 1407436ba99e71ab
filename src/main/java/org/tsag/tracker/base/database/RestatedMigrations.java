package org.tsag.tracker.base.database;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.CoreErrorCode;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.output.MigrateResult;
import org.flywaydb.core.api.output.ValidateOutput;
import org.flywaydb.core.api.output.ValidateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.stereotype.Component;

/**
 * Migrates like Flyway does, but accepts the released migrations that were later edited on
 * purpose (issue 17: their functions and triggers moved to the repeatable R__ migrations, their
 * {@code [jooq ignore]} markers went). Flyway refuses a database whose applied migrations have
 * another checksum than the files; for the versions in {@link #RESTATED}, and only when the
 * database holds exactly the checksum that was released, the schema history is repaired
 * (the new checksums recorded) before migrating. Any other validation failure still fails. See
 * db/migration/README.md.
 */
@Component
public class RestatedMigrations implements FlywayMigrationStrategy {

    private static final Logger log = LoggerFactory.getLogger(RestatedMigrations.class);

    /** Version → the checksum with which it was released (as in flyway_schema_history at 856f1df). */
    static final Map<String, Integer> RESTATED = Map.ofEntries(
            Map.entry("007", 880501105),
            Map.entry("009", 1814218437),
            Map.entry("010", 891990247),
            Map.entry("030", -1704794115),
            Map.entry("031", -814365243),
            Map.entry("032", -1638049123),
            Map.entry("033", 267777992),
            Map.entry("034", 1054188789),
            Map.entry("040", -424570273),
            Map.entry("050", -291996365),
            Map.entry("051", 1628071018),
            Map.entry("052", -1469658192),
            Map.entry("060", 2130725451),
            Map.entry("070", -2111724032),
            Map.entry("081", 727045558),
            Map.entry("082", 154395718),
            Map.entry("120", -1515808078),
            Map.entry("140", -2094534675));

    /** What validation reports for work that migrate itself does: new or changed migrations. */
    private static final List<CoreErrorCode> PENDING = List.of(
            CoreErrorCode.RESOLVED_VERSIONED_MIGRATION_NOT_APPLIED,
            CoreErrorCode.RESOLVED_REPEATABLE_MIGRATION_NOT_APPLIED,
            CoreErrorCode.OUTDATED_REPEATABLE_MIGRATION);

    @Override
    public void migrate(Flyway flyway) {
        apply(flyway);
    }

    /**
     * Repairs the checksums of restated migrations if that is all that stands in the way, then migrates.
     * When the validation finds nothing to do (every migration applied with its checksum, no pending
     * or changed one), migrate is not called: it would resolve and validate the same scripts a second
     * time and then do nothing (issue 14, start-up).
     */
    public static MigrateResult apply(Flyway flyway) {
        ValidateResult validation = flyway.validateWithResult();
        if (validation.validationSuccessful) {
            log.info("Schema is up to date ({} migrations validated), no migration necessary", validation.validateCount);
            MigrateResult upToDate = new MigrateResult(validation.flywayVersion, validation.database,
                    flyway.getConfiguration().getDefaultSchema(), null);
            upToDate.success = true;
            return upToDate;
        }
        List<String> restated = new ArrayList<>();
        boolean otherFailure = false;
        for (ValidateOutput invalid : validation.invalidMigrations) {
            if (invalid.errorDetails != null && PENDING.contains(invalid.errorDetails.errorCode)) {
                continue;
            }
            if (invalid.errorDetails != null && invalid.errorDetails.errorCode == CoreErrorCode.CHECKSUM_MISMATCH
                    && wasReleasedAs(flyway, invalid.version)) {
                restated.add(invalid.version);
            } else {
                otherFailure = true;
            }
        }
        if (!restated.isEmpty() && !otherFailure) {
            log.info("Recording the new checksums of migrations {}, restated on purpose (db/migration/README.md)",
                    restated);
            flyway.repair();
        }
        // otherwise migrate validates again and fails with Flyway's own message
        return flyway.migrate();
    }

    /** True when the database applied {@code version} with exactly the checksum it was released with. */
    private static boolean wasReleasedAs(Flyway flyway, String version) {
        if (version == null) {
            return false;
        }
        MigrationVersion wanted = MigrationVersion.fromVersion(version);
        Integer released = RESTATED.entrySet().stream()
                .filter(e -> MigrationVersion.fromVersion(e.getKey()).equals(wanted))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(null);
        if (released == null) {
            return false;
        }
        for (MigrationInfo applied : flyway.info().applied()) {
            if (wanted.equals(applied.getVersion())) {
                return Objects.equals(released, applied.getChecksum());
            }
        }
        return false;
    }
}
