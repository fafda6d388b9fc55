import { SqliteEventStore } from '@pendopo/server/src/log/sqlite/SqliteEventStore.js'
import { DEFAULT_SLA_POLICY, QueueQuerySchema } from '@pendopo/shared'
import Database from 'better-sqlite3'
import { pino } from 'pino'

/** What a chaos run left in the file, read after its last server stopped cleanly. */
export interface LogVerdict {
  readonly events: number
  /** The log's seqs are 1..N with none missing. */
  readonly gapFree: boolean
  readonly complaints: number
  /** complaint.received events for a source (channel, external id) already received. */
  readonly duplicateComplaints: number
  /** Acknowledged complaints with no complaint.received in the log. */
  readonly missingAcknowledged: number
  /** SLA warnings and breaches (and auto-closes) in the log. */
  readonly timersFired: number
  /** Of those, the ones that fired a second time for the same clock and deadline. */
  readonly timersFiredTwice: number
  /** Timers that were due when the last server started and never fired. */
  readonly timersLeftDue: number
  /** The projections (snapshot, queue, next timer) equal what a rebuild from the log alone gives. */
  readonly projectionsMatchRebuild: boolean
}

/**
 * Reads a stopped server's SQLite file: the log itself with plain SQL (not the store's projections, which
 * are under test), then the store's projections before and after rebuilding them from the log.
 * `acknowledged`: the sources (`channel|externalId`) the clients were answered 201/200 for. `clockAheadMs`: how far ahead
 * the last server's clock ran (see clockAhead.mjs).
 */
export async function inspectLog(
  dbPath: string,
  expected: { acknowledged: readonly string[]; clockAheadMs: number },
): Promise<LogVerdict> {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true })
  let log: Omit<LogVerdict, 'timersLeftDue' | 'projectionsMatchRebuild'>
  try {
    const { events, lastSeq } = db
      .prepare<[], { events: number; lastSeq: number }>(
        'SELECT count(*) AS events, max(seq) AS lastSeq FROM events',
      )
      .get() ?? { events: 0, lastSeq: 0 }
    const sources = new Map<string, number>()
    for (const { body } of db
      .prepare<[], { body: string }>(`SELECT body FROM events WHERE type = 'complaint.received'`)
      .iterate()) {
      const { source } = (
        JSON.parse(body) as { data: { complaint: { source: { channel: string; externalId: string } } } }
      ).data.complaint
      const key = `${source.channel}|${source.externalId}`
      sources.set(key, (sources.get(key) ?? 0) + 1)
    }
    const firings = new Map<string, number>()
    for (const { type, body } of db
      .prepare<[], { type: string; body: string }>(
        `SELECT type, body FROM events WHERE type IN ('sla.warning', 'sla.breached', 'complaint.closed')`,
      )
      .iterate()) {
      const data = (
        JSON.parse(body) as { data: { complaintId: string; clock?: string; dueAt?: string; auto?: boolean } }
      ).data
      if (type === 'complaint.closed' && !data.auto) continue
      const key = `${type}|${data.complaintId}|${data.clock ?? ''}|${data.dueAt ?? ''}`
      firings.set(key, (firings.get(key) ?? 0) + 1)
    }
    log = {
      events,
      gapFree: events === lastSeq,
      complaints: sources.size,
      duplicateComplaints: [...sources.values()].reduce((sum, n) => sum + n - 1, 0),
      missingAcknowledged: expected.acknowledged.filter((source) => !sources.has(source)).length,
      timersFired: firings.size,
      timersFiredTwice: [...firings.values()].filter((n) => n > 1).length,
    }
  } finally {
    db.close()
  }

  const store = new SqliteEventStore({
    path: dbPath,
    decisions: { policy: DEFAULT_SLA_POLICY },
    log: pino({ level: 'silent' }),
  })
  try {
    // Everything due when the last server started had fired by its clean stop: it catches up at start.
    const lastStart = Date.now() + expected.clockAheadMs - 60_000
    const timersLeftDue = (await store.dueTimers(lastStart, 1_000)).length
    const now = Date.now() + expected.clockAheadMs
    const projections = async () =>
      JSON.stringify({
        snapshot: await store.snapshot({ audience: 'staff', now }),
        queue: await store.queue(QueueQuerySchema.parse({ limit: 1000 })),
        nextTimerAt: await store.nextTimerAt(),
      })
    const before = await projections()
    await store.rebuildProjections()
    return { ...log, timersLeftDue, projectionsMatchRebuild: before === (await projections()) }
  } finally {
    await store.close()
  }
}
