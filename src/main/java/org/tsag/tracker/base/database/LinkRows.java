package org.tsag.tracker.base.database;

import java.util.Collection;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.TableField;

/** Rows of a link table (an item's clauses, a user's roles, an entity's contacts), written in one statement. */
public final class LinkRows {

    private LinkRows() {
    }

    /**
     * Links the owner to each of the targets: one row (owner, target) per target in one multi-row
     * insert, leaving the pairs that are already there as they are. Nothing is written when there
     * are no targets.
     */
    public static <R extends Record, O, T> void link(DSLContext dsl, TableField<R, O> ownerColumn, O owner,
                                                     TableField<R, T> targetColumn, Collection<? extends T> targets) {
        if (targets.isEmpty()) {
            return;
        }
        var insert = dsl.insertInto(ownerColumn.getTable(), ownerColumn, targetColumn);
        for (T target : targets) {
            insert = insert.values(owner, target);
        }
        insert.onConflictDoNothing().execute();
    }
}
