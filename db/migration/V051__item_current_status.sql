-- The current status of an item, copied from its latest event (the one current_event_id points to)
-- onto the item itself, so that the grid, the dashboard and the reports filter, sort and count a
-- plain column of one table instead of joining every item to status_event (which grows by about 20
-- rows per item). The status_event trigger of V007 keeps them in the same transaction as the event;
-- they are null, like current_event_id, until the first event.
ALTER TABLE action_item ADD COLUMN current_status VARCHAR(20) REFERENCES status (code);
ALTER TABLE action_item ADD COLUMN current_rag VARCHAR(5);
ALTER TABLE action_item ADD COLUMN current_progress INTEGER;
ALTER TABLE action_item ADD COLUMN current_on DATE;

-- [jooq ignore start]
UPDATE action_item i
   SET current_status = e.status,
       current_rag = e.rag,
       current_progress = e.progress,
       current_on = e.occurred_on
  FROM status_event e
 WHERE e.id = i.current_event_id;
-- [jooq ignore stop]

CREATE INDEX action_item_current_status_ix ON action_item (current_status);

-- [jooq ignore start]
CREATE OR REPLACE FUNCTION set_current_event() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    IF NEW.action_item_id IS NOT NULL THEN
        UPDATE action_item i
           SET current_event_id = NEW.id,
               current_status = NEW.status,
               current_rag = NEW.rag,
               current_progress = NEW.progress,
               current_on = NEW.occurred_on
         WHERE i.id = NEW.action_item_id
           AND (i.current_event_id IS NULL
                OR (SELECT (e.occurred_on, e.id) FROM status_event e WHERE e.id = i.current_event_id)
                   < (NEW.occurred_on, NEW.id));
    END IF;
    RETURN NULL;
END;
$$;

-- An update that only moves the current event (and its copied columns) is still left out of the
-- live notifications: the status_event trigger of the same transaction has announced it.
CREATE OR REPLACE FUNCTION live_action_item() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM live_notify(TG_TABLE_NAME, TG_OP, ARRAY(SELECT id FROM new_rows), ARRAY(SELECT plan_id FROM new_rows), NULL);
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM live_notify(TG_TABLE_NAME, TG_OP, ARRAY(SELECT id FROM old_rows), ARRAY(SELECT plan_id FROM old_rows), NULL);
    ELSE
        PERFORM live_notify(TG_TABLE_NAME, TG_OP,
                            ARRAY(SELECT n.id
                                    FROM new_rows n
                                    JOIN old_rows o ON o.id = n.id
                                   WHERE (to_jsonb(n) - ARRAY['current_event_id', 'current_status', 'current_rag',
                                                              'current_progress', 'current_on'])
                                         IS DISTINCT FROM
                                         (to_jsonb(o) - ARRAY['current_event_id', 'current_status', 'current_rag',
                                                              'current_progress', 'current_on'])),
                            ARRAY(SELECT o.plan_id
                                    FROM new_rows n
                                    JOIN old_rows o ON o.id = n.id
                                   WHERE o.plan_id <> n.plan_id),
                            NULL);
    END IF;
    RETURN NULL;
END;
$$;

-- The rollup reads the children's copied progress and status instead of joining their events.
CREATE OR REPLACE FUNCTION item_rollup(item_id bigint) RETURNS integer
    LANGUAGE plpgsql STABLE AS
$$
BEGIN
    RETURN (
        SELECT round(CASE
                         WHEN p.rollup = 'WEIGHTED'
                             THEN sum(coalesce(item_rollup(c.id), c.current_progress, s.implied_progress, 0) * c.weight)::numeric
                                  / nullif(sum(c.weight), 0)
                         ELSE avg(coalesce(item_rollup(c.id), c.current_progress, s.implied_progress, 0))
                     END)::integer
          FROM action_item c
          JOIN action_plan p ON p.id = c.plan_id
          LEFT JOIN status s ON s.code = c.current_status
         WHERE c.parent_id = item_id
         GROUP BY p.rollup);
END;
$$;
-- [jooq ignore stop]
