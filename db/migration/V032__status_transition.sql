-- The status workflow is data: a report may move an item from one status to another only when a
-- row allows it. Leaving a closed status (completed, superseded, withdrawn) is a reopening: it
-- needs a reason, and only a chair may do it.
CREATE TABLE status_transition (
    from_status      VARCHAR(20) NOT NULL REFERENCES status (code),
    to_status        VARCHAR(20) NOT NULL REFERENCES status (code),
    requires_reason  BOOLEAN     NOT NULL DEFAULT FALSE,
    chair_only       BOOLEAN     NOT NULL DEFAULT FALSE,
    PRIMARY KEY (from_status, to_status)
);

INSERT INTO status_transition (from_status, to_status, requires_reason, chair_only)
SELECT f.code, t.code, f.closed AND NOT t.closed, f.closed AND NOT t.closed
  FROM status f
 CROSS JOIN status t;

SELECT enable_audit('status_transition');
