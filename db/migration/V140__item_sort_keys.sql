-- Sort keys stored as columns of action_item, with indexes, so that the grid, the reports and the
-- API sort (and filter on deadlines) through an index of one table instead of computing an
-- expression over a join for every item (issue 14):
--   code_key  the natural order of item codes: 68-2 before 68-10 (issue 18). Every run of digits
--             becomes its length (two digits) followed by the digits without leading zeros, the
--             rest is lower-cased; compared byte by byte (COLLATE "C"), whatever the locale.
--   deadline  the due date, or else the end of the target meeting (what the grid shows as "due").
-- Generated columns, functions and triggers are beyond the jOOQ DDL parser, hence the markers;
-- ItemQuery names the columns once.
-- [jooq ignore start]
CREATE FUNCTION natural_sort_key(code text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS
$$
SELECT coalesce(string_agg(CASE
                               WHEN t.part ~ '^[0-9]'
                                   THEN lpad(length(coalesce(nullif(ltrim(t.part, '0'), ''), '0'))::text, 2, '0')
                                        || coalesce(nullif(ltrim(t.part, '0'), ''), '0')
                               ELSE lower(t.part)
                           END, '' ORDER BY t.ord), '')
  FROM regexp_matches(code, '[0-9]+|[^0-9]+', 'g') WITH ORDINALITY AS m(parts, ord)
 CROSS JOIN LATERAL (SELECT m.parts[1] AS part, m.ord) t
$$;

ALTER TABLE action_item
    ADD COLUMN code_key text COLLATE "C" GENERATED ALWAYS AS (natural_sort_key(code)) STORED;

ALTER TABLE action_item ADD COLUMN deadline DATE;

UPDATE action_item i
   SET deadline = coalesce(i.due_date, (SELECT m.end_date FROM meeting m WHERE m.id = i.target_meeting_id))
 WHERE coalesce(i.due_date, (SELECT m.end_date FROM meeting m WHERE m.id = i.target_meeting_id)) IS NOT NULL;

CREATE FUNCTION set_item_deadline() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    NEW.deadline := coalesce(NEW.due_date, (SELECT m.end_date FROM meeting m WHERE m.id = NEW.target_meeting_id));
    RETURN NEW;
END;
$$;

CREATE TRIGGER action_item_deadline
    BEFORE INSERT OR UPDATE OF due_date, target_meeting_id, deadline ON action_item
    FOR EACH ROW EXECUTE FUNCTION set_item_deadline();

-- A meeting that moves moves the deadline of the items that target it. That update is derived data
-- (the meeting's own change is audited and announced), so it is marked as V052's derived updates are.
CREATE FUNCTION move_item_deadlines() RETURNS trigger
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

CREATE TRIGGER meeting_item_deadlines
    AFTER UPDATE OF end_date ON meeting
    FOR EACH ROW
    WHEN (OLD.end_date IS DISTINCT FROM NEW.end_date)
    EXECUTE FUNCTION move_item_deadlines();

CREATE INDEX action_item_code_key_ix ON action_item (code_key, plan_id, position, id);
CREATE INDEX action_item_deadline_ix ON action_item (deadline DESC NULLS LAST, plan_id, position, id);
-- [jooq ignore stop]
