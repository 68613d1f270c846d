-- Version 2: the original bytes of HTML/Markdown imports (for the markup view), kept apart
-- from source so that listing sources never reads them; and the persisted edit log.
CREATE TABLE source_original (
    source_id INTEGER PRIMARY KEY NOT NULL REFERENCES source (id) ON DELETE CASCADE,
    bytes     BLOB    NOT NULL
);

CREATE TABLE edit_log (
    id      INTEGER PRIMARY KEY,
    at      TEXT NOT NULL,
    author  TEXT NOT NULL,
    action  TEXT NOT NULL,
    details TEXT NOT NULL DEFAULT ''
);

CREATE INDEX edit_log_at ON edit_log (at);
