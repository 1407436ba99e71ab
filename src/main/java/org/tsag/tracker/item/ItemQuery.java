package org.tsag.tracker.item;

import static org.tsag.tracker.db.Tables.ACTION_ITEM;
import static org.tsag.tracker.db.Tables.ACTION_ITEM_CLAUSE;
import static org.tsag.tracker.db.Tables.ACTION_ITEM_ENTITY;
import static org.tsag.tracker.db.Tables.ACTION_PLAN;
import static org.tsag.tracker.db.Tables.CLAUSE;
import static org.tsag.tracker.db.Tables.ENTITY;
import static org.tsag.tracker.db.Tables.MEETING;
import static org.tsag.tracker.db.Tables.RESOLUTION;
import static org.tsag.tracker.db.Tables.RESOLUTION_REVISION;
import static org.tsag.tracker.db.Tables.SECTION;
import static org.tsag.tracker.db.Tables.SECTION_ADDRESSEE;
import static org.tsag.tracker.db.Tables.STATUS;
import static org.tsag.tracker.db.Tables.STUDY_PERIOD;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.jooq.CommonTableExpression;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Name;
import org.jooq.Record;
import org.jooq.Record1;
import org.jooq.Record2;
import org.jooq.SelectJoinStep;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.springframework.stereotype.Repository;
import org.tsag.tracker.resolution.ClauseQuery;
import org.tsag.tracker.db.tables.Meeting;
import org.tsag.tracker.db.tables.Status;
import org.tsag.tracker.status.CurrentStatus;
import org.tsag.tracker.status.ItemScope;
import org.tsag.tracker.status.StatusQuery;

/** The item grid: one page of rows for a typed filter and an allowlisted sort, and the count. */
@Repository
class ItemQuery {

    /** The item's search vector (V171): title, description and the narratives of its events. */
    static final Field<Object> SEARCH = DSL.field(DSL.name("action_item", "search"), SQLDataType.OTHER);

    private static final Status CURRENT_STATUS = STATUS.as("cur_status");
    private static final Meeting TARGET = MEETING.as("target");

    private static final Field<String[]> RESPONSIBLE = entities("RESPONSIBLE");
    private static final Field<String[]> COLLABORATING = entities("COLLABORATING");
    private static final Field<String[]> REPORTS_TO = entities("REPORTS_TO");
    private static final Field<String[]> CLAUSES = clauses();
    /** The natural sort key of the code (V140): 68-2 before 68-10. */
    static final Field<String> CODE_KEY = DSL.field(DSL.name("action_item", "code_key"), SQLDataType.VARCHAR);
    /** The due date, or else the target meeting's end, kept on the item by V140's triggers. */
    static final Field<LocalDate> DEADLINE = DSL.field(DSL.name("action_item", "deadline"), SQLDataType.LOCALDATE);
    private static final Field<Boolean> CLOSED = StatusQuery.closed(CURRENT_STATUS);
    private static final Field<Integer> OWN_PROGRESS = StatusQuery.ownProgress(ACTION_ITEM, CURRENT_STATUS);

    private static final Map<String, Field<?>> SORT_KEYS = Map.ofEntries(
            Map.entry("code", CODE_KEY),
            Map.entry("title", ACTION_ITEM.TITLE),
            Map.entry("plan", ACTION_PLAN.CODE),
            Map.entry("resolution", CLAUSES),
            Map.entry("responsible", RESPONSIBLE),
            Map.entry("collaborating", COLLABORATING),
            Map.entry("reportsTo", REPORTS_TO),
            Map.entry("owner", ACTION_ITEM.OWNER),
            Map.entry("due", DEADLINE),
            Map.entry("status", CURRENT_STATUS.POSITION),
            Map.entry("updated", ACTION_ITEM.CURRENT_ON),
            Map.entry("period", STUDY_PERIOD.START_DATE));

    private final DSLContext dsl;
    private final CollationQuery collations;

    ItemQuery(DSLContext dsl, CollationQuery collations) {
        this.dsl = dsl;
        this.collations = collations;
    }

