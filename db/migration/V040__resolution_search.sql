-- Full-text search over a resolution's number and title for the resolution list. The expression
-- must stay identical to the one ResolutionRepository matches against, or the index is not used.
CREATE INDEX resolution_search_ix ON resolution
    USING GIN (to_tsvector('simple', number || ' ' || title));
