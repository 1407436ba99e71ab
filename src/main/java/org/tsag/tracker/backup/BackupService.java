package org.tsag.tracker.backup;

import java.io.InputStream;
import java.io.OutputStream;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import org.tsag.tracker.base.Roles;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Full JSON backup of all data, for moving the tracker to another server: {@link #exportTo} writes
 * every table (in foreign-key order, rows in primary-key order, ids kept), {@link #importFrom}
 * reads such a file into a new, empty database in one transaction, or refuses and writes
 * nothing. Both for admins only. For routine backups of one server, {@code pg_dump} is the tool;
 * see the README.
 */
@Service
public class BackupService {

    static final String FORMAT = "tsag-tracker-backup";
    static final int FORMAT_VERSION = 1;
    private static final int BATCH = 500;
    private static final Logger log = LoggerFactory.getLogger(BackupService.class);
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .build();

    private final BackupRepository repository;

    BackupService(BackupRepository repository) {
        this.repository = repository;
    }

    /**
     * Writes the whole database as JSON to {@code out} (which stays open), from one consistent
     * snapshot.
     */
    @RolesAllowed(Roles.ADMIN)
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public BackupSummary exportTo(OutputStream out) {
        Objects.requireNonNull(out, "out");
        String version = repository.schemaVersion()
                .orElseThrow(() -> new IllegalStateException("The database has no Flyway schema history"));
        BackupPlan plan = BackupPlan.of(repository.tables());
        Map<String, Long> counts = new LinkedHashMap<>();
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            json.writeName("format");
            json.writeString(FORMAT);
            json.writeName("formatVersion");
            json.writeNumber(FORMAT_VERSION);
            json.writeName("schemaVersion");
            json.writeString(version);
            json.writeName("exportedAt");
            json.writeString(OffsetDateTime.now(ZoneOffset.UTC).toString());
            json.writeName("tables");
            json.writeStartArray();
            for (TableInfo table : plan.tables()) {
                json.writeStartObject();
                json.writeName("name");
                json.writeString(table.name());
                json.writeName("rows");
                json.writeStartArray();
                long[] rows = {0};
                repository.exportRows(table, row -> {
                    json.writeRawValue(row);
                    rows[0]++;
                });
                json.writeEndArray();
                json.writeEndObject();
                counts.put(table.name(), rows[0]);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        BackupSummary summary = new BackupSummary(version, counts);
        log.info("Backup exported: {} rows in {} tables (schema {})", summary.totalRows(), counts.size(), version);
        return summary;
    }

    /**
     * Reads a backup into this database, which must be new and empty: no users, no journal
     * entries, nothing but the reference data the migrations put there (which the backup's
     * replaces). One transaction: on any problem nothing is written.
     *
     * @throws BackupRejectedException when the database is not empty, the file is not a backup of
     *                                 the same schema version, or its rows do not fit
     */
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public BackupSummary importFrom(InputStream in) {
        Objects.requireNonNull(in, "in");
        try (JsonParser parser = JSON.createParser(in)) {
            return read(parser);
        } catch (JacksonException e) {
            throw new BackupRejectedException("The file is not a readable backup: " + e.getOriginalMessage(), e);
        } catch (org.springframework.dao.DataAccessException e) {
            throw new BackupRejectedException("The database refused the backup's rows: "
                    + e.getMostSpecificCause().getMessage(), e);
        }
    }

    private BackupSummary read(JsonParser parser) {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            throw new BackupRejectedException("The file is not a backup: it does not start with a JSON object.");
        }
        String format = null;
        Integer formatVersion = null;
        String schemaVersion = null;
        BackupSummary summary = null;
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            switch (name) {
                case "format" -> format = parser.getString();
                case "formatVersion" -> formatVersion = parser.getIntValue();
                case "schemaVersion" -> schemaVersion = parser.getString();
                case "tables" -> {
                    checkHeader(format, formatVersion, schemaVersion);
                    summary = readTables(parser, schemaVersion);
                }
                default -> parser.skipChildren();
            }
        }
        if (summary == null) {
            throw new BackupRejectedException("The file holds no tables.");
        }
        return summary;
    }

    private void checkHeader(String format, Integer formatVersion, String schemaVersion) {
        if (!FORMAT.equals(format) || formatVersion == null) {
            throw new BackupRejectedException("The file is not a tsag-tracker backup (no \"format\": \"" + FORMAT + "\").");
        }
        if (formatVersion != FORMAT_VERSION) {
            throw new BackupRejectedException("The backup has format version " + formatVersion
                    + "; this release reads version " + FORMAT_VERSION + ".");
        }
        String here = repository.schemaVersion().orElse("none");
        if (!here.equals(schemaVersion)) {
            throw new BackupRejectedException("The backup was made at schema version " + schemaVersion
                    + ", this database is at " + here + ". Import with the release that made the backup, then "
                    + "start the new release, which migrates the data.");
        }
    }

    private BackupSummary readTables(JsonParser parser, String schemaVersion) {
        List<TableInfo> tables = repository.tables();
        BackupPlan plan = BackupPlan.of(tables);
        Map<String, TableInfo> byName = tables.stream().collect(Collectors.toMap(TableInfo::name, Function.identity()));
        refuseUnlessEmpty(tables);

        for (TableInfo table : tables) {
            repository.setTriggers(table.name(), table.auditTriggers(), false);
        }
        List<TableInfo> reversed = new ArrayList<>(plan.tables());
        java.util.Collections.reverse(reversed);
        for (TableInfo table : reversed) {
            // only reference data the migrations put there (checked above); the backup's replaces it
            if (repository.count(table.name()) > 0) {
                repository.deleteAll(table.name());
            }
        }

        Map<String, Long> counts = new LinkedHashMap<>();
        Map<String, List<String>> pending = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            throw new BackupRejectedException("\"tables\" is not a list.");
        }
        while (parser.nextToken() == JsonToken.START_OBJECT) {
            String name = null;
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String property = parser.currentName();
                parser.nextToken();
                if ("name".equals(property)) {
                    name = parser.getString();
                } else if ("rows".equals(property)) {
                    TableInfo table = checkTable(name, byName, plan, seen);
                    counts.put(name, readRows(parser, table, plan.deferredOf(name), pending));
                    seen.add(name);
                } else {
                    parser.skipChildren();
                }
            }
        }
        pending.forEach((name, batches) -> batches.forEach(batch ->
                repository.update(byName.get(name), plan.deferredOf(name), batch)));
        for (TableInfo table : tables) {
            repository.resetSequences(table);
            repository.setTriggers(table.name(), table.auditTriggers(), true);
        }
        for (Map.Entry<String, Long> count : counts.entrySet()) {
            long stored = repository.count(count.getKey());
            if (stored != count.getValue()) {
                throw new BackupRejectedException("Table " + count.getKey() + " holds " + stored
                        + " rows after the import, the backup " + count.getValue() + ".");
            }
        }
        BackupSummary summary = new BackupSummary(schemaVersion, counts);
        log.info("Backup imported: {} rows in {} tables (schema {})", summary.totalRows(), counts.size(), schemaVersion);
        return summary;
    }

    /**
     * Empty means: no users, nothing in the append-only journals (audit, status events, evidence),
     * nothing in a table without an audit trigger. Then the audited tables can only hold what the
     * migrations put there, since any change through the application leaves an audit row.
     */
    private void refuseUnlessEmpty(List<TableInfo> tables) {
        List<String> holding = new ArrayList<>();
        for (TableInfo table : tables) {
            boolean mustBeEmpty = table.appendOnly() || table.auditTriggers().isEmpty() || "app_user".equals(table.name());
            if (mustBeEmpty) {
                long rows = repository.count(table.name());
                if (rows > 0) {
                    holding.add(table.name() + " (" + rows + " rows)");
                }
            }
        }
        if (!holding.isEmpty()) {
            throw new BackupRejectedException("The database is not empty: " + String.join(", ", holding)
                    + ". A backup is imported only into a new database: point the import at an empty data "
                    + "directory or an empty external database, before the first start of the application.");
        }
    }

    private static TableInfo checkTable(String name, Map<String, TableInfo> byName, BackupPlan plan, Set<String> seen) {
        if (name == null) {
            throw new BackupRejectedException("A table of the backup has rows before its name.");
        }
        TableInfo table = byName.get(name);
        if (table == null) {
            throw new BackupRejectedException("The backup has a table " + name + " that this database does not have.");
        }
        if (seen.contains(name)) {
            throw new BackupRejectedException("The backup has table " + name + " twice.");
        }
        for (TableInfo.ForeignKey key : table.foreignKeys()) {
            boolean deferred = plan.deferredOf(name).containsAll(key.columns());
            if (!deferred && !key.referencedTable().equals(name) && byName.containsKey(key.referencedTable())
                    && !seen.contains(key.referencedTable())) {
                throw new BackupRejectedException("The backup has table " + name + " before "
                        + key.referencedTable() + ", which it refers to.");
            }
        }
        return table;
    }

    private long readRows(JsonParser parser, TableInfo table, List<String> deferred, Map<String, List<String>> pending) {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            throw new BackupRejectedException("The rows of " + table.name() + " are not a list.");
        }
        long rows = 0;
        ArrayNode batch = JSON.createArrayNode();
        ArrayNode later = JSON.createArrayNode();
        while (parser.nextToken() == JsonToken.START_OBJECT) {
            JsonNode row = parser.readValueAsTree();
            batch.add(row);
            if (!deferred.isEmpty() && deferred.stream().anyMatch(c -> row.hasNonNull(c))) {
                ObjectNode keep = JSON.createObjectNode();
                table.primaryKey().forEach(c -> keep.set(c, row.get(c)));
                deferred.forEach(c -> keep.set(c, row.get(c)));
                later.add(keep);
            }
            rows++;
            if (batch.size() == BATCH) {
                repository.insert(table, batch.toString(), deferred);
                batch = JSON.createArrayNode();
            }
            if (later.size() == BATCH) {
                pending.computeIfAbsent(table.name(), n -> new ArrayList<>()).add(later.toString());
                later = JSON.createArrayNode();
            }
        }
        if (!batch.isEmpty()) {
            repository.insert(table, batch.toString(), deferred);
        }
        if (!later.isEmpty()) {
            pending.computeIfAbsent(table.name(), n -> new ArrayList<>()).add(later.toString());
        }
        return rows;
    }
}
