-- Roll-ups count only what the reader may see (issue 19, item 7): a member saw a parent at 93%
-- while both children visible to them were at 100%, the rest being unfinished internal work.
-- item_rollup(item, include_internal) leaves internal children out unless include_internal; the
-- one-argument form, which counted every child, goes. The function itself lives in
-- R__20_status_journal.sql (issue 17).
DROP FUNCTION IF EXISTS item_rollup(bigint);
