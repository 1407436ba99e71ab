-- Repeatable (issue 17): the audit journal (V009). Its functions audit_row() and
-- enable_audit(table) stay in V009, because the V migrations that create tables call
-- enable_audit, which creates a trigger on audit_row; here are the triggers that are not one
-- per table.

-- The journal itself is append-only.
DROP TRIGGER IF EXISTS audit_log_append_only ON audit_log;
CREATE TRIGGER audit_log_append_only
    BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION reject_change();

DROP TRIGGER IF EXISTS audit_log_no_truncate ON audit_log;
CREATE TRIGGER audit_log_no_truncate
    BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION reject_change();

-- An item's derived updates (current status, deadline) are not audited; the WHEN clause keeps the
-- audit function from running at all. Replaces the trigger that enable_audit('action_item') made.
DROP TRIGGER IF EXISTS audit_action_item ON action_item;
CREATE TRIGGER audit_action_item
    AFTER INSERT OR UPDATE OR DELETE ON action_item
    FOR EACH ROW
    WHEN (NOT is_derived_update())
    EXECUTE FUNCTION audit_row();

-- The audit journal records changes to users, not every sign-in: an update that only stamps the
-- sign-in time (V170) is passed over; any other change in the same update is still journalled,
-- stamp included. Replaces the trigger that enable_audit('app_user') made.
DROP TRIGGER IF EXISTS audit_app_user ON app_user;
CREATE TRIGGER audit_app_user
    AFTER INSERT OR DELETE ON app_user
    FOR EACH ROW
    EXECUTE FUNCTION audit_row();
DROP TRIGGER IF EXISTS audit_app_user_update ON app_user;
CREATE TRIGGER audit_app_user_update
    AFTER UPDATE ON app_user
    FOR EACH ROW
    WHEN ((to_jsonb(OLD) - 'last_sign_in_at') IS DISTINCT FROM (to_jsonb(NEW) - 'last_sign_in_at'))
    EXECUTE FUNCTION audit_row();
