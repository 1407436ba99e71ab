-- Roles are data; a user can hold several.
CREATE TABLE app_role (
    code      VARCHAR(20)  NOT NULL PRIMARY KEY,
    name      VARCHAR(100) NOT NULL,
    position  INTEGER      NOT NULL DEFAULT 0
);

INSERT INTO app_role (code, name, position) VALUES
    ('ADMIN', 'Administrator', 1),
    ('CHAIR', 'TSAG chair or vice-chair', 2),
    ('TSB', 'TSB staff', 3),
    ('MEMBER', 'Member (delegate)', 4);

CREATE TABLE app_user (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    -- stored in lower case, so that sign-in is case-insensitive
    email          VARCHAR(254) NOT NULL,
    display_name   VARCHAR(200) NOT NULL,
    -- Spring Security's delegating format ({bcrypt}...); null for single sign-on users
    password_hash  VARCHAR(500),
    oidc_issuer    VARCHAR(500),
    oidc_subject   VARCHAR(500),
    enabled        BOOLEAN      NOT NULL DEFAULT TRUE,
    failed_logins  INTEGER      NOT NULL DEFAULT 0,
    locked_until   TIMESTAMP WITH TIME ZONE,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    version        INTEGER      NOT NULL DEFAULT 0,
    CONSTRAINT app_user_email_uk UNIQUE (email),
    CONSTRAINT app_user_email_ck CHECK (email = lower(email) AND position('@' IN email) > 1),
    CONSTRAINT app_user_oidc_uk UNIQUE (oidc_issuer, oidc_subject),
    CONSTRAINT app_user_failed_ck CHECK (failed_logins >= 0)
);

CREATE TABLE app_user_role (
    user_id  BIGINT      NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    role     VARCHAR(20) NOT NULL REFERENCES app_role (code),
    PRIMARY KEY (user_id, role)
);

SELECT enable_audit('app_role');
SELECT enable_audit('app_user');
SELECT enable_audit('app_user_role');
