-- Failed sign-ins, one row each (issue 19, item 1). The old counter on app_user was never reset
-- when its lock expired and was shared by every client, so anyone could keep a chair locked out.
-- Lockout and throttling are now counted over a sliding window from these rows: per account and
-- client address group (IPv4 address, IPv6 /64), and per client address group alone. Rows older
-- than the window are deleted as new ones arrive. The account may not exist: unknown e-mails are
-- counted the same way, so the behaviour does not reveal which accounts exist.
CREATE TABLE login_failure
(
    id        BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email     VARCHAR(320)             NOT NULL,
    client    VARCHAR(64)              NOT NULL,
    failed_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);

CREATE INDEX login_failure_account_ix ON login_failure (email, client, failed_at);
CREATE INDEX login_failure_client_ix ON login_failure (client, failed_at);
CREATE INDEX login_failure_time_ix ON login_failure (failed_at);
