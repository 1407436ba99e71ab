-- Repeatable (issue 17), first written as V050 (with V051 and V052).
-- Live updates across nodes: every committed change that an open screen shows is announced on the
-- channel 'tracker_change' with pg_notify, so that each application node (listening on a dedicated
-- connection) can refresh its own screens. Triggers, not application code, so that changes from the
-- command line, imports and other nodes are announced too. PostgreSQL delivers a notification only
-- when its transaction commits, drops identical ones within a transaction, and never delivers those
-- of a rolled-back transaction.
--
-- Statement-level triggers with transition tables: a bulk update of 300 items is one statement per
-- table, not 300 notifications. The payload is small JSON (a notification is limited to 8000 bytes):
--   {"t": table, "op": INSERT, UPDATE or DELETE, "items": [ids], "clauses": [ids], "plans": [codes], "resolutions": [numbers],
--    "more": true when a list was cut at 50, "at": milliseconds since the epoch when it was raised,
--    "from": for journal entries, the earliest day they report on (a state before that day is unchanged)}
-- Tables that only hold reference data (plans, meetings, study periods, revisions, clauses,
-- statuses) send {"t": table, "op": ...} alone: a screen then re-reads everything it shows.

-- The five-argument form of before issue 14's second round; a call would be ambiguous beside the new one.
DROP FUNCTION IF EXISTS live_notify(text, text, bigint[], bigint[], bigint[]);

CREATE OR REPLACE FUNCTION live_notify(source text, operation text, item_ids bigint[], plan_ids bigint[], clause_ids bigint[],
                                       earliest date DEFAULT NULL) RETURNS void
    LANGUAGE plpgsql AS
$$
DECLARE
    max_ids     CONSTANT integer := 50;
    items       bigint[] := ARRAY(SELECT DISTINCT x FROM unnest(item_ids) x WHERE x IS NOT NULL ORDER BY 1);
    clauses     bigint[] := ARRAY(SELECT DISTINCT x FROM unnest(clause_ids) x WHERE x IS NOT NULL ORDER BY 1);
    plans       text[];
    resolutions text[];
BEGIN
    IF cardinality(items) = 0 AND cardinality(clauses) = 0 AND coalesce(cardinality(plan_ids), 0) = 0 THEN
        RETURN;
    END IF;
    plans := ARRAY(
        SELECT DISTINCT p.code
          FROM action_plan p
         WHERE p.id IN (SELECT i.plan_id FROM action_item i WHERE i.id = ANY (items))
            OR p.id = ANY (coalesce(plan_ids, '{}'))
         ORDER BY 1);
    resolutions := ARRAY(
        SELECT DISTINCT r.number
          FROM clause c
          JOIN section s ON s.id = c.section_id
          JOIN resolution_revision v ON v.id = s.revision_id
          JOIN resolution r ON r.id = v.resolution_id
         WHERE c.id = ANY (clauses)
            OR c.id IN (SELECT l.clause_id FROM action_item_clause l WHERE l.action_item_id = ANY (items))
         ORDER BY 1);
    PERFORM pg_notify('tracker_change', json_build_object(
        't', source,
        'op', operation,
        'items', items[1:max_ids],
        'clauses', clauses[1:max_ids],
        'plans', plans[1:max_ids],
        'resolutions', resolutions[1:max_ids],
        'more', cardinality(items) > max_ids OR cardinality(clauses) > max_ids
                OR cardinality(plans) > max_ids OR cardinality(resolutions) > max_ids,
        'at', floor(extract(epoch FROM clock_timestamp()) * 1000)::bigint,
        'from', earliest)::text);
END;
$$;

-- Status reports on items and on clauses (the heatmap). The journal is append-only: INSERT only.
CREATE OR REPLACE FUNCTION live_status_event() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    PERFORM live_notify(TG_TABLE_NAME, TG_OP,
                        ARRAY(SELECT action_item_id FROM new_rows),
                        NULL,
                        ARRAY(SELECT clause_id FROM new_rows),
                        (SELECT min(occurred_on) FROM new_rows));
    RETURN NULL;
END;
$$;

DROP TRIGGER IF EXISTS status_event_live ON status_event;
CREATE TRIGGER status_event_live
    AFTER INSERT ON status_event
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION live_status_event();

-- Items. An update that only moves the current event (and its copied columns) is left out of the
-- live notifications: the status_event trigger of the same transaction has announced it. A derived
-- update (is_derived_update) does not even fire the update trigger.
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

