import type { ClientBase } from 'pg'

import type { ComplaintRow, NewComplaintRow } from '../Projector.js'

import type { BatchWrites } from './BatchState.js'

/**
 * Sends a batch's writes to PostgreSQL: one statement per table, whatever the batch's size (each row's
 * columns as arrays, unnested), where a statement per event would cost a round trip each. Runs inside
 * the batch's transaction, which then sets the head as it commits.
 */
export async function flushWrites(db: ClientBase, writes: BatchWrites): Promise<void> {
  const { events } = writes
  if (events.length > 0) {
    await db.query(
      `INSERT INTO events (seq, type, at, subject, body, actor)
       SELECT * FROM unnest($1::bigint[], $2::text[], $3::bigint[], $4::text[], $5::text[], $6::text[])`,
      [
        events.map((p) => p.event.seq),
        events.map((p) => p.event.type),
        events.map((p) => Date.parse(p.event.at)),
        events.map((p) => p.subject),
        events.map((p) => p.body),
        events.map((p) => p.event.actor.id),
      ],
    )
  }

  const inserted: NewComplaintRow[] = []
  const updated: ComplaintRow[] = []
  for (const { row, isNew } of writes.complaints.values()) {
    if (isNew) inserted.push(row as NewComplaintRow)
    else updated.push(row)
  }
  if (inserted.length > 0) {
    await db.query(
      `INSERT INTO complaints (id, tracking_id, channel, external_id, received_seq, state, colour, opd, desa,
         category, received_at, updated_at, version, next_timer_at, due_at, lat, lon, record)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::bigint[], $6::text[],
         $7::text[], $8::text[], $9::text[], $10::text[], $11::bigint[], $12::bigint[], $13::int[],
         $14::bigint[], $15::bigint[], $16::float8[], $17::float8[], $18::text[])`,
      [
        inserted.map((r) => r.id),
        inserted.map((r) => r.trackingId),
        inserted.map((r) => r.channel),
        inserted.map((r) => r.externalId),
        inserted.map((r) => r.receivedSeq),
        inserted.map((r) => r.state),
        inserted.map((r) => r.colour),
        inserted.map((r) => r.opd),
        inserted.map((r) => r.desa),
        inserted.map((r) => r.category),
        inserted.map((r) => r.receivedAt),
        inserted.map((r) => r.updatedAt),
        inserted.map((r) => r.version),
        inserted.map((r) => r.nextTimerAt),
        inserted.map((r) => r.dueAt),
        inserted.map((r) => r.lat),
        inserted.map((r) => r.lon),
        inserted.map((r) => r.record),
      ],
    )
  }
  if (updated.length > 0) {
    await db.query(
      `UPDATE complaints c SET state = u.state, colour = u.colour, opd = u.opd, updated_at = u.updated_at,
         version = u.version, next_timer_at = u.next_timer_at, due_at = u.due_at, record = u.record
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::bigint[], $6::int[], $7::bigint[],
         $8::bigint[], $9::text[])
         AS u (id, state, colour, opd, updated_at, version, next_timer_at, due_at, record)
       WHERE c.id = u.id`,
      [
        updated.map((r) => r.id),
        updated.map((r) => r.state),
        updated.map((r) => r.colour),
        updated.map((r) => r.opd),
        updated.map((r) => r.updatedAt),
        updated.map((r) => r.version),
        updated.map((r) => r.nextTimerAt),
        updated.map((r) => r.dueAt),
        updated.map((r) => r.record),
      ],
    )
  }

  const issues = [...writes.villageIssues.values()]
  if (issues.length > 0) {
    await db.query(
      `INSERT INTO village_issues (id, system, external_id, reported_seq, active, record)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::bigint[], $5::smallint[], $6::text[])
       ON CONFLICT (id) DO UPDATE SET active = excluded.active, record = excluded.record`,
      [
        issues.map((r) => r.id),
        issues.map((r) => r.system),
        issues.map((r) => r.externalId),
        issues.map((r) => r.reportedSeq),
        issues.map((r) => r.active),
        issues.map((r) => r.record),
      ],
    )
  }
  if (writes.calendar) {
    await db.query(
      `INSERT INTO calendar (id, version, data) VALUES (1, $1, $2)
       ON CONFLICT (id) DO UPDATE SET version = excluded.version, data = excluded.data`,
      [writes.calendar.version, writes.calendar.data],
    )
  }
  // Credentials and accounts are rare: a statement each, in the order the batch made them.
  for (const t of writes.tokens) {
    await db.query(
      `INSERT INTO tokens (id, digest, role, name, opd, issued_at, issued_by, revoked_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, NULL)`,
      [t.id, t.digest, t.role, t.name, t.opd, t.issuedAt, t.issuedBy],
    )
  }
  for (const [id, at] of writes.revokedTokens)
    await db.query('UPDATE tokens SET revoked_at = $1 WHERE id = $2', [at, id])
  for (const u of writes.users) {
    await db.query(
      `INSERT INTO users (id, username, name, role, opd, password_hash, created_at, disabled_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, NULL)`,
      [u.id, u.username, u.name, u.role, u.opd, u.passwordHash, u.createdAt],
    )
  }
  for (const [id, at] of writes.disabledUsers)
    await db.query('UPDATE users SET disabled_at = $1 WHERE id = $2', [at, id])

  await addUp(db, { table: 'meta', column: 'value' }, writes.meta)
  await addUp(db, { table: 'counters', column: 'n' }, writes.counters)
}

/** Adds each delta to its row, creating it when new (keys sorted: concurrent batches lock in one order). */
async function addUp(
  db: ClientBase,
  { table, column }: { table: 'meta' | 'counters'; column: 'value' | 'n' },
  deltas: ReadonlyMap<string, number>,
) {
  if (deltas.size === 0) return
  const keys = [...deltas.keys()].sort()
  await db.query(
    `INSERT INTO ${table} (key, ${column}) SELECT * FROM unnest($1::text[], $2::bigint[])
     ON CONFLICT (key) DO UPDATE SET ${column} = ${table}.${column} + excluded.${column}`,
    [keys, keys.map((k) => deltas.get(k) ?? 0)],
  )
}