    List<ItemRow> find(ItemFilter filter, Visibility visibility, int offset, int limit, List<ItemSort> sort) {
        return find(filter, visibility, offset, limit, sort, null);
    }

    /** The same, with titles and owners sorted for the reader's language (see {@link CollationQuery}). */
    List<ItemRow> find(ItemFilter filter, Visibility visibility, int offset, int limit, List<ItemSort> sort,
                       java.util.Locale locale) {
        return rows(condition(filter, visibility), visibility.scope(), offset, limit, sort, collations.forLocale(locale));
    }

    /** The rows of those of {@code ids} that pass the filter now (live updates of the grid). */
    List<ItemRow> findAmong(ItemFilter filter, Visibility visibility, java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return rows(DSL.and(condition(filter, visibility), ACTION_ITEM.ID.in(ids)), visibility.scope(), 0, ids.size(), List.of(), null);
    }

    private List<ItemRow> rows(Condition condition, ItemScope scope, int offset, int limit, List<ItemSort> sort,
                               org.jooq.Collation collation) {
        return from(dsl.select(
                        ACTION_ITEM.ID,
                        ACTION_PLAN.CODE,
                        ACTION_ITEM.CODE,
                        ACTION_ITEM.TITLE,
                        CLAUSES,
                        RESPONSIBLE,
                        COLLABORATING,
                        REPORTS_TO,
                        ACTION_ITEM.OWNER,
                        ACTION_ITEM.DUE_DATE,
                        TARGET.CODE,
                        TARGET.END_DATE,
                        ACTION_ITEM.CURRENT_STATUS,
                        CLOSED,
                        progress(scope),
                        ACTION_ITEM.CURRENT_ON,
                        STUDY_PERIOD.CODE,
                        ACTION_ITEM.INTERNAL,
                        ACTION_ITEM.SAMPLE))
                .where(condition)
                .orderBy(orderBy(sort, scope, collation))
                .offset(offset)
                .limit(limit)
                .fetch(r -> new ItemRow(
                        r.value1(),
                        r.value2(),
                        r.value3(),
                        r.value4(),
                        list(r.value5()),
                        list(r.value6()),
                        list(r.value7()),
                        list(r.value8()),
                        r.value9(),
                        r.value10(),
                        r.value11(),
                        r.value12(),
                        r.value13(),
                        r.value14(),
                        r.value15(),
                        r.value16(),
                        r.value17(),
                        r.value18(),
                        r.value19()));
    }

    /** The ids of every item the grid shows for this filter, in the grid's order (for exports). */
    List<Long> findIds(ItemFilter filter, Visibility visibility, List<ItemSort> sort) {
        return from(dsl.select(ACTION_ITEM.ID))
                .where(condition(filter, visibility))
                .orderBy(orderBy(sort, visibility.scope(), null))
                .fetch(ACTION_ITEM.ID);
    }

    int count(ItemFilter filter, Visibility visibility) {
        return from(dsl.selectCount())
                .where(condition(filter, visibility))
                .fetchSingle()
                .value1();
    }

    /**
     * The count of {@link #count}, but no further than {@code limit} + 1: the matching rows are read
     * only until there is one more than the limit, so a result above {@code limit} means "more".
     */
    int countUpTo(ItemFilter filter, Visibility visibility, int limit) {
        var matches = from(dsl.select(DSL.inline(1).as("one")))
                .where(condition(filter, visibility))
                .limit(limit + 1)
                .asTable("matches");
        return dsl.selectCount().from(matches).fetchSingle().value1();
    }

    /** One count per filter, each with the condition of {@link #count}, in one scan: a FILTER clause per count. */
    List<Integer> counts(List<ItemFilter> filters, Visibility visibility) {
        if (filters.isEmpty()) {
            return List.of();
        }
        List<Field<?>> counts = new ArrayList<>();
        for (ItemFilter filter : filters) {
            counts.add(DSL.count().filterWhere(condition(filter, visibility)));
        }
        Record record = from(dsl.select(counts)).fetchSingle();
        List<Integer> result = new ArrayList<>();
        for (int i = 0; i < filters.size(); i++) {
            result.add(record.get(i, Integer.class));
        }
        return List.copyOf(result);
    }

