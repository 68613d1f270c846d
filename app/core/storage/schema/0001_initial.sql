-- Crosscheck project schema, version 1: project info and imported sources.
-- Portable SQL where it costs nothing (PostgreSQL through QPSQL is planned); the trigger is
-- SQLite's own and has a PostgreSQL equivalent.
CREATE TABLE project_info (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);

CREATE TABLE source (
    id           INTEGER PRIMARY KEY,
    title        TEXT    NOT NULL,
    outlet       TEXT    NOT NULL DEFAULT '',
    author       TEXT    NOT NULL DEFAULT '',
    url          TEXT    NOT NULL DEFAULT '',
    published    TEXT    NOT NULL DEFAULT '',
    language     TEXT    NOT NULL DEFAULT '',
    imported_at  TEXT    NOT NULL,
    content_hash TEXT    NOT NULL UNIQUE,
    file_name    TEXT    NOT NULL DEFAULT '',
    format       TEXT    NOT NULL,
    encoding     TEXT    NOT NULL DEFAULT '',
    word_count   INTEGER NOT NULL DEFAULT 0,
    body         TEXT    NOT NULL
);

-- Annotations anchor to character offsets in body: it never changes after import.
CREATE TRIGGER source_body_immutable BEFORE UPDATE OF body, content_hash ON source
BEGIN
    SELECT RAISE(ABORT, 'source text is immutable');
END;
