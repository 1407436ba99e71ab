-- The implementation summary asks, per study period, for the latest report on each clause.
CREATE INDEX status_event_period_clause_ix ON status_event (study_period_id, clause_id);
