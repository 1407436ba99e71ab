-- [jooq ignore start]
-- Progress rolled up through the whole hierarchy, as Decidim and OpenProject do: an item with
-- children takes the average (or the weight-weighted average, per its plan) of its children's
-- progress, each child counting with its own rolled-up progress when it has children itself.
-- Null for an item without children. A child's own progress is its latest report's progress, or
-- the progress its status implies, or 0.
CREATE FUNCTION item_rollup(item_id bigint) RETURNS integer
    LANGUAGE plpgsql STABLE AS
$$
BEGIN
    RETURN (
        SELECT round(CASE
                         WHEN p.rollup = 'WEIGHTED'
                             THEN sum(coalesce(item_rollup(c.id), e.progress, s.implied_progress, 0) * c.weight)::numeric
                                  / nullif(sum(c.weight), 0)
                         ELSE avg(coalesce(item_rollup(c.id), e.progress, s.implied_progress, 0))
                     END)::integer
          FROM action_item c
          JOIN action_plan p ON p.id = c.plan_id
          LEFT JOIN status_event e ON e.id = c.current_event_id
          LEFT JOIN status s ON s.code = e.status
         WHERE c.parent_id = item_id
         GROUP BY p.rollup);
END;
$$;
-- [jooq ignore stop]