    /** Who is asking, as far as filtering goes. */
    record Visibility(ItemScope scope, String user, LocalDate today) {
    }

    private static <R extends Record> SelectJoinStep<R> from(org.jooq.SelectSelectStep<R> select) {
        return select
                .from(ACTION_ITEM)
                .join(ACTION_PLAN).on(ACTION_PLAN.ID.eq(ACTION_ITEM.PLAN_ID))
                .join(STUDY_PERIOD).on(STUDY_PERIOD.ID.eq(ACTION_ITEM.STUDY_PERIOD_ID))
                .leftJoin(CURRENT_STATUS).on(CURRENT_STATUS.CODE.eq(ACTION_ITEM.CURRENT_STATUS))
                .leftJoin(TARGET).on(TARGET.ID.eq(ACTION_ITEM.TARGET_MEETING_ID));
    }

    static Condition condition(ItemFilter filter, Visibility visibility) {
        List<Condition> conditions = new ArrayList<>();
        conditions.add(StatusQuery.visible(ACTION_ITEM, visibility.scope()));
        if (!filter.statuses().isEmpty()) {
            // the plain column, so that the planner estimates from its statistics
            Condition status = ACTION_ITEM.CURRENT_STATUS.in(filter.statuses());
            conditions.add(filter.statuses().contains(CurrentStatus.NOT_STARTED) ? status.or(ACTION_ITEM.CURRENT_STATUS.isNull()) : status);
        }
        if (filter.entity() != null) {
            // uncorrelated sets (here and below): found once and hashed, also inside a count's FILTER
            conditions.add(ACTION_ITEM.ID.in(DSL.select(ACTION_ITEM_ENTITY.ACTION_ITEM_ID)
                    .from(ACTION_ITEM_ENTITY)
                    .join(ENTITY).on(ENTITY.ID.eq(ACTION_ITEM_ENTITY.ENTITY_ID))
                    .where(ENTITY.CODE.equalIgnoreCase(filter.entity()))
                    .and(filter.entityRole() == null ? DSL.noCondition() : ACTION_ITEM_ENTITY.ROLE.eq(filter.entityRole()))));
        }
        if (filter.plan() != null) {
            conditions.add(ACTION_PLAN.CODE.equalIgnoreCase(filter.plan()));
        }
        if (filter.resolution() != null) {
            conditions.add(ACTION_ITEM.ID.in(DSL.select(ACTION_ITEM_CLAUSE.ACTION_ITEM_ID)
                    .from(ClauseQuery.itemClauses())
                    .where(RESOLUTION.NUMBER.eq(filter.resolution()))));
        }
        if (filter.period() != null) {
            conditions.add(STUDY_PERIOD.CODE.eq(filter.period()));
        }
        if (filter.text() != null) {
            conditions.add(textSearch(filter.text()));
        }
        if (filter.overdue()) {
            conditions.add(DEADLINE.lt(visibility.today()));
            conditions.add(CLOSED.isFalse());
        }
        if (filter.dueWithinDays() != null) {
            conditions.add(DEADLINE.between(visibility.today(), visibility.today().plusDays(filter.dueWithinDays())));
            conditions.add(CLOSED.isFalse());
        }
        if (ItemFilter.AT_RISK.equals(filter.health())) {
            conditions.add(CLOSED.isFalse());
            conditions.add(ACTION_ITEM.CURRENT_RAG.in("RED", "AMBER"));
        }
        if (ItemFilter.ON_TRACK.equals(filter.health())) {
            conditions.add(CLOSED.isFalse());
            conditions.add(ACTION_ITEM.CURRENT_RAG.isNull().or(ACTION_ITEM.CURRENT_RAG.notIn("RED", "AMBER")));
            conditions.add(DEADLINE.isNull().or(DEADLINE.ge(visibility.today())));
        }
        if (filter.clause() != null) {
            conditions.add(ACTION_ITEM.ID.in(DSL.select(ACTION_ITEM_CLAUSE.ACTION_ITEM_ID)
                    .from(ACTION_ITEM_CLAUSE)
                    .where(ACTION_ITEM_CLAUSE.CLAUSE_ID.in(lineage(filter.clause())))));
        }
        if (filter.mine()) {
            conditions.add(visibility.user() == null
                    ? DSL.falseCondition()
                    : ACTION_ITEM.OWNER.equalIgnoreCase(visibility.user()));
        }
        return DSL.and(conditions);
    }

