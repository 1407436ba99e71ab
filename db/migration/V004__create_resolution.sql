CREATE TABLE resolution (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    number         VARCHAR(20)  NOT NULL,
    adopting_body  VARCHAR(40)  NOT NULL DEFAULT 'WTSA',
    title          VARCHAR(500) NOT NULL,
    version        INTEGER      NOT NULL DEFAULT 0,
    CONSTRAINT resolution_number_uk UNIQUE (adopting_body, number),
    CONSTRAINT resolution_number_ck CHECK (length(trim(number)) > 0)
);

CREATE TABLE resolution_revision (
    id                    BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    resolution_id         BIGINT       NOT NULL REFERENCES resolution (id) ON DELETE CASCADE,
    place                 VARCHAR(100) NOT NULL,
    year                  INTEGER      NOT NULL,
    title                 VARCHAR(500) NOT NULL,
    history               VARCHAR(500),
    assembly_line         VARCHAR(500),
    assembly_id           BIGINT REFERENCES assembly (id),
    previous_revision_id  BIGINT REFERENCES resolution_revision (id),
    in_force              BOOLEAN      NOT NULL DEFAULT FALSE,
    source                VARCHAR(500),
    full_text             TEXT,
    imported_at           TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    version               INTEGER      NOT NULL DEFAULT 0,
    CONSTRAINT resolution_revision_uk UNIQUE (resolution_id, place, year),
    CONSTRAINT resolution_revision_year_ck CHECK (year BETWEEN 1950 AND 2200),
    CONSTRAINT resolution_revision_previous_ck CHECK (previous_revision_id IS NULL OR previous_revision_id <> id)
);

CREATE TABLE section (
    id                BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    revision_id       BIGINT       NOT NULL REFERENCES resolution_revision (id) ON DELETE CASCADE,
    position          INTEGER      NOT NULL,
    heading           VARCHAR(500) NOT NULL,
    previous_heading  VARCHAR(500),
    kind              VARCHAR(20)  NOT NULL,
    addressee         VARCHAR(500),
    CONSTRAINT section_position_uk UNIQUE (revision_id, position),
    CONSTRAINT section_kind_ck CHECK (kind IN ('PREAMBLE', 'OPERATIVE'))
);

-- The entities an operative section addresses ("resolves to instruct the Director of TSB" -> TSB).
CREATE TABLE section_addressee (
    section_id  BIGINT NOT NULL REFERENCES section (id) ON DELETE CASCADE,
    entity_id   BIGINT NOT NULL REFERENCES entity (id),
    PRIMARY KEY (section_id, entity_id)
);

CREATE TABLE clause (
    id                  BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    section_id          BIGINT      NOT NULL REFERENCES section (id) ON DELETE CASCADE,
    position            INTEGER     NOT NULL,
    -- null only for a clause that exists only in the previous revision (deleted by this one)
    label               VARCHAR(10),
    previous_label      VARCHAR(10),
    change              VARCHAR(20) NOT NULL DEFAULT 'UNCHANGED',
    text                TEXT        NOT NULL,
    -- lineage: the clause of the previous revision that this one continues
    previous_clause_id  BIGINT REFERENCES clause (id),
    CONSTRAINT clause_position_uk UNIQUE (section_id, position),
    CONSTRAINT clause_change_ck CHECK (change IN ('UNCHANGED', 'INSERTED', 'DELETED', 'RELABELLED', 'UNCERTAIN')),
    CONSTRAINT clause_label_ck CHECK (label IS NOT NULL OR change = 'DELETED'),
    CONSTRAINT clause_previous_ck CHECK (previous_clause_id IS NULL OR previous_clause_id <> id)
);
CREATE INDEX clause_previous_ix ON clause (previous_clause_id);

-- Sub-items (dash or roman items) and footnotes of a clause, in order.
CREATE TABLE clause_note (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    clause_id  BIGINT      NOT NULL REFERENCES clause (id) ON DELETE CASCADE,
    kind       VARCHAR(20) NOT NULL,
    position   INTEGER     NOT NULL,
    text       TEXT        NOT NULL,
    CONSTRAINT clause_note_uk UNIQUE (clause_id, kind, position),
    CONSTRAINT clause_note_kind_ck CHECK (kind IN ('SUB_ITEM', 'FOOTNOTE'))
);

-- At most one revision of a resolution is in force.
CREATE UNIQUE INDEX resolution_revision_in_force_uk ON resolution_revision (resolution_id) WHERE in_force;
