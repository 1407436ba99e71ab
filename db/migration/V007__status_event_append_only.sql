-- [jooq ignore start]
-- The status history is never rewritten: the database itself refuses UPDATE and DELETE.
CREATE FUNCTION reject_change() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION '% is append-only: % is not allowed', TG_TABLE_NAME, TG_OP
        USING ERRCODE = 'restrict_violation';
END;
$$;

CREATE TRIGGER status_event_append_only
    BEFORE UPDATE OR DELETE ON status_event
    FOR EACH ROW EXECUTE FUNCTION reject_change();

CREATE TRIGGER status_event_no_truncate
    BEFORE TRUNCATE ON status_event
    FOR EACH STATEMENT EXECUTE FUNCTION reject_change();

CREATE TRIGGER evidence_append_only
    BEFORE UPDATE OR DELETE ON evidence
    FOR EACH ROW EXECUTE FUNCTION reject_change();

-- The current status of an item is its latest event by (occurred_on, id). Kept in the same
-- transaction as the insert; the row lock on action_item serialises concurrent reports and the
-- WHERE clause is re-checked after the wait, so the latest event always wins.
CREATE FUNCTION set_current_event() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    IF NEW.action_item_id IS NOT NULL THEN
        UPDATE action_item i
           SET current_event_id = NEW.id
         WHERE i.id = NEW.action_item_id
           AND (i.current_event_id IS NULL
                OR (SELECT (e.occurred_on, e.id) FROM status_event e WHERE e.id = i.current_event_id)
                   < (NEW.occurred_on, NEW.id));
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER status_event_set_current
    AFTER INSERT ON status_event
    FOR EACH ROW EXECUTE FUNCTION set_current_event();
-- [jooq ignore stop]
