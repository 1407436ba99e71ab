-- The study periods an item lived through before its current one (action_item.study_period_id).
-- A row is written when the item is carried over into the next period; its history stays with it.
CREATE TABLE item_period (
    action_item_id   BIGINT       NOT NULL REFERENCES action_item (id) ON DELETE CASCADE,
    study_period_id  BIGINT       NOT NULL REFERENCES study_period (id),
    carried_at       TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    carried_by       VARCHAR(200) NOT NULL,
    PRIMARY KEY (action_item_id, study_period_id)
);

SELECT enable_audit('item_period');