DROP TRIGGER IF EXISTS action_item_live_insert ON action_item;
CREATE TRIGGER action_item_live_insert
    AFTER INSERT ON action_item
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION live_action_item();

DROP TRIGGER IF EXISTS action_item_live_update ON action_item;
CREATE TRIGGER action_item_live_update
    AFTER UPDATE ON action_item
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT
    WHEN (NOT is_derived_update())
    EXECUTE FUNCTION live_action_item();

DROP TRIGGER IF EXISTS action_item_live_delete ON action_item;
CREATE TRIGGER action_item_live_delete
    AFTER DELETE ON action_item
    REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION live_action_item();

-- Who is responsible for an item and which clauses it implements: the charts by entity and by resolution.
CREATE OR REPLACE FUNCTION live_item_link() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    IF TG_OP = 'DELETE' THEN
        PERFORM live_notify(TG_TABLE_NAME, TG_OP, ARRAY(SELECT action_item_id FROM old_rows), NULL, NULL);
    ELSE
        PERFORM live_notify(TG_TABLE_NAME, TG_OP, ARRAY(SELECT action_item_id FROM new_rows), NULL, NULL);
    END IF;
    RETURN NULL;
END;
$$;

DROP TRIGGER IF EXISTS action_item_entity_live_insert ON action_item_entity;
CREATE TRIGGER action_item_entity_live_insert
    AFTER INSERT ON action_item_entity
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION live_item_link();

DROP TRIGGER IF EXISTS action_item_entity_live_update ON action_item_entity;
CREATE TRIGGER action_item_entity_live_update
    AFTER UPDATE ON action_item_entity
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION live_item_link();

DROP TRIGGER IF EXISTS action_item_entity_live_delete ON action_item_entity;
CREATE TRIGGER action_item_entity_live_delete
    AFTER DELETE ON action_item_entity
    REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION live_item_link();

DROP TRIGGER IF EXISTS action_item_clause_live_insert ON action_item_clause;
CREATE TRIGGER action_item_clause_live_insert
    AFTER INSERT ON action_item_clause
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION live_item_link();

DROP TRIGGER IF EXISTS action_item_clause_live_update ON action_item_clause;
CREATE TRIGGER action_item_clause_live_update
    AFTER UPDATE ON action_item_clause
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION live_item_link();

DROP TRIGGER IF EXISTS action_item_clause_live_delete ON action_item_clause;
CREATE TRIGGER action_item_clause_live_delete
    AFTER DELETE ON action_item_clause
    REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION live_item_link();

-- Reference data: one notification per table and transaction (identical payloads are merged).
CREATE OR REPLACE FUNCTION live_table() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    PERFORM pg_notify('tracker_change', json_build_object('t', TG_TABLE_NAME, 'op', TG_OP)::text);
    RETURN NULL;
END;
$$;

DROP TRIGGER IF EXISTS action_plan_live ON action_plan;
CREATE TRIGGER action_plan_live AFTER INSERT OR UPDATE OR DELETE ON action_plan
    FOR EACH STATEMENT EXECUTE FUNCTION live_table();
DROP TRIGGER IF EXISTS meeting_live ON meeting;
CREATE TRIGGER meeting_live AFTER INSERT OR UPDATE OR DELETE ON meeting
    FOR EACH STATEMENT EXECUTE FUNCTION live_table();
DROP TRIGGER IF EXISTS study_period_live ON study_period;
CREATE TRIGGER study_period_live AFTER INSERT OR UPDATE OR DELETE ON study_period
    FOR EACH STATEMENT EXECUTE FUNCTION live_table();
DROP TRIGGER IF EXISTS resolution_revision_live ON resolution_revision;
CREATE TRIGGER resolution_revision_live AFTER INSERT OR UPDATE OR DELETE ON resolution_revision
    FOR EACH STATEMENT EXECUTE FUNCTION live_table();
DROP TRIGGER IF EXISTS clause_live ON clause;
CREATE TRIGGER clause_live AFTER INSERT OR UPDATE OR DELETE ON clause
    FOR EACH STATEMENT EXECUTE FUNCTION live_table();
DROP TRIGGER IF EXISTS status_live ON status;
CREATE TRIGGER status_live AFTER INSERT OR UPDATE OR DELETE ON status
    FOR EACH STATEMENT EXECUTE FUNCTION live_table();
