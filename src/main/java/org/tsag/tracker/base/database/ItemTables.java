package org.tsag.tracker.base.database;

import static org.tsag.tracker.db.Tables.ACTION_ITEM;
import static org.tsag.tracker.db.Tables.ACTION_PLAN;
import static org.tsag.tracker.db.Tables.MEETING;
import static org.tsag.tracker.db.Tables.STUDY_PERIOD;

import org.jooq.Table;
import org.tsag.tracker.db.tables.ActionItem;
import org.tsag.tracker.db.tables.Meeting;

/**
 * Where an item sits, as one join that the queries of whole item rows (the item page, the report,
 * the exchange sheet) start from: the item, its plan and study period, and its parent item and
 * target meeting when it has them. Queries select and filter on the generated columns and on
 * {@link #PARENT} and {@link #TARGET}, and join what else they need.
 */
public final class ItemTables {

    /** The parent item (left joined: top-level items have none). */
    public static final ActionItem PARENT = ACTION_ITEM.as("parent");

    /** The target meeting (left joined: an item may have none). */
    public static final Meeting TARGET = MEETING.as("target");

    private ItemTables() {
    }

    /** action_item ⋈ action_plan ⋈ study_period ⟕ parent ⟕ target. */
    public static Table<?> items() {
        return ACTION_ITEM
                .join(ACTION_PLAN).on(ACTION_PLAN.ID.eq(ACTION_ITEM.PLAN_ID))
                .join(STUDY_PERIOD).on(STUDY_PERIOD.ID.eq(ACTION_ITEM.STUDY_PERIOD_ID))
                .leftJoin(PARENT).on(PARENT.ID.eq(ACTION_ITEM.PARENT_ID))
                .leftJoin(TARGET).on(TARGET.ID.eq(ACTION_ITEM.TARGET_MEETING_ID));
    }
}
