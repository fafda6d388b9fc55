import type Database from 'better-sqlite3'

import type { TokenRow, UserRow } from '../rows.js'

/** Every statement the SQLite store runs, prepared once. */
export function prepareStatements(db: Database.Database) {
  const s = <P extends unknown[] = unknown[], R = unknown>(sql: string) => db.prepare<P, R>(sql)
  return {
    // transaction control, prepared once: exec() would parse the SQL again for every command
    begin: s('BEGIN IMMEDIATE'),
    commit: s('COMMIT'),
    rollback: s('ROLLBACK'),
    savepoint: s('SAVEPOINT command'),
    release: s('RELEASE command'),
    rollbackToSavepoint: s('ROLLBACK TO command'),

    // the log
    insertEvent: s<[number, string, number, string | null, string, string]>(
      'INSERT INTO events (seq, type, at, subject, body, actor) VALUES (?, ?, ?, ?, ?, ?)',
    ),
    eventsByActor: s<[string, number, number], { body: string }>(
      'SELECT body FROM events WHERE actor = ? AND seq < ? ORDER BY seq DESC LIMIT ?',
    ),
    headSeq: s<[], { seq: number | null }>('SELECT max(seq) AS seq FROM events'),
    eventsAfter: s<[number, number], { body: string }>(
      'SELECT body FROM events WHERE seq > ? ORDER BY seq LIMIT ?',
    ),
    eventsOfSubject: s<[string], { body: string }>('SELECT body FROM events WHERE subject = ? ORDER BY seq'),
    allEvents: s<[], { body: string }>('SELECT body FROM events ORDER BY seq'),

    // complaints
    complaint: s<[string], { record: string }>('SELECT record FROM complaints WHERE id = ?'),
    complaintByExternal: s<[string, string], { id: string; tracking_id: string; received_seq: number }>(
      'SELECT id, tracking_id, received_seq FROM complaints WHERE channel = ? AND external_id = ?',
    ),
    insertComplaint: s(
      `INSERT INTO complaints (id, tracking_id, channel, external_id, received_seq, state, colour, opd, desa,
         category, received_at, updated_at, version, next_timer_at, due_at, lat, lon, record)
       VALUES (@id, @trackingId, @channel, @externalId, @receivedSeq, @state, @colour, @opd, @desa,
         @category, @receivedAt, @updatedAt, @version, @nextTimerAt, @dueAt, @lat, @lon, @record)`,
    ),
    updateComplaint: s(
      `UPDATE complaints SET state = @state, colour = @colour, opd = @opd, updated_at = @updatedAt,
         version = @version, next_timer_at = @nextTimerAt, due_at = @dueAt, record = @record WHERE id = @id`,
    ),
    // Every open complaint's point, oldest first: the dashboard cache's load (from a covering index).
    allOpenPoints: s<[], { tracking_id: string; lat: number; lon: number; colour: string }>(
      `SELECT tracking_id, lat, lon, colour FROM complaints WHERE state NOT IN ('CLOSED', 'ARCHIVED')
       ORDER BY received_seq`,
    ),
    recentComplaints: s<[number], { record: string }>(
      'SELECT record FROM complaints ORDER BY received_seq DESC LIMIT ?',
    ),
    complaintsWithTimers: s<[], { record: string }>(
      'SELECT record FROM complaints WHERE next_timer_at IS NOT NULL',
    ),

    // SLA timers: complaints whose earliest timer is due
    dueComplaints: s<[number, number], { record: string }>(
      'SELECT record FROM complaints WHERE next_timer_at <= ? ORDER BY next_timer_at LIMIT ?',
    ),
    // The IS NOT NULL lets SQLite answer from the partial index: without it, min() reads every row.
    nextTimer: s<[], { at: number | null }>(
      'SELECT min(next_timer_at) AS at FROM complaints WHERE next_timer_at IS NOT NULL',
    ),

    // counters
    addCounter: s<[string, number]>(
      'INSERT INTO counters (key, n) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET n = n + excluded.n',
    ),
    countersInRange: s<[string, string], { key: string; n: number }>(
      'SELECT key, n FROM counters WHERE key >= ? AND key < ? AND n <> 0',
    ),

    // village issues
    villageIssue: s<[string], { record: string }>('SELECT record FROM village_issues WHERE id = ?'),
    villageIssueByExternal: s<[string, string], { id: string; reported_seq: number }>(
      'SELECT id, reported_seq FROM village_issues WHERE system = ? AND external_id = ?',
    ),
    upsertVillageIssue: s(
      `INSERT INTO village_issues (id, system, external_id, reported_seq, active, record)
       VALUES (@id, @system, @externalId, @reportedSeq, @active, @record)
       ON CONFLICT (id) DO UPDATE SET active = excluded.active, record = excluded.record`,
    ),
    activeVillageIssues: s<[], { record: string }>(
      'SELECT record FROM village_issues WHERE active = 1 ORDER BY reported_seq',
    ),

    // credentials
    insertToken: s(
      `INSERT INTO tokens (id, digest, role, name, opd, issued_at, issued_by, revoked_at)
       VALUES (@id, @digest, @role, @name, @opd, @issuedAt, @issuedBy, NULL)`,
    ),
    revokeToken: s<[string, string]>('UPDATE tokens SET revoked_at = ? WHERE id = ?'),
    token: s<[string], TokenRow>('SELECT * FROM tokens WHERE id = ?'),
    tokenByDigest: s<[string], TokenRow>('SELECT * FROM tokens WHERE digest = ?'),
    tokens: s<[], TokenRow>('SELECT * FROM tokens ORDER BY issued_at'),
    insertUser: s(
      `INSERT INTO users (id, username, name, role, opd, password_hash, created_at, disabled_at)
       VALUES (@id, @username, @name, @role, @opd, @passwordHash, @createdAt, NULL)`,
    ),
    disableUser: s<[string, string]>('UPDATE users SET disabled_at = ? WHERE id = ?'),
    user: s<[string], UserRow>('SELECT * FROM users WHERE id = ?'),
    userByUsername: s<[string], UserRow>('SELECT * FROM users WHERE username = ?'),
    users: s<[], UserRow>('SELECT * FROM users ORDER BY username'),
    insertSession: s<[string, string, number]>(
      'INSERT INTO sessions (digest, user_id, expires_at) VALUES (?, ?, ?)',
    ),
    session: s<[string], { user_id: string; expires_at: number }>(
      'SELECT user_id, expires_at FROM sessions WHERE digest = ?',
    ),
    deleteSession: s<[string]>('DELETE FROM sessions WHERE digest = ?'),
    deleteSessionsOfUser: s<[string]>('DELETE FROM sessions WHERE user_id = ?'),
    deleteExpiredSessions: s<[number]>('DELETE FROM sessions WHERE expires_at <= ?'),

    // calendar and counts
    calendarVersion: s<[], { version: number }>('SELECT version FROM calendar WHERE id = 1'),
    calendar: s<[], { version: number; data: string }>('SELECT version, data FROM calendar WHERE id = 1'),
    upsertCalendar: s<[number, string]>(
      'INSERT INTO calendar (id, version, data) VALUES (1, ?, ?) ON CONFLICT (id) DO UPDATE SET version = excluded.version, data = excluded.data',
    ),
    meta: s<[string], { value: number }>('SELECT value FROM meta WHERE key = ?'),
    addMeta: s<[string, number]>(
      'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = value + excluded.value',
    ),
  } satisfies Record<string, Database.Statement>
}

export type Statements = ReturnType<typeof prepareStatements>
