-- When each user last signed in (issue 18: the users page's "Sign-in" column), by password or
-- single sign-on; null until the first sign-in after this migration.
ALTER TABLE app_user ADD COLUMN last_sign_in_at TIMESTAMP WITH TIME ZONE;

-- [jooq ignore start]
-- The audit journal records changes to users, not every sign-in: an update that only stamps the
-- sign-in time is passed over (any other change in the same update is still journalled, stamp included).
DROP TRIGGER audit_app_user ON app_user;
CREATE TRIGGER audit_app_user
    AFTER INSERT OR DELETE ON app_user
    FOR EACH ROW
    EXECUTE FUNCTION audit_row();
CREATE TRIGGER audit_app_user_update
    AFTER UPDATE ON app_user
    FOR EACH ROW
    WHEN ((to_jsonb(OLD) - 'last_sign_in_at') IS DISTINCT FROM (to_jsonb(NEW) - 'last_sign_in_at'))
    EXECUTE FUNCTION audit_row();
-- [jooq ignore stop]
