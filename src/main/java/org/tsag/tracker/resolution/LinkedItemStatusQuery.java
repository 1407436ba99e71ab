package org.tsag.tracker.resolution;

import org.tsag.tracker.status.StatusQuery;
import org.tsag.tracker.status.ItemScope;

import static org.tsag.tracker.db.Tables.ACTION_ITEM;
import static org.tsag.tracker.db.Tables.ACTION_ITEM_CLAUSE;
import static org.tsag.tracker.db.Tables.CLAUSE;
import static org.tsag.tracker.db.Tables.SECTION;
import static org.tsag.tracker.db.Tables.STATUS_EVENT;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jooq.DSLContext;
import org.jooq.Records;
import org.springframework.stereotype.Component;

/**
 * The current statuses of the action items linked to operative clauses, from which a clause
 * without a report of its own gets a derived status (issue 18). Internal items count only for
 * those who may see them.
 */
@Component
class LinkedItemStatusQuery {

    private final DSLContext dsl;

    LinkedItemStatusQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    record ItemStatus(long clauseId, String status) {
    }

    /** Per operative clause of the revisions, its linked items' current status codes (null: no report yet). */
    Map<Long, List<String>> byClause(List<Long> revisionIds, boolean showInternal) {
        return dsl.select(ACTION_ITEM_CLAUSE.CLAUSE_ID, STATUS_EVENT.STATUS)
                .from(ACTION_ITEM_CLAUSE)
                .join(CLAUSE).on(CLAUSE.ID.eq(ACTION_ITEM_CLAUSE.CLAUSE_ID))
                .join(SECTION).on(SECTION.ID.eq(CLAUSE.SECTION_ID))
                .join(ACTION_ITEM).on(ACTION_ITEM.ID.eq(ACTION_ITEM_CLAUSE.ACTION_ITEM_ID))
                .leftJoin(STATUS_EVENT).on(STATUS_EVENT.ID.eq(ACTION_ITEM.CURRENT_EVENT_ID))
                .where(SECTION.REVISION_ID.in(revisionIds))
                .and(SECTION.KIND.eq("OPERATIVE"))
                .and(StatusQuery.visible(ACTION_ITEM, ItemScope.of(showInternal)))
                .fetch(Records.mapping(ItemStatus::new))
                .stream()
                .collect(Collectors.groupingBy(ItemStatus::clauseId,
                        Collectors.mapping(ItemStatus::status, Collectors.toList())));
    }
}
