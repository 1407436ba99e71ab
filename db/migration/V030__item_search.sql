-- Full-text search over an item's title and description, and over the narratives of its events.
-- ItemQuery names the column and the expression once.
ALTER TABLE action_item
    ADD COLUMN search tsvector
    GENERATED ALWAYS AS (to_tsvector('english', coalesce(title, '') || ' ' || coalesce(description, ''))) STORED;
CREATE INDEX action_item_search_ix ON action_item USING GIN (search);
CREATE INDEX status_event_narrative_search_ix ON status_event USING GIN (to_tsvector('english', coalesce(narrative, '')));
