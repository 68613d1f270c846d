-- Version 6: a project file that is the local replica of a team project keeps what it has not
-- yet sent to the server (the outbox, written in the same transaction as the edit itself, so
-- an edit is never on this computer without being queued) and where it stands (the server's
-- change clock it has caught up to, its block of ids). Both stay empty in a plain project file.
CREATE TABLE team_outbox (
    seq      INTEGER PRIMARY KEY,
    edit_key TEXT    NOT NULL UNIQUE,
    action   TEXT    NOT NULL,
    label    TEXT    NOT NULL DEFAULT '',
    delta    TEXT    NOT NULL,
    state    TEXT    NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sent', 'refused')),
    clock    INTEGER NOT NULL DEFAULT 0,
    conflict TEXT    NOT NULL DEFAULT '',
    created  TEXT    NOT NULL
);

CREATE TABLE team_state (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);
