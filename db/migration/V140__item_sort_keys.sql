-- Sort keys stored as columns of action_item, with indexes, so that the grid, the reports and the
-- API sort (and filter on deadlines) through an index of one table instead of computing an
-- expression over a join for every item (issue 14):
--   code_key  the natural order of item codes: 68-2 before 68-10 (issue 18). Every run of digits
--             becomes its length (two digits) followed by the digits without leading zeros, the
--             rest is lower-cased; compared byte by byte (COLLATE "C"), whatever the locale.
--   deadline  the due date, or else the end of the target meeting (what the grid shows as "due").
-- ItemQuery names the columns once.
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

-- The triggers that keep the deadline current live in R__40_item_deadline.sql (issue 17);
-- natural_sort_key stays here, because the generated column needs it.

CREATE INDEX action_item_code_key_ix ON action_item (code_key, plan_id, position, id);
CREATE INDEX action_item_deadline_ix ON action_item (deadline DESC NULLS LAST, plan_id, position, id);
