import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'

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
} from '@pendopo/shared'
import Database from 'better-sqlite3'
import type { Logger } from 'pino'

import type { Command, Outcome } from '../../domain/commands.js'
import { decide } from '../../domain/decide.js'
import type { DecisionContext, TokenRecord, UserRecord } from '../../domain/decision.js'
import { type DueTimer, timersDue } from '../../sla/DueTimer.js'
import { counterRanges, DashboardCache, snapshotSince } from '../DashboardCache.js'
import { type EventStore, type StoreSnapshot, StoreUnavailableError } from '../EventStore.js'
import { PROJECTION_KEYS, type ProjectionDigests, TableDigester } from '../projectionDigests.js'
import { PROJECTION_TABLES, Projector } from '../Projector.js'
import { queuePage, type QueueRow, queueSql } from '../queueSql.js'
import { tokenRecord, userRecord } from '../rows.js'
import { subjectOf } from '../subjectOf.js'

import { MIGRATIONS } from './schema.js'
import { SqliteDecisionState } from './SqliteDecisionState.js'
import { sqliteWriter } from './sqliteWriter.js'
import { prepareStatements, type Statements } from './statements.js'

/** A rebuild replays the log in pages: better-sqlite3 cannot write while an iterator is open. */
const REBUILD_PAGE = 5_000
/**
 * How the file is written. Serving: a commit that returned has reached the disk (WAL, full sync), and
 * the hot projections of a large regency stay in the 64 MiB page cache. A bulk load (see `bulkLoad`): no
 * fsync, the rollback journal in memory so that every page is written once, a page cache that holds a
 * whole day's transaction, and the records of every complaint still open (each is touched again within
 * days; re-reading and re-parsing them was a tenth of the load).
 */
const WRITE_MODES = {
  serving: { journal: 'WAL', synchronous: 'FULL', cacheKiB: 65_536, records: undefined },
  bulkLoad: { journal: 'MEMORY', synchronous: 'OFF', cacheKiB: 524_288, records: 100_000 },
} as const

/** SQLite's own ceiling on a file's page count: the default `max_page_count`. */
const SQLITE_MAX_PAGES = 4_294_967_294

export interface SqliteEventStoreOptions {
  /** A file path, or `:memory:` for throwaway tests. */
  readonly path: string
  readonly decisions: DecisionContext
  readonly log: Logger
  /** How long a write waits for a lock held by another connection (a backup, a migration) before failing. */
  readonly busyTimeoutMs?: number
  /**
   * For building a store offline (the benchmarks' bulk generator), where a crash leaves nothing worth
   * keeping (see WRITE_MODES). Never for a server: a commit that returned may not survive a crash.
   * Opening the file again without it puts it back in WAL mode.
   */
  readonly bulkLoad?: boolean
}

/**
 * The embedded store: one SQLite file in WAL mode with `synchronous=FULL`, so a commit that returned has
 * reached the disk and survives power loss. Group commit makes that affordable: a whole batch of commands
 * shares one transaction and one fsync.
 */
export class SqliteEventStore implements EventStore {
  readonly #db: Database.Database
  readonly #sql: Statements
  readonly #state: SqliteDecisionState
  readonly #projector: Projector
  readonly #dashboard: DashboardCache
  readonly #synchronous: string
  #head: number

