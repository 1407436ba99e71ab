-- Repeatable (issue 17), first written as V082.
-- Notifications (issue 16): the changes worth telling are captured by triggers, in the transaction
-- of the change itself, whatever code writes it (views, imports, the command line, other nodes).
-- A rolled-back change leaves nothing behind. Statement-level triggers with transition tables: a
-- bulk import of 300 reports is one INSERT ... SELECT, not 300. The derived update of an item
-- after a status report (V052) is no field change. A backup import switches these triggers off
-- together with the audit triggers (their functions are named notification_capture_*): it
-- restores the journal, it does not add to it.

CREATE OR REPLACE FUNCTION notification_actor() RETURNS text
    LANGUAGE sql STABLE AS
$$ SELECT coalesce(nullif(current_setting('tracker.actor', true), ''), 'system') $$;

-- The fields of an item that a reader cares about, with codes instead of ids.
CREATE OR REPLACE FUNCTION notification_item_fields(item jsonb) RETURNS jsonb
    LANGUAGE sql STABLE AS
$$
SELECT jsonb_build_object(
           'title', item -> 'title',
           'description', item -> 'description',
           'owner', item -> 'owner',
           'start_date', item -> 'start_date',
           'due_date', item -> 'due_date',
           'target_meeting', (SELECT to_jsonb(m.code) FROM meeting m WHERE m.id = (item ->> 'target_meeting_id')::bigint),
           'priority', item -> 'priority',
           'weight', item -> 'weight',
           'internal', item -> 'internal',
           'plan', (SELECT to_jsonb(p.code) FROM action_plan p WHERE p.id = (item ->> 'plan_id')::bigint),
           'parent', (SELECT to_jsonb(i.code) FROM action_item i WHERE i.id = (item ->> 'parent_id')::bigint),
           'study_period', (SELECT to_jsonb(s.code) FROM study_period s WHERE s.id = (item ->> 'study_period_id')::bigint))
$$;

CREATE OR REPLACE FUNCTION notification_capture_status_event() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    INSERT INTO notification_change (kind, action_item_id, status_event_id, internal, actor)
    SELECT 'STATUS_REPORT', n.action_item_id, n.id, i.internal, notification_actor()
      FROM new_rows n
      JOIN action_item i ON i.id = n.action_item_id
     ORDER BY n.id;
    RETURN NULL;
END;
$$;

DROP TRIGGER IF EXISTS status_event_notification ON status_event;
CREATE TRIGGER status_event_notification
    AFTER INSERT ON status_event
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION notification_capture_status_event();

CREATE OR REPLACE FUNCTION notification_capture_item() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO notification_change (kind, action_item_id, internal, actor)
        SELECT 'NEW_ITEM', n.id, n.internal, notification_actor()
          FROM new_rows n
         ORDER BY n.id;
    ELSE
        INSERT INTO notification_change (kind, action_item_id, internal, actor, field, old_value, new_value)
        SELECT 'FIELD_CHANGE', n.id, n.internal OR o.internal, notification_actor(), f.key, f.value #>> '{}',
               new_item.fields ->> f.key
          FROM new_rows n
          JOIN old_rows o ON o.id = n.id
         CROSS JOIN LATERAL (SELECT notification_item_fields(to_jsonb(o)) AS fields) old_item
         CROSS JOIN LATERAL (SELECT notification_item_fields(to_jsonb(n)) AS fields) new_item
         CROSS JOIN LATERAL jsonb_each(old_item.fields) f
         WHERE f.value IS DISTINCT FROM new_item.fields -> f.key
         ORDER BY n.id, f.key;
    END IF;
    RETURN NULL;
END;
$$;

DROP TRIGGER IF EXISTS action_item_notification_insert ON action_item;
CREATE TRIGGER action_item_notification_insert
    AFTER INSERT ON action_item
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION notification_capture_item();

DROP TRIGGER IF EXISTS action_item_notification_update ON action_item;
CREATE TRIGGER action_item_notification_update
    AFTER UPDATE ON action_item
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT
    WHEN (NOT is_derived_update())
    EXECUTE FUNCTION notification_capture_item();

-- The composer takes the changes of every transaction that can no longer commit anything older:
-- those below the oldest transaction still running (ids and times are not in commit order). It
-- never stamps a change earlier than a period already composed, so no change is left behind.
CREATE OR REPLACE FUNCTION notification_stamp(stamp timestamp with time zone) RETURNS integer
    LANGUAGE plpgsql AS
$$
DECLARE
    stamped integer;
BEGIN
    UPDATE notification_change
       SET seen_at = greatest(stamp, (SELECT max(r.composed_until) FROM digest_run r))
     WHERE seen_at IS NULL
       AND txid < pg_snapshot_xmin(pg_current_snapshot());
    GET DIAGNOSTICS stamped = ROW_COUNT;
    RETURN stamped;
END;
$$;
