CREATE TABLE meeting_kind (
    code      VARCHAR(20)  NOT NULL PRIMARY KEY,
    name      VARCHAR(100) NOT NULL,
    position  INTEGER      NOT NULL DEFAULT 0
);

CREATE TABLE meeting (
    id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code             VARCHAR(40)  NOT NULL,
    kind             VARCHAR(20)  NOT NULL REFERENCES meeting_kind (code),
    title            VARCHAR(300) NOT NULL,
    place            VARCHAR(100),
    start_date       DATE         NOT NULL,
    end_date         DATE         NOT NULL,
    study_period_id  BIGINT       NOT NULL REFERENCES study_period (id),
    -- invented demo meetings are labelled as sample data
    sample           BOOLEAN      NOT NULL DEFAULT FALSE,
    version          INTEGER      NOT NULL DEFAULT 0,
    CONSTRAINT meeting_code_uk UNIQUE (code),
    CONSTRAINT meeting_dates_ck CHECK (end_date >= start_date)
);
CREATE INDEX meeting_period_ix ON meeting (study_period_id, start_date);
