CREATE TABLE action_plan (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code         VARCHAR(40)  NOT NULL,
    title        VARCHAR(300) NOT NULL,
    description  TEXT,
    approved_by  VARCHAR(100),
    approved_on  DATE,
    -- how progress rolls up from child items: plain average or weighted by item weight
    rollup       VARCHAR(20)  NOT NULL DEFAULT 'AVERAGE',
    sample       BOOLEAN      NOT NULL DEFAULT FALSE,
    version      INTEGER      NOT NULL DEFAULT 0,
    CONSTRAINT action_plan_code_uk UNIQUE (code),
    CONSTRAINT action_plan_rollup_ck CHECK (rollup IN ('AVERAGE', 'WEIGHTED'))
);

CREATE TABLE action_item (
    id                 BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    plan_id            BIGINT       NOT NULL REFERENCES action_plan (id),
    code               VARCHAR(40)  NOT NULL,
    parent_id          BIGINT REFERENCES action_item (id),
    -- the original order of the sheet, restored by "original order"
    position           INTEGER      NOT NULL DEFAULT 0,
    title              VARCHAR(500) NOT NULL,
    description        TEXT,
    owner              VARCHAR(200),
    start_date         DATE,
    due_date           DATE,
    target_meeting_id  BIGINT REFERENCES meeting (id),
    priority           VARCHAR(10)  NOT NULL DEFAULT 'MEDIUM',
    study_period_id    BIGINT       NOT NULL REFERENCES study_period (id),
    weight             INTEGER      NOT NULL DEFAULT 1,
    internal           BOOLEAN      NOT NULL DEFAULT FALSE,
    -- invented demo items are labelled as sample data in the UI
    sample             BOOLEAN      NOT NULL DEFAULT FALSE,
    -- maintained by a trigger on status_event: the latest event by (occurred_on, id)
    current_event_id   BIGINT,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    version            INTEGER      NOT NULL DEFAULT 0,
    CONSTRAINT action_item_code_uk UNIQUE (plan_id, code),
    CONSTRAINT action_item_code_ck CHECK (length(trim(code)) > 0),
    CONSTRAINT action_item_title_ck CHECK (length(trim(title)) > 0),
    CONSTRAINT action_item_priority_ck CHECK (priority IN ('HIGH', 'MEDIUM', 'LOW')),
    CONSTRAINT action_item_dates_ck CHECK (due_date IS NULL OR start_date IS NULL OR due_date >= start_date),
    CONSTRAINT action_item_weight_ck CHECK (weight BETWEEN 0 AND 1000),
    CONSTRAINT action_item_parent_ck CHECK (parent_id IS NULL OR parent_id <> id)
);
CREATE INDEX action_item_plan_ix ON action_item (plan_id, position);
CREATE INDEX action_item_parent_ix ON action_item (parent_id);
CREATE INDEX action_item_period_ix ON action_item (study_period_id);
CREATE INDEX action_item_due_ix ON action_item (due_date);

-- Who is responsible, who collaborates, and where the item reports (TSAG, Council, WTSA).
CREATE TABLE action_item_entity (
    action_item_id  BIGINT      NOT NULL REFERENCES action_item (id) ON DELETE CASCADE,
    entity_id       BIGINT      NOT NULL REFERENCES entity (id),
    role            VARCHAR(20) NOT NULL,
    PRIMARY KEY (action_item_id, role, entity_id),
    CONSTRAINT action_item_entity_role_ck CHECK (role IN ('RESPONSIBLE', 'COLLABORATING', 'REPORTS_TO'))
);
CREATE INDEX action_item_entity_entity_ix ON action_item_entity (entity_id, role);

-- The operative clauses an item implements.
CREATE TABLE action_item_clause (
    action_item_id  BIGINT NOT NULL REFERENCES action_item (id) ON DELETE CASCADE,
    clause_id       BIGINT NOT NULL REFERENCES clause (id),
    PRIMARY KEY (action_item_id, clause_id)
);
CREATE INDEX action_item_clause_clause_ix ON action_item_clause (clause_id);
