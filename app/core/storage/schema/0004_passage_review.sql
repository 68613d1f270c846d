-- Version 4: the analyst's verdict on a passage pair (confirmed / dismissed). Keyed by the two
-- spans rather than by passage row, so a verdict outlives a re-analysis that finds the same
-- passage again; it goes with either source.
CREATE TABLE passage_review (
    source_a  INTEGER NOT NULL REFERENCES source (id) ON DELETE CASCADE,
    a_start   INTEGER NOT NULL,
    a_end     INTEGER NOT NULL,
    source_b  INTEGER NOT NULL REFERENCES source (id) ON DELETE CASCADE,
    b_start   INTEGER NOT NULL,
    b_end     INTEGER NOT NULL,
    status    TEXT    NOT NULL CHECK (status IN ('confirmed', 'dismissed')),
    author    TEXT    NOT NULL,
    modified  TEXT    NOT NULL,
    PRIMARY KEY (source_a, a_start, a_end, source_b, b_start, b_end)
) WITHOUT ROWID;

CREATE INDEX passage_review_source_b ON passage_review (source_b);
