package org.tsag.tracker.backup;

import java.util.Map;

/** What a backup holds or an import wrote: the schema version and the rows per table, in the file's order. */
public record BackupSummary(String schemaVersion, Map<String, Long> rows) {

    public BackupSummary {
        rows = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(rows));
    }

    public long totalRows() {
        return rows.values().stream().mapToLong(Long::longValue).sum();
    }
}
