-- Repeatable (issue 14): action_item.search (V171), the item's title and description followed by
-- the narratives of its events. An event appends its narrative (set_current_event, R__20); a new
-- or changed title or description recomputes the whole vector here.

CREATE OR REPLACE FUNCTION set_item_search() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    IF TG_OP = 'INSERT' THEN
        -- a new item has no events yet
        NEW.search := to_tsvector('english', coalesce(NEW.title, '') || ' ' || coalesce(NEW.description, ''));
    ELSIF NEW.title IS DISTINCT FROM OLD.title OR NEW.description IS DISTINCT FROM OLD.description THEN
        NEW.search := item_search_vector(NEW.id, NEW.title, NEW.description);
    END IF;
    RETURN NEW;
END;
$$;

DROP TRIGGER IF EXISTS action_item_search ON action_item;
CREATE TRIGGER action_item_search
    BEFORE INSERT OR UPDATE OF title, description ON action_item
    FOR EACH ROW EXECUTE FUNCTION set_item_search();
