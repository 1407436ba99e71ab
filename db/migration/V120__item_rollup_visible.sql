-- Roll-ups count only what the reader may see (issue 19, item 7): a member saw a parent at 93%
-- while both children visible to them were at 100%, the rest being unfinished internal work.
-- item_rollup(item, include_internal) leaves internal children out unless include_internal; the
-- one-argument form of V034/V051, which counted every child, goes.
-- [jooq ignore start]
CREATE FUNCTION item_rollup(item_id bigint, include_internal boolean) RETURNS integer
    LANGUAGE plpgsql STABLE AS
$$
BEGIN
    RETURN (
        SELECT round(CASE
                         WHEN p.rollup = 'WEIGHTED'
                             THEN sum(coalesce(item_rollup(c.id, include_internal), c.current_progress,
                                               s.implied_progress, 0) * c.weight)::numeric
                                  / nullif(sum(c.weight), 0)
                         ELSE avg(coalesce(item_rollup(c.id, include_internal), c.current_progress,
                                           s.implied_progress, 0))
                     END)::integer
          FROM action_item c
          JOIN action_plan p ON p.id = c.plan_id
          LEFT JOIN status s ON s.code = c.current_status
         WHERE c.parent_id = item_id
           AND (include_internal OR NOT c.internal)
         GROUP BY p.rollup);
END;
$$;

DROP FUNCTION item_rollup(bigint);
-- [jooq ignore stop]
