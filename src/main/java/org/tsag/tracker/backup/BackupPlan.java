package org.tsag.tracker.backup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The order in which tables are written and read back: every table after the tables it refers to.
 * References that cannot be ordered that way (a table referring to itself, such as an item's
 * parent, or a cycle, such as an item's current event and the event's item) are "deferred": rows
 * are inserted with those columns null, and the columns are set once every table is in. Tables
 * that refuse UPDATE (the append-only journals) keep their self-references inline: those always
 * point to earlier rows, and rows are written in primary-key order.
 */
record BackupPlan(List<TableInfo> tables, Map<String, List<String>> deferred) {

    static BackupPlan of(List<TableInfo> all) {
        Map<String, TableInfo> byName = new TreeMap<>();
        all.forEach(t -> byName.put(t.name(), t));
        Map<String, List<String>> deferred = new LinkedHashMap<>();
        // edges: table -> tables it must come after
        Map<String, Set<String>> after = new HashMap<>();
        Map<String, List<TableInfo.ForeignKey>> open = new HashMap<>();
        for (TableInfo table : byName.values()) {
            after.put(table.name(), new TreeSet<>());
            open.put(table.name(), new ArrayList<>());
            for (TableInfo.ForeignKey key : table.foreignKeys()) {
                if (!byName.containsKey(key.referencedTable())) {
                    continue;
                }
                if (key.referencedTable().equals(table.name())) {
                    if (!table.appendOnly()) {
                        defer(deferred, table, key);
                    }
                    continue;
                }
                after.get(table.name()).add(key.referencedTable());
                open.get(table.name()).add(key);
            }
        }
        List<TableInfo> order = new ArrayList<>();
        Set<String> placed = new TreeSet<>();
        while (placed.size() < byName.size()) {
            String next = byName.keySet().stream()
                    .filter(n -> !placed.contains(n))
                    .filter(n -> placed.containsAll(after.get(n)))
                    .findFirst()
                    .orElse(null);
            if (next != null) {
                placed.add(next);
                order.add(byName.get(next));
                continue;
            }
            // a cycle: defer one nullable reference of a table that accepts UPDATE
            TableInfo.ForeignKey broken = null;
            String owner = null;
            for (String name : byName.keySet()) {
                if (placed.contains(name) || byName.get(name).appendOnly()) {
                    continue;
                }
                for (TableInfo.ForeignKey key : open.get(name)) {
                    if (key.nullable() && !placed.contains(key.referencedTable())) {
                        broken = key;
                        owner = name;
                        break;
                    }
                }
                if (broken != null) {
                    break;
                }
            }
            if (broken == null) {
                throw new IllegalStateException("The tables' foreign keys form a cycle that no nullable column breaks");
            }
            defer(deferred, byName.get(owner), broken);
            open.get(owner).remove(broken);
            String referenced = broken.referencedTable();
            if (open.get(owner).stream().noneMatch(k -> k.referencedTable().equals(referenced))) {
                after.get(owner).remove(referenced);
            }
        }
        return new BackupPlan(List.copyOf(order), deferred);
    }

    private static void defer(Map<String, List<String>> deferred, TableInfo table, TableInfo.ForeignKey key) {
        if (!key.nullable()) {
            throw new IllegalStateException("Cannot defer the non-null reference " + key.name() + " of " + table.name());
        }
        List<String> columns = deferred.computeIfAbsent(table.name(), n -> new ArrayList<>());
        key.columns().stream().filter(c -> !columns.contains(c)).forEach(columns::add);
    }

    List<String> deferredOf(String table) {
        return deferred.getOrDefault(table, List.of());
    }
}