    /** The clause and every earlier version of it, walking {@code previous_clause_id} back. */
    private static org.jooq.Select<Record1<Long>> lineage(long clauseId) {
        Name name = DSL.name("clause_lineage");
        Field<Long> id = DSL.field(DSL.name("clause_lineage", "id"), Long.class);
        Field<Long> previous = DSL.field(DSL.name("clause_lineage", "previous_id"), Long.class);
        CommonTableExpression<Record2<Long, Long>> cte = name.fields("id", "previous_id").as(
                DSL.select(CLAUSE.ID, CLAUSE.PREVIOUS_CLAUSE_ID)
                        .from(CLAUSE)
                        .where(CLAUSE.ID.eq(clauseId))
                        .unionAll(DSL.select(CLAUSE.ID, CLAUSE.PREVIOUS_CLAUSE_ID)
                                .from(CLAUSE)
                                .join(DSL.table(name)).on(CLAUSE.ID.eq(previous))));
        return DSL.withRecursive(cte)
                .select(id)
                .from(cte);
    }

    /**
     * Title, description and the narratives of the item's events, all in the item's own search vector
     * (V171): a test of the row, so that a page walks the sort index and stops after its rows, and a
     * selective text is found through the vector's GIN index.
     */
    private static Condition textSearch(String text) {
        Field<Object> query = DSL.function("websearch_to_tsquery", Object.class, DSL.inline("english"), DSL.val(text));
        return DSL.condition("{0} @@ {1}", SEARCH, query);
    }

    /** The sort keys that are never null (code_key is the natural key of a NOT NULL code). */
    private static final java.util.Set<String> NOT_NULL_KEYS = java.util.Set.of("code");

    /** The sort keys that are names or words, sorted with the reader's collation when there is one. */
    private static final java.util.Set<String> TEXT_KEYS = java.util.Set.of("title", "owner");

    @SuppressWarnings("unchecked")
    private static List<SortField<?>> orderBy(List<ItemSort> sort, ItemScope scope, org.jooq.Collation collation) {
        List<SortField<?>> fields = new ArrayList<>();
        for (ItemSort s : sort) {
            Field<?> field = "progress".equals(s.key()) ? progress(scope) : SORT_KEYS.get(s.key());
            if (collation != null && TEXT_KEYS.contains(s.key())) {
                field = ((Field<String>) field).collate(collation);
            }
            if (NOT_NULL_KEYS.contains(s.key())) {
                // no nulls to place: a plain direction, which a backward scan of the ascending index gives
                fields.add(s.descending() ? field.desc() : field.asc());
            } else {
                fields.add(s.descending() ? field.desc().nullsLast() : field.asc().nullsLast());
            }
        }
        // the original order of the sheets, also the tie-breaker
        fields.add(ACTION_PLAN.CODE.asc());
        fields.add(ACTION_ITEM.POSITION.asc());
        fields.add(ACTION_ITEM.ID.asc());
        return fields;
    }

    private static Field<String[]> entities(String role) {
        return DSL.field(DSL.select(DSL.arrayAgg(ENTITY.CODE).orderBy(ENTITY.POSITION))
                .from(ACTION_ITEM_ENTITY)
                .join(ENTITY).on(ENTITY.ID.eq(ACTION_ITEM_ENTITY.ENTITY_ID))
                .where(ACTION_ITEM_ENTITY.ACTION_ITEM_ID.eq(ACTION_ITEM.ID))
                .and(ACTION_ITEM_ENTITY.ROLE.eq(role)));
    }

