-- The current status of an item, copied from its latest event (the one current_event_id points to)
-- onto the item itself, so that the grid, the dashboard and the reports filter, sort and count a
-- plain column of one table instead of joining every item to status_event (which grows by about 20
-- rows per item). The status_event trigger (R__20_status_journal.sql) keeps them in the same transaction as the event;
-- they are null, like current_event_id, until the first event.
ALTER TABLE action_item ADD COLUMN current_status VARCHAR(20) REFERENCES status (code);
ALTER TABLE action_item ADD COLUMN current_rag VARCHAR(5);
ALTER TABLE action_item ADD COLUMN current_progress INTEGER;
ALTER TABLE action_item ADD COLUMN current_on DATE;

UPDATE action_item i
   SET current_status = e.status,
       current_rag = e.rag,
       current_progress = e.progress,
       current_on = e.occurred_on
  FROM status_event e
 WHERE e.id = i.current_event_id;

CREATE INDEX action_item_current_status_ix ON action_item (current_status);
