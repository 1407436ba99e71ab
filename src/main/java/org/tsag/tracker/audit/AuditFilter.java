package org.tsag.tracker.audit;

import java.time.LocalDate;

/**
 * What the journal view filters by; null means "any".
 *
 * @param table  a table name such as action_item
 * @param actor  the user (e-mail) or "system"
 * @param from   first day, inclusive
 * @param to     last day, inclusive
 * @param action INSERT, UPDATE or DELETE
 */
public record AuditFilter(String table, String actor, LocalDate from, LocalDate to, String action) {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null);
    }
}
