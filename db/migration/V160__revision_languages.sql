-- A resolution revision keeps the language its text was imported in, and may hold its text in the other
-- official languages of ITU as well (issue 15): the resolution page shows the reader's language when the
-- text exists in it, else the imported text, and says which language it shows.
ALTER TABLE resolution_revision
    ADD COLUMN language VARCHAR(5) NOT NULL DEFAULT 'en',
    ADD CONSTRAINT resolution_revision_language_ck CHECK (language IN ('ar', 'en', 'es', 'fr', 'ru', 'zh'));

-- The revision's title (and optionally its whole text as imported) in one more language.
CREATE TABLE revision_translation (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    revision_id  BIGINT       NOT NULL REFERENCES resolution_revision (id) ON DELETE CASCADE,
    language     VARCHAR(5)   NOT NULL,
    title        VARCHAR(500) NOT NULL,
    full_text    TEXT,
    version      INTEGER      NOT NULL DEFAULT 0,
    CONSTRAINT revision_translation_uk UNIQUE (revision_id, language),
    CONSTRAINT revision_translation_language_ck CHECK (language IN ('ar', 'en', 'es', 'fr', 'ru', 'zh')),
    CONSTRAINT revision_translation_title_ck CHECK (length(trim(title)) > 0)
);

-- Section headings ("resolves to instruct ...") and clause texts in that language; a missing row shows the
-- imported text for that section or clause.
CREATE TABLE section_translation (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    section_id  BIGINT       NOT NULL REFERENCES section (id) ON DELETE CASCADE,
    language    VARCHAR(5)   NOT NULL,
    heading     VARCHAR(500) NOT NULL,
    CONSTRAINT section_translation_uk UNIQUE (section_id, language),
    CONSTRAINT section_translation_language_ck CHECK (language IN ('ar', 'en', 'es', 'fr', 'ru', 'zh'))
);

CREATE TABLE clause_translation (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    clause_id  BIGINT     NOT NULL REFERENCES clause (id) ON DELETE CASCADE,
    language   VARCHAR(5) NOT NULL,
    text       TEXT       NOT NULL,
    CONSTRAINT clause_translation_uk UNIQUE (clause_id, language),
    CONSTRAINT clause_translation_language_ck CHECK (language IN ('ar', 'en', 'es', 'fr', 'ru', 'zh'))
);

SELECT enable_audit('revision_translation');
SELECT enable_audit('section_translation');
SELECT enable_audit('clause_translation');
