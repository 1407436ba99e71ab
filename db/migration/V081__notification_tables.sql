-- Notifications (issue 16): who follows what, the changes worth telling, and the e-mails to send.

-- The people who answer for an entity (e.g. the TSB staff behind "Director of TSB"). They follow
-- the items that the entity is responsible for, without subscribing.
CREATE TABLE entity_contact (
    entity_id  BIGINT NOT NULL REFERENCES entity (id) ON DELETE CASCADE,
    user_id    BIGINT NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    PRIMARY KEY (entity_id, user_id)
);
CREATE INDEX entity_contact_user_ix ON entity_contact (user_id);

-- What a user chose to follow: one item, a plan, a resolution (the items on its clauses) or an
-- entity (the items it is responsible for). Exactly one target per row.
CREATE TABLE subscription (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id         BIGINT NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    action_item_id  BIGINT REFERENCES action_item (id) ON DELETE CASCADE,
    plan_id         BIGINT REFERENCES action_plan (id) ON DELETE CASCADE,
    resolution_id   BIGINT REFERENCES resolution (id) ON DELETE CASCADE,
    entity_id       BIGINT REFERENCES entity (id) ON DELETE CASCADE,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX subscription_user_ix ON subscription (user_id);

-- How often a user gets the digest, and whether chairs and TSB get the reminder before a TSAG
-- meeting. A user without a row has the defaults (daily, reminders on). Not audited: the bell's
-- watermark moves with every look at it.
CREATE TABLE notification_setting (
    user_id           BIGINT      NOT NULL PRIMARY KEY REFERENCES app_user (id) ON DELETE CASCADE,
    frequency         VARCHAR(10) NOT NULL DEFAULT 'DAILY',
    meeting_reminder  BOOLEAN     NOT NULL DEFAULT TRUE,
    -- the bell: the changes up to this id have been seen in the app
    seen_change_id    BIGINT      NOT NULL DEFAULT 0,
    version           INTEGER     NOT NULL DEFAULT 0,
    CONSTRAINT notification_setting_frequency_ck CHECK (frequency IN ('IMMEDIATE', 'DAILY', 'WEEKLY', 'NONE'))
);

-- The changes worth telling, written by triggers (V082) in the transaction of the change itself.
CREATE TABLE notification_change (
    id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind             VARCHAR(20)  NOT NULL,
    action_item_id   BIGINT       NOT NULL REFERENCES action_item (id) ON DELETE CASCADE,
    status_event_id  BIGINT REFERENCES status_event (id),
    -- the item was internal when it changed: members never hear of it
    internal         BOOLEAN      NOT NULL DEFAULT FALSE,
    actor            VARCHAR(200) NOT NULL,
    -- FIELD_CHANGE: one row per changed field, its old and new value as text
    field            VARCHAR(40),
    old_value        TEXT,
    new_value        TEXT,
    occurred_at      TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    -- when the composer first saw the change committed; a digest takes the changes seen in its period
    seen_at          TIMESTAMP WITH TIME ZONE,
    CONSTRAINT notification_change_kind_ck CHECK (kind IN ('STATUS_REPORT', 'FIELD_CHANGE', 'NEW_ITEM'))
);
CREATE INDEX notification_change_item_ix ON notification_change (action_item_id, id);

-- How far each digest frequency has been composed: the next digest starts where the last ended,
-- so that no change falls between two periods, even after the application was down.
CREATE TABLE digest_run (
    frequency       VARCHAR(10) NOT NULL PRIMARY KEY,
    composed_until  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- One e-mail per user and period, composed in full (so that what is sent is what was composed),
-- sent by the scheduler and retried with a growing pause until the server takes it.
CREATE TABLE mail_outbox (
    id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id          BIGINT       NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    kind             VARCHAR(10)  NOT NULL,
    period_start     TIMESTAMP WITH TIME ZONE NOT NULL,
    period_end       TIMESTAMP WITH TIME ZONE NOT NULL,
    meeting_id       BIGINT REFERENCES meeting (id),
    recipient        VARCHAR(254) NOT NULL,
    subject          VARCHAR(500) NOT NULL,
    body_text        TEXT         NOT NULL,
    body_html        TEXT         NOT NULL,
    state            VARCHAR(10)  NOT NULL DEFAULT 'PENDING',
    attempts         INTEGER      NOT NULL DEFAULT 0,
    next_attempt_at  TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    last_error       TEXT,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    sent_at          TIMESTAMP WITH TIME ZONE,
    -- never two e-mails for the same user, kind and period, whatever restarts or runs twice
    CONSTRAINT mail_outbox_uk UNIQUE (user_id, kind, period_start),
    CONSTRAINT mail_outbox_kind_ck CHECK (kind IN ('IMMEDIATE', 'DAILY', 'WEEKLY', 'MEETING')),
    CONSTRAINT mail_outbox_state_ck CHECK (state IN ('PENDING', 'SENT', 'FAILED')),
    CONSTRAINT mail_outbox_period_ck CHECK (period_end >= period_start),
    CONSTRAINT mail_outbox_sent_ck CHECK ((state = 'SENT') = (sent_at IS NOT NULL))
);
CREATE INDEX mail_outbox_created_ix ON mail_outbox (created_at DESC, id DESC);

-- The key that signs unsubscribe links; created by the application on first use, never audited.
CREATE TABLE notification_key (
    id      INTEGER      NOT NULL PRIMARY KEY,
    secret  VARCHAR(200) NOT NULL,
    CONSTRAINT notification_key_single_ck CHECK (id = 1)
);

ALTER TABLE subscription ADD CONSTRAINT subscription_target_ck
    CHECK (num_nonnulls(action_item_id, plan_id, resolution_id, entity_id) = 1);
CREATE UNIQUE INDEX subscription_uk
    ON subscription (user_id, action_item_id, plan_id, resolution_id, entity_id) NULLS NOT DISTINCT;
-- the changes the composer has not yet seen, and the e-mails still to send
CREATE INDEX notification_change_unseen_ix ON notification_change (id) WHERE seen_at IS NULL;
CREATE INDEX notification_change_seen_ix ON notification_change (seen_at) WHERE seen_at IS NOT NULL;
CREATE INDEX mail_outbox_due_ix ON mail_outbox (next_attempt_at) WHERE state = 'PENDING';
-- the writing transaction, so that the composer takes a change only once no older transaction can
-- still commit one (ids and times are not in commit order)
ALTER TABLE notification_change ADD COLUMN txid xid8 NOT NULL DEFAULT pg_current_xact_id();

SELECT enable_audit('entity_contact');
SELECT enable_audit('subscription');
