package org.tsag.tracker.backup;

import java.util.List;

/**
 * What the backup needs to know about a table, read from PostgreSQL's catalog.
 *
 * @param columns       the stored columns in order (generated columns are left out: they are computed again)
 * @param identity      whether a column is GENERATED ALWAYS AS IDENTITY (inserts then need OVERRIDING SYSTEM VALUE)
 * @param primaryKey    the primary key's columns; rows are exported in its order
 * @param foreignKeys   the table's foreign keys
 * @param appendOnly    whether a trigger rejects UPDATE (status_event, evidence, audit_log): such rows are
 *                      written once and as they are
 * @param auditTriggers the triggers that write a journal: the audit triggers (function audit_row) and
 *                      those that capture notification changes (functions notification_capture_*),
 *                      switched off during an import so that the imported journals are not doubled by
 *                      the import itself
 */
record TableInfo(String name, List<String> columns, boolean identity, List<String> primaryKey,
                 List<ForeignKey> foreignKeys, boolean appendOnly, List<String> auditTriggers) {

    /** @param nullable whether every column of the key may be null */
    record ForeignKey(String name, List<String> columns, String referencedTable, boolean nullable) {
    }
}
