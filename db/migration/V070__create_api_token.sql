-- Personal API tokens: a user creates one for a script or a feed reader, sees it once, and may
-- revoke it. Only the SHA-256 hash of the token is kept; the prefix is what lists show.
CREATE TABLE api_token (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id       BIGINT       NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    name          VARCHAR(100) NOT NULL,
    -- lower-case hex of SHA-256 over the whole token
    token_hash    VARCHAR(64)  NOT NULL,
    prefix        VARCHAR(20)  NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    -- updated at most every few minutes, so that the audit journal is not flooded
    last_used_at  TIMESTAMP WITH TIME ZONE,
    revoked_at    TIMESTAMP WITH TIME ZONE,
    CONSTRAINT api_token_hash_uk UNIQUE (token_hash),
    CONSTRAINT api_token_hash_ck CHECK (length(token_hash) = 64),
    CONSTRAINT api_token_name_ck CHECK (length(trim(name)) > 0)
);
CREATE INDEX api_token_user_ix ON api_token (user_id);

SELECT enable_audit('api_token');