  constructor(private readonly options: SqliteEventStoreOptions) {
    if (options.path !== ':memory:') mkdirSync(dirname(options.path), { recursive: true })
    this.#db = new Database(options.path)
    const mode = WRITE_MODES[options.bulkLoad ? 'bulkLoad' : 'serving']
    this.#db.pragma(`journal_mode = ${mode.journal}`)
    this.#db.pragma(`synchronous = ${mode.synchronous}`)
    this.#synchronous = mode.synchronous
    this.#db.pragma(`busy_timeout = ${options.busyTimeoutMs ?? 5000}`)
    this.#db.pragma(`cache_size = ${-mode.cacheKiB}`)
    // Each command runs under a savepoint, whose undo pages go to a statement journal: a temporary file
    // by default, i.e. a write() per page touched, a quarter of a commit's CPU. It is never used for
    // crash recovery (the WAL is), and a batch's savepoints hold a few hundred pages at most.
    this.#db.pragma('temp_store = MEMORY')
    migrate(this.#db)
    this.#sql = prepareStatements(this.#db)
    this.#state = new SqliteDecisionState(this.#sql, mode.records)
    this.#projector = new Projector(sqliteWriter(this.#sql), this.#state)
    this.#dashboard = new DashboardCache()
    this.#head = this.#sql.headSeq.get()?.seq ?? 0
  }

  commit(commands: readonly Command[]): Promise<Outcome[]> {
    const headBefore = this.#head
    const outcomes: Outcome[] = []
    try {
      this.#sql.begin.run()
      for (const command of commands) outcomes.push(this.#commitOne(command))
      const changes = this.#projector.flushCounters()
      this.#sql.commit.run()
      this.#dashboard.apply(changes)
      return Promise.resolve(outcomes)
    } catch (error) {
      if (this.#db.inTransaction) this.#sql.rollback.run()
      this.#state.forgetUncommitted()
      this.#projector.dropBatch()
      this.#head = headBefore
      return Promise.reject(new StoreUnavailableError(error))
    }
  }

  async unsynced<T>(write: () => Promise<T>): Promise<T> {
    this.#db.pragma('synchronous = OFF')
    try {
      return await write()
    } finally {
      this.#db.pragma(`synchronous = ${this.#synchronous}`)
      // A checkpoint under the restored setting syncs the WAL, then copies it into the file and syncs that.
      if (this.#db.open) this.#db.pragma('wal_checkpoint(FULL)')
    }
  }

  /** One command under a savepoint: a bug in one decision fails that command, not its whole batch. */
  #commitOne(command: Command): Outcome {
    const headBefore = this.#head
    this.#sql.savepoint.run()
    try {
      const decision = decide(command, this.#state, this.options.decisions)
      if (!decision.ok) {
        this.#sql.release.run()
        return decision
      }
      const events = decision.events.map((e) => this.#append(e))
      this.#sql.release.run()
      this.#projector.keepCommand()
      const seq = events.at(-1)?.seq ?? decision.repeatOfSeq ?? this.#head
      return { ok: true, result: decision.result, events, seq }
    } catch (error) {
      // A full disk or an I/O error may have rolled the whole transaction back already (SQLite does so
      // for SQLITE_FULL and SQLITE_IOERR): then there is no savepoint left to return to.
      if (this.#db.inTransaction) {
        this.#sql.rollbackToSavepoint.run()
        this.#sql.release.run()
      }
      this.#state.forgetUncommitted()
      this.#projector.dropCommand()
      this.#head = headBefore
      if (error instanceof Database.SqliteError) throw error // the store failed: the whole batch goes
      this.options.log.error({ err: error, command: command.kind }, 'a command failed to apply')
      return {
        ok: false,
        refusal: 'internal',
        body: { error: 'internal error: the command was not applied' },
      }
    }
  }

  #append(decided: DomainEvent | Omit<DomainEvent, 'seq'>): DomainEvent {
    const event = { ...decided, seq: this.#head + 1 } as DomainEvent
    const subject = subjectOf(event)
    this.#sql.insertEvent.run(
      event.seq,
      event.type,
      Date.parse(event.at),
      subject,
      JSON.stringify(event),
      event.actor.id,
    )
    this.#head = event.seq
    this.#projector.apply(event)
    return event
  }

  headSeq(): Promise<number> {
    return Promise.resolve(this.#head)
  }

  readAfter(afterSeq: number, limit: number): Promise<DomainEvent[]> {
    return Promise.resolve(
      this.#sql.eventsAfter.all(afterSeq, limit).map((r) => JSON.parse(r.body) as DomainEvent),
    )
  }

  snapshot({ audience, now }: { audience: Audience; now: number }): Promise<StoreSnapshot> {
    const read = this.#db.transaction((): StoreSnapshot => {
      const calendar = this.#state.calendar()
      if (!calendar) throw new Error('no working calendar has been published yet')
      const since = snapshotSince(calendar, now)
      if (this.#dashboard.needsLoad(since)) {
        this.#dashboard.load(since, {
          counters: counterRanges(since).flatMap(([from, to]) => this.#sql.countersInRange.all(from, to)),
          openPoints: this.#sql.allOpenPoints.iterate(),
          recent: this.#sql.recentComplaints
            .all(SNAPSHOT_RECENT)
            .map((r) => JSON.parse(r.record) as ComplaintRecord),
        })
      }
      return this.#dashboard.snapshot({
        audience,
        seq: this.#head,
        now,
        calendar,
        policy: this.options.decisions.policy,
        villageIssues: this.#sql.activeVillageIssues.all().map((r) => JSON.parse(r.record) as VillageIssue),
      })
    })
    return Promise.resolve(read())
  }

