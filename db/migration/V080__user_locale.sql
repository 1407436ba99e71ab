-- The language a signed-in user chose for the UI and for e-mails (a BCP 47 tag such as 'ar' or 'zh');
-- NULL means: follow the browser's Accept-Language, and English for e-mails.
ALTER TABLE app_user ADD COLUMN locale text CHECK (locale IS NULL OR locale ~ '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$');
