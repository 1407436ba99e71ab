-- Study periods and assemblies are data: the 2017-2020 period ran into 2022, 2022-2024 was short.
CREATE TABLE study_period (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code        VARCHAR(20) NOT NULL,
    start_date  DATE        NOT NULL,
    end_date    DATE        NOT NULL,
    CONSTRAINT study_period_code_uk UNIQUE (code),
    CONSTRAINT study_period_dates_ck CHECK (end_date > start_date)
);

CREATE TABLE assembly (
    id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code             VARCHAR(20)  NOT NULL,
    name             VARCHAR(200) NOT NULL,
    place            VARCHAR(100) NOT NULL,
    year             INTEGER      NOT NULL,
    start_date       DATE,
    end_date         DATE,
    -- the study period that the assembly opens
    study_period_id  BIGINT REFERENCES study_period (id),
    CONSTRAINT assembly_code_uk UNIQUE (code),
    CONSTRAINT assembly_place_year_uk UNIQUE (place, year),
    CONSTRAINT assembly_year_ck CHECK (year BETWEEN 1950 AND 2200),
    CONSTRAINT assembly_dates_ck CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date)
);
