/**
 * Migrations, applied in order under an advisory lock (several processes may start at once); the
 * `schema_version` row records how many have run. Append only: a migration that shipped is never edited.
 *
 * Every text column compares byte by byte (`COLLATE "C"`), as SQLite's do: the counters are read by key
 * ranges (`family|date` … `family}`) and the queue pages by id, and a locale's collation (which skips
 * punctuation) would answer both differently from the embedded store.
 */
export const MIGRATIONS: readonly string[] = [
  `
  -- The head of the log: its one row is locked by every commit (SELECT … FOR UPDATE) for the whole
  -- transaction, so commits from every process are serialised, each numbers its events from the head the
  -- previous one left, and seq order is commit order with no gaps.
  CREATE TABLE log_head (
    id  integer PRIMARY KEY CHECK (id = 1),
    seq bigint  NOT NULL
  );
  INSERT INTO log_head (id, seq) VALUES (1, 0);

  CREATE TABLE events (
    seq     bigint PRIMARY KEY,
    type    text COLLATE "C" NOT NULL,
    at      bigint NOT NULL,
    subject text COLLATE "C",
    body    text NOT NULL,
    actor   text COLLATE "C"
  );
  CREATE INDEX events_by_subject ON events (subject, seq) WHERE subject IS NOT NULL;
  CREATE INDEX events_by_actor ON events (actor, seq);

  CREATE TABLE complaints (
    id            text COLLATE "C" PRIMARY KEY,
    tracking_id   text COLLATE "C" NOT NULL UNIQUE,
    channel       text COLLATE "C" NOT NULL,
    external_id   text COLLATE "C" NOT NULL,
    received_seq  bigint NOT NULL,
    state         text COLLATE "C" NOT NULL,
    colour        text COLLATE "C" NOT NULL,
    opd           text COLLATE "C",
    desa          text COLLATE "C" NOT NULL,
    category      text COLLATE "C" NOT NULL,
    received_at   bigint NOT NULL,
    updated_at    bigint NOT NULL,
    version       integer NOT NULL,
    next_timer_at bigint,
    due_at        bigint,
    lat           double precision NOT NULL,
    lon           double precision NOT NULL,
    record        text NOT NULL,
    UNIQUE (channel, external_id)
  );
  CREATE INDEX complaints_by_received_seq ON complaints (received_seq);
  CREATE INDEX complaints_by_next_timer ON complaints (next_timer_at) WHERE next_timer_at IS NOT NULL;
  CREATE INDEX complaints_by_due ON complaints (due_at, id);
  -- The map's points from the index alone (an index-only scan when the visibility map allows).
  CREATE INDEX complaints_open_points ON complaints (received_seq)
    INCLUDE (tracking_id, lat, lon, colour) WHERE state NOT IN ('CLOSED', 'ARCHIVED');

  CREATE TABLE counters (
    key text COLLATE "C" PRIMARY KEY,
    n   bigint NOT NULL
  );

  CREATE TABLE village_issues (
    id           text COLLATE "C" PRIMARY KEY,
    system       text COLLATE "C" NOT NULL,
    external_id  text COLLATE "C" NOT NULL,
    reported_seq bigint NOT NULL,
    active       smallint NOT NULL,
    record       text NOT NULL,
    UNIQUE (system, external_id)
  );
  CREATE INDEX village_issues_active ON village_issues (reported_seq) WHERE active = 1;

  CREATE TABLE calendar (
    id      integer PRIMARY KEY CHECK (id = 1),
    version integer NOT NULL,
    data    text NOT NULL
  );

  CREATE TABLE meta (
    key   text COLLATE "C" PRIMARY KEY,
    value bigint NOT NULL
  );

  CREATE TABLE tokens (
    id         text COLLATE "C" PRIMARY KEY,
    digest     text COLLATE "C" NOT NULL UNIQUE,
    role       text COLLATE "C" NOT NULL,
    name       text COLLATE "C" NOT NULL,
    opd        text COLLATE "C",
    issued_at  text COLLATE "C" NOT NULL,
    issued_by  text COLLATE "C" NOT NULL,
    revoked_at text COLLATE "C"
  );

  CREATE TABLE users (
    id            text COLLATE "C" PRIMARY KEY,
    username      text COLLATE "C" NOT NULL UNIQUE,
    name          text COLLATE "C" NOT NULL,
    role          text COLLATE "C" NOT NULL,
    opd           text COLLATE "C",
    password_hash text NOT NULL,
    created_at    text COLLATE "C" NOT NULL,
    disabled_at   text COLLATE "C"
  );

  -- Login sessions: state, not history, known by the digest of the cookie's value.
  CREATE TABLE sessions (
    digest     text COLLATE "C" PRIMARY KEY,
    user_id    text COLLATE "C" NOT NULL,
    expires_at bigint NOT NULL
  );
  CREATE INDEX sessions_by_user ON sessions (user_id);
  `,
]
