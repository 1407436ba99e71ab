-- The item's own search vector takes in the narratives of its status events (issue 14), so that
-- the grid's text filter is a test of the item's row instead of a semi-join over every event: the
-- page query can then walk a sort index and stop after one page of matching rows.
--   action_item.search  to_tsvector('english', title || ' ' || description) as before (V030), then
--                       the vector of each event narrative of the item, in event order, appended
--                       with tsvector || (item_search_vector below).
-- It was a generated column; it becomes a plain one, kept current by the triggers of
-- R__20_status_journal.sql (an event appends its narrative) and R__70_item_search.sql (a new
-- title or description recomputes it). The per-event GIN index of V030 goes: nothing reads it now.

-- The whole search vector of an item, from its text and its journal: the vector of its title and
-- description, then that of each narrative in event order, joined with tsvector || as the event
-- trigger appends them (the backfill below, the trigger of R__70 and the synthetic generator).
CREATE FUNCTION item_search_vector(item_id bigint, title text, description text) RETURNS tsvector
    LANGUAGE plpgsql STABLE AS
$$
DECLARE
    vector tsvector := to_tsvector('english', coalesce(title, '') || ' ' || coalesce(description, ''));
    narrative text;
BEGIN
    FOR narrative IN SELECT e.narrative FROM status_event e WHERE e.action_item_id = item_id ORDER BY e.id LOOP
        vector := vector || to_tsvector('english', coalesce(narrative, ''));
    END LOOP;
    RETURN vector;
END;
$$;

DROP INDEX status_event_narrative_search_ix;
ALTER TABLE action_item DROP COLUMN search;
ALTER TABLE action_item ADD COLUMN search tsvector NOT NULL DEFAULT ''::tsvector;

-- Backfill: derived data, written here (the triggers only come with the R__ files on a new database).
SELECT set_config('tracker.derived_update', 'on', true);
UPDATE action_item i SET search = item_search_vector(i.id, i.title, i.description);
SELECT set_config('tracker.derived_update', 'off', true);

CREATE INDEX action_item_search_ix ON action_item USING GIN (search);
