-- Repeatable (issue 17): action_item.deadline (V140), the due date or else the end of the target
-- meeting, what the grid shows as "due", kept current by triggers.

CREATE OR REPLACE FUNCTION set_item_deadline() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    NEW.deadline := coalesce(NEW.due_date, (SELECT m.end_date FROM meeting m WHERE m.id = NEW.target_meeting_id));
    RETURN NEW;
END;
$$;

DROP TRIGGER IF EXISTS action_item_deadline ON action_item;
CREATE TRIGGER action_item_deadline
    BEFORE INSERT OR UPDATE OF due_date, target_meeting_id, deadline ON action_item
    FOR EACH ROW EXECUTE FUNCTION set_item_deadline();

-- A meeting that moves moves the deadline of the items that target it. That update is derived data
-- (the meeting's own change is audited and announced), so it is marked as derived (is_derived_update).
CREATE OR REPLACE FUNCTION move_item_deadlines() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    PERFORM set_config('tracker.derived_update', 'on', true);
    UPDATE action_item i
       SET deadline = NEW.end_date
     WHERE i.target_meeting_id = NEW.id
       AND i.due_date IS NULL
       AND i.deadline IS DISTINCT FROM NEW.end_date;
    PERFORM set_config('tracker.derived_update', 'off', true);
    RETURN NULL;
END;
$$;

DROP TRIGGER IF EXISTS meeting_item_deadlines ON meeting;
CREATE TRIGGER meeting_item_deadlines
    AFTER UPDATE OF end_date ON meeting
    FOR EACH ROW
    WHEN (OLD.end_date IS DISTINCT FROM NEW.end_date)
    EXECUTE FUNCTION move_item_deadlines();
