-- Indexes for the grid's sort keys that are columns of action_item (issue 14), so that a page
-- sorted by one of them walks the index and stops after its rows instead of sorting every match.
-- A sort is ascending or descending, nulls last either way; a btree index read backwards puts the
-- nulls first, so a nullable key needs one index per direction. V140 made
-- action_item_deadline_ix (descending) and action_item_code_key_ix (code_key is never null, so
-- its backward scan serves the descending sort).
CREATE INDEX action_item_deadline_asc_ix ON action_item (deadline ASC NULLS LAST);
CREATE INDEX action_item_current_on_ix ON action_item (current_on ASC NULLS LAST);
CREATE INDEX action_item_current_on_desc_ix ON action_item (current_on DESC NULLS LAST);
