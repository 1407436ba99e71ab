-- Named views of the item grid: the query string of /items (filters and sort), per user.
CREATE TABLE saved_filter (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    owner       VARCHAR(254)  NOT NULL,
    name        VARCHAR(100)  NOT NULL,
    query       VARCHAR(2000) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT saved_filter_name_uk UNIQUE (owner, name),
    CONSTRAINT saved_filter_name_ck CHECK (length(trim(name)) > 0)
);

SELECT enable_audit('saved_filter');