  complaint(id: ComplaintId): Promise<ComplaintRecord | undefined> {
    return Promise.resolve(this.#state.complaint(id))
  }

  complaintHistory(id: ComplaintId): Promise<DomainEvent[]> {
    return Promise.resolve(this.#sql.eventsOfSubject.all(id).map((r) => JSON.parse(r.body) as DomainEvent))
  }

  villageIssue(id: VillageIssueId): Promise<VillageIssue | undefined> {
    return Promise.resolve(this.#state.villageIssue(id))
  }

  dueTimers(until: number, limit: number): Promise<DueTimer[]> {
    const records = this.#sql.dueComplaints
      .all(until, limit)
      .map((r) => JSON.parse(r.record) as ComplaintRecord)
    return Promise.resolve(timersDue(records, until, limit))
  }

  nextTimerAt(): Promise<number | null> {
    return Promise.resolve(this.#sql.nextTimer.get()?.at ?? null)
  }

  tokenByDigest(digest: string): Promise<TokenRecord | undefined> {
    const row = this.#sql.tokenByDigest.get(digest)
    return Promise.resolve(row ? tokenRecord(row) : undefined)
  }

  tokens(): Promise<TokenRecord[]> {
    return Promise.resolve(this.#sql.tokens.all().map(tokenRecord))
  }

  userByUsername(username: string): Promise<UserRecord | undefined> {
    const row = this.#sql.userByUsername.get(username)
    return Promise.resolve(row ? userRecord(row) : undefined)
  }

  user(id: UserId): Promise<UserRecord | undefined> {
    const row = this.#sql.user.get(id)
    return Promise.resolve(row ? userRecord(row) : undefined)
  }

  users(): Promise<UserRecord[]> {
    return Promise.resolve(this.#sql.users.all().map(userRecord))
  }

  startSession(session: { digest: string; userId: UserId; expiresAt: number }): Promise<void> {
    this.#sql.insertSession.run(session.digest, session.userId, session.expiresAt)
    return Promise.resolve()
  }

  session(digest: string, now: number): Promise<{ userId: UserId; expiresAt: number } | undefined> {
    const row = this.#sql.session.get(digest)
    if (!row || row.expires_at <= now) return Promise.resolve(undefined)
    return Promise.resolve({ userId: row.user_id as UserId, expiresAt: row.expires_at })
  }

  endSessions(which: { digest: string } | { userId: UserId } | { expiredBy: number }): Promise<void> {
    if ('digest' in which) this.#sql.deleteSession.run(which.digest)
    else if ('userId' in which) this.#sql.deleteSessionsOfUser.run(which.userId)
    else this.#sql.deleteExpiredSessions.run(which.expiredBy)
    return Promise.resolve()
  }

  queue(query: QueueQuery): Promise<QueuePage> {
    const { count, page } = queueSql(query, () => '?')
    const total = (this.#db.prepare(count.sql).get(...count.params) as { n: number }).n
    const rows = this.#db.prepare(page.sql).all(...page.params) as QueueRow[]
    return Promise.resolve(queuePage(rows, total, query))
  }

  eventsByActor(actorId: string, options: { beforeSeq: number; limit: number }): Promise<DomainEvent[]> {
    return Promise.resolve(
      this.#sql.eventsByActor
        .all(actorId, options.beforeSeq, options.limit)
        .map((r) => JSON.parse(r.body) as DomainEvent),
    )
  }

  calendar() {
    return Promise.resolve(this.#state.calendar())
  }

  ping(): Promise<void> {
    try {
      this.#db.prepare('SELECT 1').get()
      return Promise.resolve()
    } catch (error) {
      return Promise.reject(new StoreUnavailableError(error))
    }
  }

  rebuildProjections(): Promise<void> {
    this.#db.transaction(() => {
      for (const table of PROJECTION_TABLES) this.#db.exec(`DELETE FROM ${table}`)
      this.#state.forgetUncommitted()
      for (let after = 0; ;) {
        const page = this.#sql.eventsAfter
          .all(after, REBUILD_PAGE)
          .map((r) => JSON.parse(r.body) as DomainEvent)
        for (const event of page) this.#projector.apply(event)
        const last = page.at(-1)
        if (!last) break
        after = last.seq
      }
      this.#projector.flushCounters()
    })()
    this.#dashboard.invalidate()
    return Promise.resolve()
  }

  /** Every projection table's rows, hashed in key order, in one read transaction (see projectionDigests). */
  projectionDigests(): Promise<ProjectionDigests> {
    const read = this.#db.transaction(() => {
      const digests = {} as ProjectionDigests
      for (const table of PROJECTION_TABLES) {
        const digester = new TableDigester(table)
        const rows = this.#db
          .prepare<[], Record<string, unknown>>(`SELECT * FROM ${table} ORDER BY ${PROJECTION_KEYS[table]}`)
          .iterate()
        for (const row of rows) digester.add(row)
        digests[table] = digester.finish()
      }
      return digests
    })
    return Promise.resolve(read())
  }

  /**
   * Holds the file at its current size (or lifts that hold): every write that needs a new page then fails
   * with SQLITE_FULL, exactly as on a full disk. How the tests fill a disk without root or a small mount.
   */
  holdFileSize(hold: boolean): void {
    const pages = hold ? this.#db.pragma('page_count', { simple: true }) : SQLITE_MAX_PAGES
    this.#db.pragma(`max_page_count = ${String(pages)}`)
  }

  close(): Promise<void> {
    if (this.#db.open) this.#db.close()
    return Promise.resolve()
  }
}

function migrate(db: Database.Database): void {
  const applied = db.pragma('user_version', { simple: true }) as number
  if (applied > MIGRATIONS.length) {
    throw new Error(
      `the database is at schema ${applied}, newer than this build knows (${MIGRATIONS.length})`,
    )
  }
  if (applied === MIGRATIONS.length) return // a write transaction, and its fsync, for nothing
  db.transaction(() => {
    MIGRATIONS.slice(applied).forEach((sql) => db.exec(sql))
    db.pragma(`user_version = ${MIGRATIONS.length}`)
  })()
}
