/**
 * Migrations, applied in order; `PRAGMA user_version` records how many have run. Append only: a migration
 * that shipped is never edited.
 */
export const MIGRATIONS: readonly string[] = [
  `
  -- The log. seq is assigned by the store (head + 1) inside the write transaction: gap-free, commit-ordered.
  CREATE TABLE events (
    seq     INTEGER PRIMARY KEY,
    type    TEXT    NOT NULL,
    at      INTEGER NOT NULL,
    subject TEXT,
    body    TEXT    NOT NULL
  ) STRICT;
  CREATE INDEX events_by_subject ON events (subject, seq) WHERE subject IS NOT NULL;

  -- Projections, updated in the same transaction as the append.
  CREATE TABLE complaints (
    id           TEXT    PRIMARY KEY,
    tracking_id  TEXT    NOT NULL UNIQUE,
    channel      TEXT    NOT NULL,
    external_id  TEXT    NOT NULL,
    received_seq INTEGER NOT NULL,
    state        TEXT    NOT NULL,
    colour       TEXT    NOT NULL,
    opd          TEXT,
    desa         TEXT    NOT NULL,
    category     TEXT    NOT NULL,
    received_at  INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL,
    version      INTEGER NOT NULL,
    -- When the SLA scheduler must next look at this complaint (its earliest timer); null when none.
    next_timer_at INTEGER,
    record       TEXT    NOT NULL,
    UNIQUE (channel, external_id)
  ) STRICT;
  CREATE INDEX complaints_by_received_seq ON complaints (received_seq);
  CREATE INDEX complaints_by_next_timer ON complaints (next_timer_at) WHERE next_timer_at IS NOT NULL;

  CREATE TABLE counters (
    key TEXT    PRIMARY KEY,
    n   INTEGER NOT NULL
  ) STRICT, WITHOUT ROWID;

  CREATE TABLE village_issues (
    id           TEXT    PRIMARY KEY,
    system       TEXT    NOT NULL,
    external_id  TEXT    NOT NULL,
    reported_seq INTEGER NOT NULL,
    active       INTEGER NOT NULL,
    record       TEXT    NOT NULL,
    UNIQUE (system, external_id)
  ) STRICT;
  CREATE INDEX village_issues_active ON village_issues (active) WHERE active = 1;

  CREATE TABLE calendar (
    id      INTEGER PRIMARY KEY CHECK (id = 1),
    version INTEGER NOT NULL,
    data    TEXT    NOT NULL
  ) STRICT;

  CREATE TABLE meta (
    key   TEXT    PRIMARY KEY,
    value INTEGER NOT NULL
  ) STRICT, WITHOUT ROWID;
  `,
  `
  -- The map: open complaints' points, newest first, without parsing their records.
  ALTER TABLE complaints ADD COLUMN lat REAL;
  ALTER TABLE complaints ADD COLUMN lon REAL;
  UPDATE complaints SET lat = json_extract(record, '$.point.lat'), lon = json_extract(record, '$.point.lon');
  CREATE INDEX complaints_open_by_received_seq ON complaints (received_seq)
    WHERE state NOT IN ('CLOSED', 'ARCHIVED');
  `,
  `
  -- Credentials issued by an admin: their digests, never the tokens.
  CREATE TABLE tokens (
    id         TEXT PRIMARY KEY,
    digest     TEXT NOT NULL UNIQUE,
    role       TEXT NOT NULL,
    name       TEXT NOT NULL,
    opd        TEXT,
    issued_at  TEXT NOT NULL,
    issued_by  TEXT NOT NULL,
    revoked_at TEXT
  ) STRICT;
  `,
  `
  -- People who log in: the projection of user.created and user.disabled (the hash is scrypt's, never a password).
  CREATE TABLE users (
    id            TEXT PRIMARY KEY,
    username      TEXT NOT NULL UNIQUE,
    name          TEXT NOT NULL,
    role          TEXT NOT NULL,
    opd           TEXT,
    password_hash TEXT NOT NULL,
    created_at    TEXT NOT NULL,
    disabled_at   TEXT
  ) STRICT;

  -- Login sessions: state, not history (a login is not an action on anything), so outside the log. The
  -- cookie's value is known here only by its SHA-256 digest.
  CREATE TABLE sessions (
    digest     TEXT    PRIMARY KEY,
    user_id    TEXT    NOT NULL,
    expires_at INTEGER NOT NULL
  ) STRICT, WITHOUT ROWID;
  CREATE INDEX sessions_by_user ON sessions (user_id);

  -- Who did what: every event's actor, for the audit trail per user or token.
  ALTER TABLE events ADD COLUMN actor TEXT;
  UPDATE events SET actor = json_extract(body, '$.actor.id');
  CREATE INDEX events_by_actor ON events (actor, seq);
  `,
  `
  -- The deadline a queue row counts down (shared nextDue): the earliest live verify, followUp or autoClose
  -- clock's dueAt. Not next_timer_at, which also holds warnings and the 60-day backstop.
  ALTER TABLE complaints ADD COLUMN due_at INTEGER;
  UPDATE complaints SET due_at = (
    SELECT CAST(round(min(unixepoch(json_extract(value, '$.dueAt'), 'subsec')) * 1000) AS INTEGER)
    FROM json_each(record, '$.clocks')
    WHERE key IN ('verify', 'followUp', 'autoClose') AND json_type(value) = 'object'
      AND json_extract(value, '$.endedAt') IS NULL
  );
  CREATE INDEX complaints_by_due ON complaints (due_at, id);
  `,
  `
  -- The map's points from the index alone: at a million complaints, fetching tens of thousands of open
  -- complaints' rows (each beside its record) was most of a snapshot's time. state is in the columns so
  -- that SQLite need not read the row to check the WHERE it already implies. Only indexes: safe to run
  -- again on a file whose version was set back by hand.
  CREATE INDEX IF NOT EXISTS complaints_open_points
    ON complaints (received_seq, state, tracking_id, lat, lon, colour)
    WHERE state NOT IN ('CLOSED', 'ARCHIVED');
  DROP INDEX IF EXISTS complaints_open_by_received_seq;
  `,
]
