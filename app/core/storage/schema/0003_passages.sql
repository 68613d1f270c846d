-- Version 3: the overlap engine's results, kept with the engine version that computed them so
-- that only what changed is analysed again.
CREATE TABLE passage (
    id        INTEGER PRIMARY KEY,
    source_a  INTEGER NOT NULL REFERENCES source (id) ON DELETE CASCADE,
    a_start   INTEGER NOT NULL,
    a_end     INTEGER NOT NULL,
    source_b  INTEGER NOT NULL REFERENCES source (id) ON DELETE CASCADE,
    b_start   INTEGER NOT NULL,
    b_end     INTEGER NOT NULL,
    score     REAL    NOT NULL,
    kind      TEXT    NOT NULL,
    moved     INTEGER NOT NULL DEFAULT 0
);

CREATE INDEX passage_source_a ON passage (source_a);
CREATE INDEX passage_source_b ON passage (source_b);

-- Sources whose passages are in the table, and by which engine version.
CREATE TABLE analysed_source (
    source_id      INTEGER PRIMARY KEY NOT NULL REFERENCES source (id) ON DELETE CASCADE,
    engine_version TEXT    NOT NULL,
    analysed_at    TEXT    NOT NULL
);