    /** "68/9": resolution number and clause label of every linked clause. */
    private static Field<String[]> clauses() {
        return DSL.field(DSL.select(DSL.arrayAgg(DSL.concat(RESOLUTION.NUMBER, DSL.inline("/"), CLAUSE.LABEL))
                        .orderBy(RESOLUTION.NUMBER, SECTION.POSITION, CLAUSE.POSITION))
                .from(ClauseQuery.itemClauses())
                .where(ACTION_ITEM_CLAUSE.ACTION_ITEM_ID.eq(ACTION_ITEM.ID)));
    }

    /** The progress the reader sees: rolled up from the children the reader may see, else the item's own. */
    private static Field<Integer> progress(ItemScope scope) {
        return DSL.coalesce(StatusQuery.rollup(ACTION_ITEM, scope), OWN_PROGRESS);
    }

    private static List<String> list(String[] values) {
        return values == null ? List.of() : Arrays.asList(values);
    }

    // ---- the compendium of one resolution

    java.util.Optional<String> resolutionTitle(String number) {
        return dsl.select(RESOLUTION.TITLE)
                .from(RESOLUTION)
                .where(RESOLUTION.NUMBER.eq(number))
                .fetchOptional(RESOLUTION.TITLE);
    }

    /** The entities that the operative sections of the revision in force address. */
    List<Compendium.Addressee> addressees(String number) {
        return dsl.select(SECTION.HEADING, ENTITY.CODE, ENTITY.NAME)
                .from(SECTION_ADDRESSEE)
                .join(SECTION).on(SECTION.ID.eq(SECTION_ADDRESSEE.SECTION_ID))
                .join(ENTITY).on(ENTITY.ID.eq(SECTION_ADDRESSEE.ENTITY_ID))
                .join(RESOLUTION_REVISION).on(RESOLUTION_REVISION.ID.eq(SECTION.REVISION_ID))
                .join(RESOLUTION).on(RESOLUTION.ID.eq(RESOLUTION_REVISION.RESOLUTION_ID))
                .where(RESOLUTION.NUMBER.eq(number))
                .and(RESOLUTION_REVISION.IN_FORCE.isTrue())
                .orderBy(SECTION.POSITION, ENTITY.POSITION)
                .fetch(org.jooq.Records.mapping(Compendium.Addressee::new));
    }

    List<Compendium.EntityRole> entityRoles(ItemFilter filter, Visibility visibility) {
        Field<Integer> items = DSL.countDistinct(ACTION_ITEM.ID);
        return from(dsl.select(ACTION_ITEM_ENTITY.ROLE, ENTITY.CODE, ENTITY.NAME, items))
                .join(ACTION_ITEM_ENTITY).on(ACTION_ITEM_ENTITY.ACTION_ITEM_ID.eq(ACTION_ITEM.ID))
                .join(ENTITY).on(ENTITY.ID.eq(ACTION_ITEM_ENTITY.ENTITY_ID))
                .where(condition(filter, visibility))
                .groupBy(ACTION_ITEM_ENTITY.ROLE, ENTITY.CODE, ENTITY.NAME, ENTITY.POSITION)
                .orderBy(ACTION_ITEM_ENTITY.ROLE.desc(), ENTITY.POSITION)
                .fetch(org.jooq.Records.mapping(Compendium.EntityRole::new));
    }

    List<Compendium.StatusCount> statusCounts(ItemFilter filter, Visibility visibility) {
        Field<String> status = StatusQuery.status(ACTION_ITEM);
        return from(dsl.select(status, DSL.count()))
                .where(condition(filter, visibility))
                .groupBy(status)
                .orderBy(DSL.min(CURRENT_STATUS.POSITION).asc().nullsFirst())
                .fetch(org.jooq.Records.mapping(Compendium.StatusCount::new));
    }
}
