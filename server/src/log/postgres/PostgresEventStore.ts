import {
  type Audience,
  type ComplaintId,
  type ComplaintRecord,
  type DomainEvent,
  type QueuePage,
  type QueueQuery,
  SNAPSHOT_RECENT,
  type UserId,
  type VillageIssue,
  type VillageIssueId,
  type WorkingCalendar,
} from '@pendopo/shared'
import pg from 'pg'
import type { Logger } from 'pino'

import type { Command, Outcome } from '../../domain/commands.js'
import { decide } from '../../domain/decide.js'
import type { DecisionContext, TokenRecord, UserRecord } from '../../domain/decision.js'
import { type DueTimer, timersDue } from '../../sla/DueTimer.js'
import { counterRanges, DashboardCache, type DashboardRows, snapshotSince } from '../DashboardCache.js'
import { type EventStore, type StoreSnapshot, StoreUnavailableError } from '../EventStore.js'
import { PROJECTION_KEYS, type ProjectionDigests, TableDigester } from '../projectionDigests.js'
import { PROJECTION_TABLES, Projector } from '../Projector.js'
import { queuePage, type QueueRow, queueSql } from '../queueSql.js'
import { tokenRecord, type TokenRow, userRecord, type UserRow } from '../rows.js'
import { subjectOf } from '../subjectOf.js'

import { BatchState, parseCalendar } from './BatchState.js'
import { flushWrites } from './flushWrites.js'
import { keysOf, loadRows } from './loadRows.js'
import { NotLoaded } from './rowKeys.js'
import { MIGRATIONS } from './schema.js'
import { NUMERIC_TYPES } from './types.js'

/** A rebuild replays the log in pages of this many events, one flush each. */
const REBUILD_PAGE = 5_000
/** Rows per read when hashing the projections. */
const DIGEST_PAGE = 5_000
/** A decision that still misses rows after this many loads is a bug, not a cold cache. */
const MAX_LOADS_PER_COMMAND = 8
/** Taken by the migrating process: several processes starting at once migrate one after another. */
const MIGRATION_LOCK = 7_236_001

export interface PostgresEventStoreOptions {
  /** `postgres://user@host:5432/db`; `?options=-c search_path=…` puts the tables in a schema. */
  readonly url: string
  readonly decisions: DecisionContext
  readonly log: Logger
  /** Connections per process: commits take one at a time, reads (snapshots, queues, replays) the rest. */
  readonly poolSize?: number
  /**
   * How long a statement waits for a lock (a commit for the head, held by another process's commit)
   * before the commit fails as the store being unavailable: an answer (503, retry) instead of a hang.
   */
  readonly lockTimeoutMs?: number
}

/** Long enough for a commit queued behind a few others, short enough that a client hears back. */
const LOCK_TIMEOUT_MS = 5_000
/**
 * A process frozen inside a transaction (SIGSTOP, a swap storm) would hold the head lock, and every
 * commit, for as long as it stays frozen: PostgreSQL ends such a session after this, freeing the lock.
 */
const IDLE_IN_TRANSACTION_MS = 10_000

/**
 * The shared store: the log and its projections in PostgreSQL, for several server processes at once.
 *
 * Every commit locks the log's head row for its whole transaction, so commits from all processes are
 * serialised: each numbers its events from the head the previous commit left, and seq order is commit
 * order, with no gaps (a reader that sees seq n has seen every seq before it). Within that lock a batch is
 * decided in memory (see BatchState) and written in one statement per table; COMMIT with PostgreSQL's
 * default `synchronous_commit = on` returns once the WAL reached the disk.
 */
export class PostgresEventStore implements EventStore {
  readonly #pool: pg.Pool
  readonly #state = new BatchState()
  readonly #projector: Projector
  readonly #dashboard = new DashboardCache()
  /** The head the dashboard cache shows; -1 when it must be loaded again. */
  #dashboardHead = -1
  /** The head as this process last left it (under the lock); another value there means another writer. */
  #head = -1
  /** Commits, rebuilds and imports use the batch state: one at a time. */
  #exclusive: Promise<unknown> = Promise.resolve()
  #unsynced = false
  /** Parsed calendars by version, for reads outside a commit. */
  #calendar: WorkingCalendar | undefined

