package org.tsag.tracker.status;

import static org.jooq.Records.mapping;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;
import static org.tsag.tracker.db.Tables.EVIDENCE;

import java.util.List;

import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.tsag.tracker.db.tables.ActionItem;
import org.tsag.tracker.db.tables.Status;

/**
 * The rules of the status journal as jOOQ expressions, stated once for every feature's queries:
 * who may see an item, what an item's current status is, how children's progress rolls up to a
 * parent, and an event's evidence.
 */
public final class StatusQuery {

    private StatusQuery() {
    }

    /** The items of {@code item} (the table or an alias of it) that the scope may see. */
    public static Condition visible(ActionItem item, ItemScope scope) {
        return visible(item.INTERNAL, scope);
    }

    /**
     * The same rule for a copy of an item's internal flag, such as {@code notification_change.internal},
     * which records whether the item was internal when the change was seen.
     */
    public static Condition visible(Field<Boolean> internal, ItemScope scope) {
        return scope.seesInternal() ? DSL.noCondition() : internal.isFalse();
    }

    /**
     * The item's current status: the copy of its latest event's status that the status_event
     * trigger keeps on the item, or {@link CurrentStatus#NOT_STARTED} before the first event.
     */
    public static Field<String> status(ActionItem item) {
        return DSL.coalesce(item.CURRENT_STATUS, DSL.inline(CurrentStatus.NOT_STARTED));
    }

    /**
     * The children's progress rolled up to the item through every level of the hierarchy
     * (function item_rollup): the plain average, or weighted by the children's weight when the
     * plan says WEIGHTED; only the children the scope may see count. Null for an item without
     * (visible) children.
     */
    public static Field<Integer> rollup(ActionItem item, ItemScope scope) {
        return DSL.function(DSL.name("item_rollup"), SQLDataType.INTEGER, item.ID, DSL.inline(scope.seesInternal()));
    }

    /**
     * Whether the item is closed: what its current status says ({@code status} is the status table,
     * or an alias, joined on the item's current status); an item without a status is open.
     */
    public static Field<Boolean> closed(Status status) {
        return DSL.coalesce(status.CLOSED, DSL.inline(false));
    }

    /**
     * The item's own progress: the latest report's, else what its current status implies
     * ({@code status} is the status table, or an alias, joined on the item's current status).
     */
    public static Field<Integer> ownProgress(ActionItem item, Status status) {
        return DSL.coalesce(item.CURRENT_PROGRESS, status.IMPLIED_PROGRESS);
    }

    /** The item's progress as shown: its visible children's rolled up ({@link #rollup}), else its own. */
    public static Field<Integer> progress(ActionItem item, Status status, ItemScope scope) {
        return DSL.coalesce(rollup(item, scope), item.CURRENT_PROGRESS, status.IMPLIED_PROGRESS);
    }

    /** The evidence of the event with this id, in its order. */
    public static Field<List<Evidence>> evidence(Field<Long> eventId) {
        return multiset(select(EVIDENCE.KIND, EVIDENCE.REFERENCE, EVIDENCE.URL)
                .from(EVIDENCE)
                .where(EVIDENCE.STATUS_EVENT_ID.eq(eventId))
                .orderBy(EVIDENCE.POSITION, EVIDENCE.ID))
                .convertFrom(r -> r.map(mapping(Evidence::new)));
    }
}
