-- Who changed what, when, with old and new values; written by triggers in the same transaction as
-- the change itself. The application names the actor per transaction (set_config('tracker.actor')).
CREATE TABLE audit_log (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at  TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    actor        VARCHAR(200) NOT NULL,
    action       VARCHAR(10)  NOT NULL,
    table_name   VARCHAR(100) NOT NULL,
    row_key      VARCHAR(200),
    -- INSERT: new_values only; DELETE: old_values only; UPDATE: the changed columns on both sides
    old_values   JSONB,
    new_values   JSONB,
    CONSTRAINT audit_log_action_ck CHECK (action IN ('INSERT', 'UPDATE', 'DELETE'))
);
CREATE INDEX audit_log_occurred_ix ON audit_log (occurred_at DESC, id DESC);
CREATE INDEX audit_log_table_ix ON audit_log (table_name, row_key);
CREATE INDEX audit_log_actor_ix ON audit_log (actor);

CREATE FUNCTION audit_row() RETURNS trigger
    LANGUAGE plpgsql AS
$$
DECLARE
    old_row  jsonb := CASE WHEN TG_OP IN ('UPDATE', 'DELETE') THEN to_jsonb(OLD) - 'password_hash' END;
    new_row  jsonb := CASE WHEN TG_OP IN ('UPDATE', 'INSERT') THEN to_jsonb(NEW) - 'password_hash' END;
    old_diff jsonb := '{}'::jsonb;
    new_diff jsonb := '{}'::jsonb;
    column_name text;
    key_row  jsonb := coalesce(new_row, old_row);
BEGIN
    IF TG_OP = 'UPDATE' THEN
        FOR column_name IN SELECT jsonb_object_keys(new_row) LOOP
            IF (new_row -> column_name) IS DISTINCT FROM (old_row -> column_name) THEN
                old_diff := old_diff || jsonb_build_object(column_name, old_row -> column_name);
                new_diff := new_diff || jsonb_build_object(column_name, new_row -> column_name);
            END IF;
        END LOOP;
        IF new_diff = '{}'::jsonb THEN
            RETURN NULL;
        END IF;
        old_row := old_diff;
        new_row := new_diff;
    END IF;
    INSERT INTO audit_log (actor, action, table_name, row_key, old_values, new_values)
    VALUES (coalesce(nullif(current_setting('tracker.actor', true), ''), 'system'),
            TG_OP,
            TG_TABLE_NAME,
            coalesce(key_row ->> 'id', key_row ->> 'code', left(key_row::text, 200)),
            old_row,
            new_row);
    RETURN NULL;
END;
$$;

-- Adds the audit trigger to a table; every migration that creates a table calls it.
CREATE FUNCTION enable_audit(target regclass) RETURNS void
    LANGUAGE plpgsql AS
$$
BEGIN
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %s FOR EACH ROW EXECUTE FUNCTION audit_row()',
                   'audit_' || replace(target::text, '.', '_'), target);
END;
$$;

-- The journal itself is append-only: its triggers live in R__30_audit.sql (issue 17). audit_row()
-- and enable_audit() stay here, because every V migration that creates a table calls enable_audit.

-- status_event and evidence are an append-only journal of their own (author and time on every row).
SELECT enable_audit('study_period');
SELECT enable_audit('assembly');
SELECT enable_audit('entity');
SELECT enable_audit('entity_alias');
SELECT enable_audit('meeting_kind');
SELECT enable_audit('meeting');
SELECT enable_audit('resolution');
SELECT enable_audit('resolution_revision');
SELECT enable_audit('section');
SELECT enable_audit('section_addressee');
SELECT enable_audit('clause');
SELECT enable_audit('clause_note');
SELECT enable_audit('action_plan');
SELECT enable_audit('action_item');
SELECT enable_audit('action_item_entity');
SELECT enable_audit('action_item_clause');
SELECT enable_audit('status');