  private constructor(
    private readonly options: PostgresEventStoreOptions,
    pool: pg.Pool,
  ) {
    this.#pool = pool
    this.#projector = new Projector(this.#state, this.#state)
  }

  /** Connects, brings the schema up to date, and returns the store. */
  static async open(options: PostgresEventStoreOptions): Promise<PostgresEventStore> {
    const pool = new pg.Pool({
      connectionString: options.url,
      max: options.poolSize ?? 8,
      types: NUMERIC_TYPES,
      application_name: 'pendopo',
      connectionTimeoutMillis: 10_000,
      keepAlive: true,
      lock_timeout: options.lockTimeoutMs ?? LOCK_TIMEOUT_MS,
      idle_in_transaction_session_timeout: IDLE_IN_TRANSACTION_MS,
    })
    // An idle connection that breaks (the database restarted) is dropped by the pool; without a listener
    // the error would end the process.
    pool.on('error', (error) => options.log.warn({ err: error }, 'an idle PostgreSQL connection failed'))
    try {
      await migrate(pool)
    } catch (error) {
      await pool.end()
      throw error
    }
    return new PostgresEventStore(options, pool)
  }

  commit(commands: readonly Command[]): Promise<Outcome[]> {
    return this.#alone(async () => {
      const client = await this.#connect()
      let failed = true
      try {
        const outcomes = await this.#commitOn(client, commands)
        failed = false
        return outcomes
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined)
        this.#state.forgetAll()
        this.#projector.dropBatch()
        this.#head = -1
        throw new StoreUnavailableError(error)
      } finally {
        client.release(failed) // a connection that failed a commit is not reused
      }
    })
  }

  async #commitOn(client: pg.PoolClient, commands: readonly Command[]): Promise<Outcome[]> {
    const head = await this.#lockHead(client, { unsynced: this.#unsynced })
    await loadRows(client, this.#state, commands.flatMap(keysOf))
    const outcomes: Outcome[] = []
    for (const command of commands) outcomes.push(await this.#decideLoading(client, command))
    const changes = this.#projector.flushCounters()
    await flushWrites(client, this.#state.takeWrites())
    await commitAt(client, this.#head)
    if (this.#dashboardHead === head) {
      this.#dashboard.apply(changes)
      this.#dashboardHead = this.#head
    }
    return outcomes
  }

  /**
   * Begins the transaction, takes the commit lock, and reads under it the head, the calendar's version and
   * the complaint count, in one round trip (the lock is held for every round trip after it: each one is
   * every process's wait). When the head is not where this process left it, another process wrote
   * meanwhile: whatever this one cached may be stale.
   */
  async #lockHead(client: pg.PoolClient, { unsynced = false } = {}): Promise<number> {
    // Several statements, no parameters: the simple protocol runs them in one go and answers each. Each
    // statement reads with a snapshot of its own, so the last, run once the lock is granted, sees what
    // the previous holder committed.
    const answers = (await client.query(
      `BEGIN; ${unsynced ? 'SET LOCAL synchronous_commit = off; ' : ''}
       SELECT seq FROM log_head WHERE id = 1 FOR UPDATE;
       SELECT (SELECT version FROM calendar WHERE id = 1) AS calendar,
              (SELECT value FROM meta WHERE key = 'complaints') AS complaints`,
    )) as unknown as pg.QueryResult[]
    const head = (answers.at(-2)?.rows[0] as { seq?: number } | undefined)?.seq
    const inForce = answers.at(-1)?.rows[0] as { calendar: number | null; complaints: number | null }
    if (head === undefined) throw new Error('the log_head row is missing: the schema is damaged')
    if (head !== this.#head) {
      this.#state.forgetAll()
      this.#head = head
    }
    this.#state.startBatch()
    this.#state.count = inForce.complaints ?? 0
    if (this.#state.workingCalendar?.version !== (inForce.calendar ?? undefined))
      this.#state.workingCalendar = await this.#readCalendar(client)
    return head
  }

  /** Decides a command, loading what it asks for that is not loaded yet and deciding again. */
  async #decideLoading(client: pg.PoolClient, command: Command): Promise<Outcome> {
    for (let loads = 0; ; loads++) {
      const decided = this.#decideOne(command)
      if (!(decided instanceof NotLoaded)) return decided
      if (loads === MAX_LOADS_PER_COMMAND) {
        this.options.log.error(
          { command: command.kind, missing: decided.keys },
          'a decision kept missing rows',
        )
        return internalError
      }
      await loadRows(client, this.#state, decided.keys)
    }
  }

  /** One command against the batch state; a bug in one decision fails that command, not its batch. */
  #decideOne(command: Command): Outcome | NotLoaded {
    const headBefore = this.#head
    try {
      const decision = decide(command, this.#state, this.options.decisions)
      if (!decision.ok) return decision
      const events = decision.events.map((e) => this.#append(e))
      this.#state.keepCommand()
      this.#projector.keepCommand()
      const seq = events.at(-1)?.seq ?? decision.repeatOfSeq ?? this.#head
      return { ok: true, result: decision.result, events, seq }
    } catch (error) {
      this.#state.dropCommand()
      this.#projector.dropCommand()
      this.#head = headBefore
      if (error instanceof NotLoaded) return error
      this.options.log.error({ err: error, command: command.kind }, 'a command failed to apply')
      return internalError
    }
  }

  #append(decided: DomainEvent | Omit<DomainEvent, 'seq'>): DomainEvent {
    const event = { ...decided, seq: this.#head + 1 } as DomainEvent
    this.#state.appendEvent({ event, subject: subjectOf(event), body: JSON.stringify(event) })
    this.#head = event.seq
    this.#projector.apply(event)
    return event
  }

  async unsynced<T>(write: () => Promise<T>): Promise<T> {
    this.#unsynced = true
    try {
      return await write()
    } finally {
      this.#unsynced = false
      // A commit that waits for its WAL flush waits for everything written before it, unsynced or not.
      await this.#pool.query('UPDATE log_head SET seq = seq WHERE id = 1')
    }
  }

  async headSeq(): Promise<number> {
    return (await this.#rows<{ seq: number }>('SELECT seq FROM log_head WHERE id = 1'))[0]?.seq ?? 0
  }

  async readAfter(afterSeq: number, limit: number): Promise<DomainEvent[]> {
    return bodies(
      await this.#rows<{ body: string }>('SELECT body FROM events WHERE seq > $1 ORDER BY seq LIMIT $2', [
        afterSeq,
        limit,
      ]),
    )
  }

  async snapshot({ audience, now }: { audience: Audience; now: number }): Promise<StoreSnapshot> {
    const client = await this.#connect()
    try {
      // One snapshot of the database for every read: the parts agree with each other and with `seq`.
      await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY')
      const head =
        (await client.query<{ seq: number }>('SELECT seq FROM log_head WHERE id = 1')).rows[0]?.seq ?? 0
      const calendar = await this.#readCalendar(client)
      if (!calendar) throw new Error('no working calendar has been published yet')
      const since = snapshotSince(calendar, now)
      const villageIssues = (
        await client.query<{ record: string }>(
          'SELECT record FROM village_issues WHERE active = 1 ORDER BY reported_seq',
        )
      ).rows.map((r) => JSON.parse(r.record) as VillageIssue)
      if (this.#dashboardHead !== head || this.#dashboard.needsLoad(since)) {
        const rows = await dashboardRows(client, since)
        this.#dashboard.load(since, rows)
        this.#dashboardHead = head
      }
      await client.query('COMMIT')
      // Read from the cache in this same turn: a commit applied to it later would run ahead of `seq`.
      return this.#dashboard.snapshot({
        audience,
        seq: head,
        now,
        calendar,
        policy: this.options.decisions.policy,
        villageIssues,
      })
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined)
      throw error
    } finally {
      client.release()
    }
  }

  async complaint(id: ComplaintId): Promise<ComplaintRecord | undefined> {
    const row = (await this.#rows<{ record: string }>('SELECT record FROM complaints WHERE id = $1', [id]))[0]
    return row ? (JSON.parse(row.record) as ComplaintRecord) : undefined
  }

  async complaintHistory(id: ComplaintId): Promise<DomainEvent[]> {
    return bodies(
      await this.#rows<{ body: string }>('SELECT body FROM events WHERE subject = $1 ORDER BY seq', [id]),
    )
  }

  async villageIssue(id: VillageIssueId): Promise<VillageIssue | undefined> {
    const row = (
      await this.#rows<{ record: string }>('SELECT record FROM village_issues WHERE id = $1', [id])
    )[0]
    return row ? (JSON.parse(row.record) as VillageIssue) : undefined
  }

  async dueTimers(until: number, limit: number): Promise<DueTimer[]> {
    const rows = await this.#rows<{ record: string }>(
      'SELECT record FROM complaints WHERE next_timer_at <= $1 ORDER BY next_timer_at LIMIT $2',
      [until, limit],
    )
    return timersDue(
      rows.map((r) => JSON.parse(r.record) as ComplaintRecord),
      until,
      limit,
    )
  }

  async nextTimerAt(): Promise<number | null> {
    const rows = await this.#rows<{ at: number | null }>(
      'SELECT min(next_timer_at) AS at FROM complaints WHERE next_timer_at IS NOT NULL',
    )
    return rows[0]?.at ?? null
  }

  async calendar(): Promise<WorkingCalendar | undefined> {
    const client = await this.#connect()
    try {
      return await this.#readCalendar(client)
    } finally {
      client.release()
    }
  }

  /** The calendar in force as `db` sees it, parsed once per version. */
  async #readCalendar(db: pg.ClientBase): Promise<WorkingCalendar | undefined> {
    const version = (await db.query<{ version: number }>('SELECT version FROM calendar WHERE id = 1')).rows[0]
      ?.version
    if (version === undefined) return undefined
    if (this.#calendar?.version !== version) {
      const row = (
        await db.query<{ version: number; data: string }>('SELECT version, data FROM calendar WHERE id = 1')
      ).rows[0]
      if (!row) return undefined
      this.#calendar = parseCalendar(row.version, row.data)
    }
    return this.#calendar
  }

  async tokenByDigest(digest: string): Promise<TokenRecord | undefined> {
    const row = (await this.#rows<TokenRow>('SELECT * FROM tokens WHERE digest = $1', [digest]))[0]
    return row ? tokenRecord(row) : undefined
  }

  async tokens(): Promise<TokenRecord[]> {
    return (await this.#rows<TokenRow>('SELECT * FROM tokens ORDER BY issued_at')).map(tokenRecord)
  }

  async userByUsername(username: string): Promise<UserRecord | undefined> {
    const row = (await this.#rows<UserRow>('SELECT * FROM users WHERE username = $1', [username]))[0]
    return row ? userRecord(row) : undefined
  }

  async user(id: UserId): Promise<UserRecord | undefined> {
    const row = (await this.#rows<UserRow>('SELECT * FROM users WHERE id = $1', [id]))[0]
    return row ? userRecord(row) : undefined
  }

  async users(): Promise<UserRecord[]> {
    return (await this.#rows<UserRow>('SELECT * FROM users ORDER BY username')).map(userRecord)
  }

  async startSession(session: { digest: string; userId: UserId; expiresAt: number }): Promise<void> {
    await this.#rows('INSERT INTO sessions (digest, user_id, expires_at) VALUES ($1, $2, $3)', [
      session.digest,
      session.userId,
      session.expiresAt,
    ])
  }

  async session(digest: string, now: number): Promise<{ userId: UserId; expiresAt: number } | undefined> {
    const row = (
      await this.#rows<{ user_id: string; expires_at: number }>(
        'SELECT user_id, expires_at FROM sessions WHERE digest = $1',
        [digest],
      )
    )[0]
    if (!row || row.expires_at <= now) return undefined
    return { userId: row.user_id as UserId, expiresAt: row.expires_at }
  }

  async endSessions(which: { digest: string } | { userId: UserId } | { expiredBy: number }): Promise<void> {
    if ('digest' in which) await this.#rows('DELETE FROM sessions WHERE digest = $1', [which.digest])
    else if ('userId' in which) await this.#rows('DELETE FROM sessions WHERE user_id = $1', [which.userId])
    else await this.#rows('DELETE FROM sessions WHERE expires_at <= $1', [which.expiredBy])
  }

  async queue(query: QueueQuery): Promise<QueuePage> {
    const { count, page } = queueSql(query, (n) => `$${String(n)}`)
    const [total, rows] = await Promise.all([
      this.#rows<{ n: number }>(count.sql, count.params),
      this.#rows<QueueRow>(page.sql, page.params),
    ])
    return queuePage(rows, total[0]?.n ?? 0, query)
  }

  async eventsByActor(
    actorId: string,
    options: { beforeSeq: number; limit: number },
  ): Promise<DomainEvent[]> {
    return bodies(
      await this.#rows<{ body: string }>(
        'SELECT body FROM events WHERE actor = $1 AND seq < $2 ORDER BY seq DESC LIMIT $3',
        [actorId, options.beforeSeq, options.limit],
      ),
    )
  }

  async ping(): Promise<void> {
    await this.#rows('SELECT 1')
  }

  /**
   * Rebuilds every projection from the log alone, in one transaction under the commit lock: the other
   * processes' commits wait for it, and nobody ever reads half-rebuilt projections.
   */
  rebuildProjections(): Promise<void> {
    return this.#alone(async () => {
      const client = await this.#connect()
      try {
        const head = await this.#lockHead(client)
        await client.query(`TRUNCATE ${PROJECTION_TABLES.join(', ')}`)
        this.#state.forgetAll()
        this.#state.workingCalendar = undefined // until the log publishes one again, there is none
        for (let after = 0; after < head;) {
          const page = bodies(
            (
              await client.query<{ body: string }>(
                'SELECT body FROM events WHERE seq > $1 ORDER BY seq LIMIT $2',
                [after, REBUILD_PAGE],
              )
            ).rows,
          )
          const last = page.at(-1)
          if (!last) break
          await this.#project(client, page)
          after = last.seq
        }
        await client.query('COMMIT')
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined)
        throw error
      } finally {
        this.#state.forgetAll()
        this.#projector.dropBatch()
        this.#head = -1
        this.#dashboardHead = -1
        client.release()
      }
    })
  }

  /** Applies a page of the log to the projections and writes them (a rebuild's step). */
  async #project(client: pg.PoolClient, events: readonly DomainEvent[]): Promise<void> {
    this.#state.startBatch()
    if (!this.#state.workingCalendar) this.#state.workingCalendar = await this.#readCalendar(client)
    const complaintIds = events.flatMap((e) => ('complaintId' in e.data ? [e.data.complaintId] : []))
    await loadRows(
      client,
      this.#state,
      complaintIds.map((id) => ({ kind: 'complaint', id })),
    )
    for (const event of events) {
      for (;;) {
        try {
          this.#projector.apply(event)
          this.#state.keepCommand()
          this.#projector.keepCommand()
          break
        } catch (error) {
          this.#state.dropCommand()
          this.#projector.dropCommand()
          if (!(error instanceof NotLoaded)) throw error
          await loadRows(client, this.#state, error.keys)
        }
      }
    }
    this.#projector.flushCounters()
    await flushWrites(client, this.#state.takeWrites())
  }

  /**
   * Appends events that were decided elsewhere (another store's log, being moved here), with their own
   * seqs, which must continue this log's head. Projections are not touched: rebuild them after.
   */
  importEvents(events: readonly DomainEvent[]): Promise<void> {
    return this.#alone(async () => {
      const client = await this.#connect()
      try {
        const head = await this.#lockHead(client)
        events.forEach((event, i) => {
          if (event.seq !== head + 1 + i)
            throw new Error(`seq ${String(event.seq)} does not continue the log (head ${String(head + i)})`)
        })
        const last = events.at(-1)?.seq ?? head
        const writes = this.#state.takeWrites()
        for (const event of events)
          writes.events.push({ event, subject: subjectOf(event), body: JSON.stringify(event) })
        await flushWrites(client, writes)
        await commitAt(client, last)
        this.#head = last
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined)
        this.#head = -1
        throw error
      } finally {
        client.release()
      }
    })
  }

  /**
   * Every projection table's rows, hashed in key order, read a page at a time in one snapshot of the
   * database (a regency's complaints do not fit in one answer).
   */
  async projectionDigests(): Promise<ProjectionDigests> {
    const client = await this.#connect()
    try {
      await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY')
      const digests = {} as ProjectionDigests
      for (const table of PROJECTION_TABLES) {
        const key = PROJECTION_KEYS[table]
        const digester = new TableDigester(table)
        for (let after: unknown = undefined; ;) {
          const { rows } = await client.query<Record<string, unknown>>(
            `SELECT * FROM ${table} ${after === undefined ? '' : `WHERE ${key} > $2`} ORDER BY ${key} LIMIT $1`,
            after === undefined ? [DIGEST_PAGE] : [DIGEST_PAGE, after],
          )
          for (const row of rows) digester.add(row)
          if (rows.length < DIGEST_PAGE) break
          after = rows.at(-1)?.[key]
        }
        digests[table] = digester.finish()
      }
      await client.query('COMMIT')
      return digests
    } finally {
      client.release()
    }
  }

  async close(): Promise<void> {
    await this.#alone(() => Promise.resolve())
    if (!this.#pool.ended) await this.#pool.end()
  }

  /** Runs `work` after every earlier commit, rebuild or import of this process. */
  #alone<T>(work: () => Promise<T>): Promise<T> {
    const run = this.#exclusive.then(work, work)
    this.#exclusive = run.catch(() => undefined)
    return run
  }

  async #connect(): Promise<pg.PoolClient> {
    try {
      return await this.#pool.connect()
    } catch (error) {
      throw new StoreUnavailableError(error)
    }
  }

  async #rows<R>(sql: string, params: unknown[] = []): Promise<R[]> {
    try {
      return (await this.#pool.query<R & pg.QueryResultRow>(sql, params)).rows
    } catch (error) {
      throw new StoreUnavailableError(error)
    }
  }
}

