-- [jooq ignore start]
-- The update of action_item that the status_event trigger makes (current_event_id and the copied
-- current_* columns of V051) is derived data: the event itself is the append-only journal, with its
-- author and time, and the live trigger of status_event announces it. Auditing that update wrote the
-- whole item row as JSON (its search vector included) once per event, and the live trigger of
-- action_item diffed it again, which made a bulk import of status reports cost about a
-- millisecond per event. The trigger now marks its own update with a transaction-local setting,
-- and the audit and live triggers of action_item pass over a statement so marked.
CREATE OR REPLACE FUNCTION set_current_event() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    IF NEW.action_item_id IS NOT NULL THEN
        PERFORM set_config('tracker.derived_update', 'on', true);
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
        PERFORM set_config('tracker.derived_update', 'off', true);
    END IF;
    RETURN NULL;
END;
$$;

CREATE FUNCTION is_derived_update() RETURNS boolean
    LANGUAGE sql STABLE AS
$$ SELECT coalesce(current_setting('tracker.derived_update', true), 'off') = 'on' $$;

-- The row trigger fires once per row; the WHEN clause keeps the audit function from running at all.
DROP TRIGGER audit_action_item ON action_item;
CREATE TRIGGER audit_action_item
    AFTER INSERT OR UPDATE OR DELETE ON action_item
    FOR EACH ROW
    WHEN (NOT is_derived_update())
    EXECUTE FUNCTION audit_row();

DROP TRIGGER action_item_live_update ON action_item;
CREATE TRIGGER action_item_live_update
    AFTER UPDATE ON action_item
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT
    WHEN (NOT is_derived_update())
    EXECUTE FUNCTION live_action_item();
-- [jooq ignore stop]
