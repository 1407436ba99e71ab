package org.tsag.tracker.backup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.jooq.DSLContext;
import org.jooq.Name;
import org.jooq.QueryPart;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * The SQL of the backup. Tables are not known in advance (they are read from the catalog), so the
 * statements are plain SQL templates with quoted names; rows travel as JSON, converted by
 * PostgreSQL itself ({@code to_jsonb} out, {@code jsonb_populate_recordset} in), which keeps every
 * type exact.
 */
@Repository
class BackupRepository {

    /** Flyway's own bookkeeping: a new server's migrations write it, it is not data. */
    static final String FLYWAY_TABLE = "flyway_schema_history";

    private final DSLContext dsl;

    BackupRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The latest applied migration, e.g. "070", or empty when Flyway has not run. */
    Optional<String> schemaVersion() {
        return dsl.resultQuery("""
                        select version from {0}
                         where success and version is not null
                         order by installed_rank desc
                         limit 1""", DSL.name(FLYWAY_TABLE))
                .fetchOptional()
                .map(r -> r.get(0, String.class));
    }

    /** Every table of the current schema but Flyway's, with columns, keys and triggers. */
    List<TableInfo> tables() {
        List<String> names = dsl.resultQuery("""
                        select c.relname
                          from pg_class c
                          join pg_namespace n on n.oid = c.relnamespace
                         where n.nspname = current_schema()
                           and c.relkind in ('r', 'p')
                           and c.relname <> {0}
                         order by c.relname""", DSL.inline(FLYWAY_TABLE))
                .fetch(0, String.class);
        Map<String, List<Record>> columns = group(dsl.resultQuery("""
                select c.relname as table_name, a.attname as column_name, a.attidentity = 'a' as always_identity
                  from pg_attribute a
                  join pg_class c on c.oid = a.attrelid
                  join pg_namespace n on n.oid = c.relnamespace
                 where n.nspname = current_schema()
                   and a.attnum > 0
                   and not a.attisdropped
                   and a.attgenerated = ''
                 order by c.relname, a.attnum""").fetch());
        Map<String, List<Record>> keys = group(dsl.resultQuery("""
                select c.relname as table_name, k.conname, k.contype, r.relname as referenced_table,
                       array(select a.attname
                               from unnest(k.conkey) with ordinality as u(attnum, ord)
                               join pg_attribute a on a.attrelid = k.conrelid and a.attnum = u.attnum
                              order by u.ord) as key_columns,
                       not exists (select 1
                                     from unnest(k.conkey) as u(attnum)
                                     join pg_attribute a on a.attrelid = k.conrelid and a.attnum = u.attnum
                                    where a.attnotnull) as nullable
                  from pg_constraint k
                  join pg_class c on c.oid = k.conrelid
                  join pg_namespace n on n.oid = c.relnamespace
                  left join pg_class r on r.oid = k.confrelid
                 where n.nspname = current_schema()
                   and k.contype in ('p', 'f')
                 order by c.relname, k.conname""").fetch());
        Map<String, List<Record>> triggers = group(dsl.resultQuery("""
                select c.relname as table_name, t.tgname, p.proname, (t.tgtype & 16) <> 0 as on_update
                  from pg_trigger t
                  join pg_class c on c.oid = t.tgrelid
                  join pg_namespace n on n.oid = c.relnamespace
                  join pg_proc p on p.oid = t.tgfoid
                 where n.nspname = current_schema()
                   and not t.tgisinternal
                 order by c.relname, t.tgname""").fetch());
        List<TableInfo> tables = new ArrayList<>();
        for (String name : names) {
            List<Record> cols = columns.getOrDefault(name, List.of());
            List<String> primaryKey = List.of();
            List<TableInfo.ForeignKey> foreignKeys = new ArrayList<>();
            for (Record key : keys.getOrDefault(name, List.of())) {
                List<String> keyColumns = Arrays.asList(key.get("key_columns", String[].class));
                if ("p".equals(key.get("contype", String.class))) {
                    primaryKey = List.copyOf(keyColumns);
                } else {
                    foreignKeys.add(new TableInfo.ForeignKey(key.get("conname", String.class), List.copyOf(keyColumns),
                            key.get("referenced_table", String.class), key.get("nullable", Boolean.class)));
                }
            }
            List<Record> tableTriggers = triggers.getOrDefault(name, List.of());
            tables.add(new TableInfo(
                    name,
                    cols.stream().map(c -> c.get("column_name", String.class)).toList(),
                    cols.stream().anyMatch(c -> c.get("always_identity", Boolean.class)),
                    primaryKey,
                    List.copyOf(foreignKeys),
                    tableTriggers.stream().anyMatch(t -> "reject_change".equals(t.get("proname", String.class))
                            && t.get("on_update", Boolean.class)),
                    // the journals' triggers: the audit journal's and the notification changes' (V082)
                    tableTriggers.stream().filter(t -> "audit_row".equals(t.get("proname", String.class))
                                    || t.get("proname", String.class).startsWith("notification_capture"))
                            .map(t -> t.get("tgname", String.class)).toList()));
        }
        return tables;
    }