/** Moves the head to `head` and commits, in one round trip. */
async function commitAt(client: pg.PoolClient, head: number): Promise<void> {
  if (!Number.isSafeInteger(head) || head < 0) throw new Error(`not a seq: ${String(head)}`)
  await client.query(`UPDATE log_head SET seq = ${String(head)} WHERE id = 1; COMMIT`)
}

const internalError: Outcome = {
  ok: false,
  refusal: 'internal',
  body: { error: 'internal error: the command was not applied' },
}

const bodies = (rows: ReadonlyArray<{ body: string }>): DomainEvent[] =>
  rows.map((r) => JSON.parse(r.body) as DomainEvent)

/** What the dashboard cache loads, read inside the snapshot's transaction. */
async function dashboardRows(db: pg.ClientBase, since: string): Promise<DashboardRows> {
  const ranges = counterRanges(since)
  // One after another, on the snapshot's own connection (one query at a time there).
  const counters = await db.query<{ key: string; n: number }>(
    `SELECT key, n FROM counters WHERE n <> 0 AND (${ranges
      .map((_, i) => `(key >= $${String(2 * i + 1)} AND key < $${String(2 * i + 2)})`)
      .join(' OR ')})`,
    ranges.flat(),
  )
  const openPoints = await db.query<{ tracking_id: string; lat: number; lon: number; colour: string }>(
    `SELECT tracking_id, lat, lon, colour FROM complaints WHERE state NOT IN ('CLOSED', 'ARCHIVED')
     ORDER BY received_seq`,
  )
  const recent = await db.query<{ record: string }>(
    'SELECT record FROM complaints ORDER BY received_seq DESC LIMIT $1',
    [SNAPSHOT_RECENT],
  )
  return {
    counters: counters.rows,
    openPoints: openPoints.rows,
    recent: recent.rows.map((r) => JSON.parse(r.record) as ComplaintRecord),
  }
}

async function migrate(pool: pg.Pool): Promise<void> {
  const client = await pool.connect()
  try {
    await client.query('BEGIN')
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK])
    await client.query(
      'CREATE TABLE IF NOT EXISTS schema_version (id integer PRIMARY KEY CHECK (id = 1), version integer NOT NULL)',
    )
    const applied =
      (await client.query<{ version: number }>('SELECT version FROM schema_version')).rows[0]?.version ?? 0
    if (applied > MIGRATIONS.length) {
      throw new Error(
        `the database is at schema ${String(applied)}, newer than this build knows (${String(MIGRATIONS.length)})`,
      )
    }
    for (const sql of MIGRATIONS.slice(applied)) await client.query(sql)
    await client.query(
      `INSERT INTO schema_version (id, version) VALUES (1, $1)
       ON CONFLICT (id) DO UPDATE SET version = excluded.version`,
      [MIGRATIONS.length],
    )
    await client.query('COMMIT')
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined)
    throw error
  } finally {
    client.release()
  }
}
