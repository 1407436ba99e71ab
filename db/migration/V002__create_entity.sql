-- Who can be instructed, invited, cooperate or be reported to. Texts keep naming new ones, so this is a table.
CREATE TABLE entity (
    id        BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code      VARCHAR(40)  NOT NULL,
    name      VARCHAR(200) NOT NULL,
    kind      VARCHAR(20)  NOT NULL,
    position  INTEGER      NOT NULL DEFAULT 0,
    CONSTRAINT entity_code_uk UNIQUE (code),
    CONSTRAINT entity_kind_ck CHECK (kind IN ('BUREAU', 'OFFICIAL', 'GROUP', 'MEMBERSHIP', 'BODY', 'REGION'))
);

-- Other names an entity goes by in resolution texts, used to match addressees ("the Director of TSB").
CREATE TABLE entity_alias (
    entity_id  BIGINT       NOT NULL REFERENCES entity (id) ON DELETE CASCADE,
    alias      VARCHAR(300) NOT NULL,
    PRIMARY KEY (entity_id, alias)
);
CREATE INDEX entity_alias_alias_ix ON entity_alias (alias);
