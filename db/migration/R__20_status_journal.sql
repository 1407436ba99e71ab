-- Repeatable (issue 17): the status journal. status_event and evidence are append-only, and each
-- new event of an item becomes the item's current status in the same transaction.

DROP TRIGGER IF EXISTS status_event_append_only ON status_event;
CREATE TRIGGER status_event_append_only
    BEFORE UPDATE OR DELETE ON status_event
    FOR EACH ROW EXECUTE FUNCTION reject_change();

DROP TRIGGER IF EXISTS status_event_no_truncate ON status_event;
CREATE TRIGGER status_event_no_truncate
    BEFORE TRUNCATE ON status_event
    FOR EACH STATEMENT EXECUTE FUNCTION reject_change();

DROP TRIGGER IF EXISTS evidence_append_only ON evidence;
CREATE TRIGGER evidence_append_only
    BEFORE UPDATE OR DELETE ON evidence
    FOR EACH ROW EXECUTE FUNCTION reject_change();

-- The current status of an item is its latest event by (occurred_on, id): its id goes to
-- action_item.current_event_id, its status, RAG, progress and date to the current_* columns (V051),
-- so that the grid, the dashboard and the reports read one table. Kept in the same transaction as
-- the insert; the row lock on action_item serialises concurrent reports and the latest-event test
-- is re-evaluated on the row as it is after the wait, so the latest event always wins. The same
-- update appends the event's narrative to the item's search vector (V171), whether or not the
-- event is the latest, so that the grid's text filter reads the item row only. The update is
-- derived data (is_derived_update): the event itself is the journal, with its author and time, and
-- the live trigger of status_event announces it; auditing and diffing the item row again once per
-- event made a bulk import of status reports cost about a millisecond per event (V052).
CREATE OR REPLACE FUNCTION set_current_event() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    IF NEW.action_item_id IS NOT NULL THEN
        PERFORM set_config('tracker.derived_update', 'on', true);
        UPDATE action_item i
           SET search = i.search || to_tsvector('english', coalesce(NEW.narrative, '')),
               (current_event_id, current_status, current_rag, current_progress, current_on) =
               (SELECT CASE WHEN l.latest THEN NEW.id ELSE i.current_event_id END,
                       CASE WHEN l.latest THEN NEW.status ELSE i.current_status END,
                       CASE WHEN l.latest THEN NEW.rag ELSE i.current_rag END,
                       CASE WHEN l.latest THEN NEW.progress ELSE i.current_progress END,
                       CASE WHEN l.latest THEN NEW.occurred_on ELSE i.current_on END
                  FROM (SELECT i.current_event_id IS NULL
                               OR (SELECT (e.occurred_on, e.id) FROM status_event e WHERE e.id = i.current_event_id)
                                  < (NEW.occurred_on, NEW.id) AS latest) l)
         WHERE i.id = NEW.action_item_id;
        PERFORM set_config('tracker.derived_update', 'off', true);
    END IF;
    RETURN NULL;
END;
$$;

DROP TRIGGER IF EXISTS status_event_set_current ON status_event;
CREATE TRIGGER status_event_set_current
    AFTER INSERT ON status_event
    FOR EACH ROW EXECUTE FUNCTION set_current_event();

-- Progress rolled up through the whole hierarchy, as Decidim and OpenProject do: an item with
-- children takes the average (or the weight-weighted average, per its plan) of its children's
-- progress, each child counting with its own rolled-up progress when it has children itself.
-- Null for an item without children. A child's own progress is its current progress, or the
-- progress its current status implies, or 0. Roll-ups count only what the reader may see (V120):
-- internal children are left out unless include_internal.
CREATE OR REPLACE FUNCTION item_rollup(item_id bigint, include_internal boolean) RETURNS integer
    LANGUAGE plpgsql STABLE AS
$$
BEGIN
    RETURN (
        SELECT round(CASE
                         WHEN p.rollup = 'WEIGHTED'
                             THEN sum(coalesce(item_rollup(c.id, include_internal), c.current_progress,
                                               s.implied_progress, 0) * c.weight)::numeric
                                  / nullif(sum(c.weight), 0)
                         ELSE avg(coalesce(item_rollup(c.id, include_internal), c.current_progress,
                                           s.implied_progress, 0))
                     END)::integer
          FROM action_item c
          JOIN action_plan p ON p.id = c.plan_id
          LEFT JOIN status s ON s.code = c.current_status
         WHERE c.parent_id = item_id
           AND (include_internal OR NOT c.internal)
         GROUP BY p.rollup);
END;
$$;
