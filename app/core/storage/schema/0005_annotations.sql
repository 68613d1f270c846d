-- Version 5: what analysts record. A project-wide entity registry (typed entities with
-- aliases), mentions of entities in sources, links between passages (contradictions and
-- corroborations), notes, and decisions on suggestions (so a rejected one does not come back).
-- Spans are UTF-16 offsets into the immutable source text, end exclusive.
CREATE TABLE entity_type (
    id        INTEGER PRIMARY KEY,
    name      TEXT    NOT NULL,
    color     TEXT    NOT NULL,
    parent_id INTEGER REFERENCES entity_type (id) ON DELETE SET NULL,
    position  INTEGER NOT NULL DEFAULT 0
);

INSERT INTO entity_type (id, name, color, position) VALUES
    (1, 'Person',       '#0072B2', 1),
    (2, 'Organization', '#009E73', 2),
    (3, 'Location',     '#E69F00', 3),
    (4, 'Event',        '#CC79A7', 4),
    (5, 'Date/Time',    '#56B4E9', 5),
    (6, 'Quantity',     '#D55E00', 6),
    (7, 'Other',        '#999999', 7);

CREATE TABLE entity (
    id       INTEGER PRIMARY KEY,
    name     TEXT    NOT NULL,
    type_id  INTEGER NOT NULL REFERENCES entity_type (id),
    created  TEXT    NOT NULL,
    modified TEXT    NOT NULL
);

CREATE TABLE entity_alias (
    entity_id INTEGER NOT NULL REFERENCES entity (id) ON DELETE CASCADE,
    alias     TEXT    NOT NULL,
    PRIMARY KEY (entity_id, alias)
);

CREATE TABLE mention (
    id         INTEGER PRIMARY KEY,
    source_id  INTEGER NOT NULL REFERENCES source (id) ON DELETE CASCADE,
    start_pos  INTEGER NOT NULL,
    end_pos    INTEGER NOT NULL,
    entity_id  INTEGER NOT NULL REFERENCES entity (id) ON DELETE CASCADE,
    author     TEXT    NOT NULL,
    created    TEXT    NOT NULL,
    origin     TEXT    NOT NULL DEFAULT 'manual',  -- manual, all-occurrences, suggestion, batch
    confidence REAL    NOT NULL DEFAULT 1,
    CHECK (end_pos > start_pos)
);
CREATE INDEX mention_source ON mention (source_id, start_pos);
CREATE INDEX mention_entity ON mention (entity_id);

CREATE TABLE link (
    id        INTEGER PRIMARY KEY,
    source_a  INTEGER NOT NULL REFERENCES source (id) ON DELETE CASCADE,
    a_start   INTEGER NOT NULL,
    a_end     INTEGER NOT NULL,
    source_b  INTEGER NOT NULL REFERENCES source (id) ON DELETE CASCADE,
    b_start   INTEGER NOT NULL,
    b_end     INTEGER NOT NULL,
    relation  TEXT    NOT NULL CHECK (relation IN ('contradicts', 'corroborates')),
    type      TEXT    NOT NULL DEFAULT 'other',
    severity  INTEGER NOT NULL DEFAULT 2,
    status    TEXT    NOT NULL DEFAULT 'open',
    note      TEXT    NOT NULL DEFAULT '',
    author    TEXT    NOT NULL,
    created   TEXT    NOT NULL,
    modified  TEXT    NOT NULL
);
CREATE INDEX link_source_a ON link (source_a);
CREATE INDEX link_source_b ON link (source_b);

-- A memo on a source (span empty), a span of a source, an entity or a link.
CREATE TABLE note (
    id          INTEGER PRIMARY KEY,
    target_kind TEXT    NOT NULL CHECK (target_kind IN ('source', 'span', 'entity', 'link')),
    source_id   INTEGER REFERENCES source (id) ON DELETE CASCADE,
    start_pos   INTEGER NOT NULL DEFAULT 0,
    end_pos     INTEGER NOT NULL DEFAULT 0,
    entity_id   INTEGER REFERENCES entity (id) ON DELETE CASCADE,
    link_id     INTEGER REFERENCES link (id) ON DELETE CASCADE,
    text        TEXT    NOT NULL,
    author      TEXT    NOT NULL,
    created     TEXT    NOT NULL,
    modified    TEXT    NOT NULL
);

-- Suggestions are computed; only the analyst's decision on one is stored, by its key.
CREATE TABLE suggestion_decision (
    key      TEXT PRIMARY KEY NOT NULL,
    decision TEXT NOT NULL CHECK (decision IN ('accepted', 'rejected')),
    author   TEXT NOT NULL,
    at       TEXT NOT NULL
);