    private static Map<String, List<Record>> group(List<Record> records) {
        return records.stream().collect(Collectors.groupingBy(r -> r.get("table_name", String.class),
                LinkedHashMap::new, Collectors.toList()));
    }

    long count(String table) {
        return dsl.fetchCount(DSL.table(DSL.name(table)));
    }

    /** Each row as a JSON object of its stored columns, in primary-key order, read with a cursor. */
    void exportRows(TableInfo table, Consumer<String> row) {
        QueryPart columns = DSL.list(table.columns().stream()
                .map(c -> DSL.field(DSL.name("t", c)).as(DSL.name(c)))
                .toList());
        QueryPart order = DSL.list((table.primaryKey().isEmpty() ? table.columns() : table.primaryKey()).stream()
                .map(c -> DSL.field(DSL.name("r", c)))
                .toList());
        try (var cursor = dsl.resultQuery("""
                        select to_jsonb(r)::text
                          from (select {0} from {1} as t) as r
                         order by {2}""",
                        columns, DSL.name(table.name()), order)
                .fetchSize(1000)
                .fetchLazy()) {
            for (Record record : cursor) {
                row.accept(record.get(0, String.class));
            }
        }
    }

    /**
     * Inserts a batch of rows given as a JSON array, keeping their ids; the columns in
     * {@code nulled} are written as null (they are set afterwards, see {@link #update}).
     */
    int insert(TableInfo table, String rows, List<String> nulled) {
        QueryPart target = names(table.columns());
        QueryPart values = DSL.list(table.columns().stream()
                .<QueryPart>map(c -> nulled.contains(c) ? DSL.inline((Object) null) : DSL.field(DSL.name("r", c)))
                .toList());
        return dsl.execute("insert into {0} ({1}) " + (table.identity() ? "overriding system value " : "")
                        + "select {2} from jsonb_populate_recordset(null::{0}, {3}::jsonb) as r",
                DSL.name(table.name()), target, values, DSL.val(rows));
    }

    /** Sets {@code columns} of the rows (found by primary key) given as a JSON array. */
    int update(TableInfo table, List<String> columns, String rows) {
        QueryPart set = DSL.list(columns.stream()
                .map(c -> DSL.field("{0} = {1}", DSL.name(c), DSL.field(DSL.name("r", c))))
                .toList());
        QueryPart match = DSL.and(table.primaryKey().stream()
                .map(c -> DSL.field(DSL.name("t", c)).eq(DSL.field(DSL.name("r", c))))
                .toList());
        return dsl.execute("update {0} as t set {1} from jsonb_populate_recordset(null::{0}, {2}::jsonb) as r where {3}",
                DSL.name(table.name()), set, DSL.val(rows), match);
    }

    void deleteAll(String table) {
        dsl.execute("delete from {0}", DSL.name(table));
    }

    /** Switches triggers on or off; a DDL statement, so it is undone if the transaction rolls back. */
    void setTriggers(String table, List<String> triggers, boolean enabled) {
        for (String trigger : triggers) {
            dsl.execute("alter table {0} " + (enabled ? "enable" : "disable") + " trigger {1}",
                    DSL.name(table), DSL.name(trigger));
        }
    }

    /** Moves every sequence of the table (identity or serial) past the largest imported value. */
    void resetSequences(TableInfo table) {
        for (String column : table.columns()) {
            String sequence = dsl.resultQuery("select pg_get_serial_sequence({0}, {1})",
                            DSL.val(dsl.render(DSL.name(table.name()))), DSL.val(column))
                    .fetchOne(0, String.class);
            if (sequence != null) {
                dsl.resultQuery("select setval({0}::regclass, coalesce(max({1}), 1), max({1}) is not null) from {2}",
                        DSL.val(sequence), DSL.name(column), DSL.name(table.name())).fetch();
            }
        }
    }

    private static QueryPart names(List<String> columns) {
        return DSL.list(columns.stream().map(DSL::name).map(Name.class::cast).toList());
    }
}
