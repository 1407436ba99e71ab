-- Repeatable (issue 17): the functions that the triggers of the other R__ files share. Flyway runs
-- the R__ files after all V migrations, in the order of their names, and again whenever one of them
-- changes. Every function and trigger here is stated once; see README.md before changing one.

-- Journals are never rewritten: the database itself refuses UPDATE, DELETE and TRUNCATE (V007).
CREATE OR REPLACE FUNCTION reject_change() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION '% is append-only: % is not allowed', TG_TABLE_NAME, TG_OP
        USING ERRCODE = 'restrict_violation';
END;
$$;

-- Derived data (V052, V140): a trigger that updates action_item only to keep copied or computed
-- columns current marks its own update with a transaction-local setting, and the audit, live and
-- notification triggers of action_item pass over a statement so marked.
CREATE OR REPLACE FUNCTION is_derived_update() RETURNS boolean
    LANGUAGE sql STABLE AS
$$ SELECT coalesce(current_setting('tracker.derived_update', true), 'off') = 'on' $$;
