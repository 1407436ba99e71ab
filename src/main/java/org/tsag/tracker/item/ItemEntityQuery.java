package org.tsag.tracker.item;

import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;
import static org.tsag.tracker.db.Tables.ACTION_ITEM;
import static org.tsag.tracker.db.Tables.ACTION_ITEM_ENTITY;
import static org.tsag.tracker.db.Tables.ENTITY;

import java.util.List;

import org.jooq.Field;
import org.jooq.Record1;

/** An item's entities in one role, as a nested list for the item page, the report and other item reads. */
public final class ItemEntityQuery {

    private ItemEntityQuery() {
    }

    /**
     * The codes of the entities linked to the outer query's {@code action_item} in {@code role}
     * (RESPONSIBLE, COLLABORATING, REPORTS_TO), in the entities' order.
     */
    public static Field<List<String>> codes(String role) {
        return multiset(select(ENTITY.CODE)
                .from(ACTION_ITEM_ENTITY)
                .join(ENTITY).on(ENTITY.ID.eq(ACTION_ITEM_ENTITY.ENTITY_ID))
                .where(ACTION_ITEM_ENTITY.ACTION_ITEM_ID.eq(ACTION_ITEM.ID))
                .and(ACTION_ITEM_ENTITY.ROLE.eq(role))
                .orderBy(ENTITY.POSITION, ENTITY.CODE))
                .convertFrom(r -> r.map(Record1::value1));
    }
}
