CREATE TABLE status (
    code              VARCHAR(20)  NOT NULL PRIMARY KEY,
    name              VARCHAR(100) NOT NULL,
    position          INTEGER      NOT NULL,
    -- closed statuses end the work: completed, superseded, withdrawn
    closed            BOOLEAN      NOT NULL DEFAULT FALSE,
    -- a status may imply a progress value (completed = 100)
    implied_progress  INTEGER,
    CONSTRAINT status_implied_progress_ck CHECK (implied_progress IS NULL OR implied_progress BETWEEN 0 AND 100)
);

-- Append-only journal of status reports, for an action item or for a clause's implementation in a study period.
CREATE TABLE status_event (
    id                 BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    action_item_id     BIGINT REFERENCES action_item (id),
    clause_id          BIGINT REFERENCES clause (id),
    study_period_id    BIGINT REFERENCES study_period (id),
    kind               VARCHAR(20)  NOT NULL DEFAULT 'REPORT',
    status             VARCHAR(20)  NOT NULL REFERENCES status (code),
    progress           INTEGER,
    rag                VARCHAR(5),
    narrative          TEXT,
    meeting_id         BIGINT REFERENCES meeting (id),
    -- the date the report speaks for; recorded_at is when it was written down
    occurred_on        DATE         NOT NULL,
    author             VARCHAR(200) NOT NULL,
    recorded_at        TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    -- a mistake is corrected by a new event that names the one it corrects
    corrects_event_id  BIGINT REFERENCES status_event (id),
    CONSTRAINT status_event_target_ck CHECK (
        (action_item_id IS NOT NULL AND clause_id IS NULL)
        OR (action_item_id IS NULL AND clause_id IS NOT NULL AND study_period_id IS NOT NULL)),
    CONSTRAINT status_event_kind_ck CHECK (kind IN ('REPORT', 'CORRECTION', 'CARRY_OVER', 'REOPEN', 'DECISION')),
    CONSTRAINT status_event_progress_ck CHECK (progress IS NULL OR progress BETWEEN 0 AND 100),
    CONSTRAINT status_event_rag_ck CHECK (rag IS NULL OR rag IN ('RED', 'AMBER', 'GREEN')),
    CONSTRAINT status_event_author_ck CHECK (length(trim(author)) > 0)
);
CREATE INDEX status_event_item_ix ON status_event (action_item_id, occurred_on DESC, id DESC);
CREATE INDEX status_event_clause_ix ON status_event (clause_id, study_period_id, occurred_on DESC, id DESC);
CREATE INDEX status_event_meeting_ix ON status_event (meeting_id);
CREATE INDEX status_event_recorded_ix ON status_event (recorded_at);

-- Evidence behind a report: TD numbers, contributions, communiqués, links.
CREATE TABLE evidence (
    id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    status_event_id  BIGINT       NOT NULL REFERENCES status_event (id),
    position         INTEGER      NOT NULL DEFAULT 0,
    kind             VARCHAR(20)  NOT NULL,
    reference        VARCHAR(300) NOT NULL,
    url              VARCHAR(1000),
    CONSTRAINT evidence_kind_ck CHECK (kind IN ('TD', 'CONTRIBUTION', 'COMMUNIQUE', 'REPORT', 'URL', 'OTHER')),
    CONSTRAINT evidence_reference_ck CHECK (length(trim(reference)) > 0)
);
CREATE INDEX evidence_event_ix ON evidence (status_event_id);

ALTER TABLE action_item
    ADD CONSTRAINT action_item_current_event_fk FOREIGN KEY (current_event_id) REFERENCES status_event (id);
