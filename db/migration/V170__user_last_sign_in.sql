-- When each user last signed in (issue 18: the users page's "Sign-in" column), by password or
-- single sign-on; null until the first sign-in after this migration. The audit journal passes over
-- an update that only stamps it: see the app_user triggers in R__30_audit.sql.
ALTER TABLE app_user ADD COLUMN last_sign_in_at TIMESTAMP WITH TIME ZONE;
