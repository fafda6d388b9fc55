import type {
  Audience,
  ComplaintId,
  ComplaintRecord,
  DomainEvent,
  QueuePage,
  QueueQuery,
  Snapshot,
  UserId,
  VillageIssue,
  VillageIssueId,
  WorkingCalendar,
} from '@pendopo/shared'

import type { Command, Outcome } from '../domain/commands.js'
import type { TokenRecord, UserRecord } from '../domain/decision.js'
import type { DueTimer } from '../sla/DueTimer.js'

/**
 * The durable event log and its projections, behind one interface that SQLite and PostgreSQL both
 * implement and one contract suite proves (style.md §8). Callers never see a driver.
 */
export interface EventStore {
  /**
   * Decides every command against current state and appends the events, all in ONE durable transaction
   * (group commit); outcomes come back in command order. Resolves only after the commit is durable.
   * Rejects with `StoreUnavailableError`, having written nothing, when the store itself fails.
   */
  commit(commands: readonly Command[]): Promise<Outcome[]>
  /**
   * Runs `write` with commits that return before they reach the disk, then makes all of it durable
   * before resolving. Only for writes nobody was told are kept, made before the server listens (the
   * simulator's history): a crash midway loses some of them, never an acknowledged command. It spares a
   * first demo start one fsync per history step.
   */
  unsynced<T>(write: () => Promise<T>): Promise<T>
  /** The seq of the last committed event (0 for an empty log). */
  headSeq(): Promise<number>
  /** Up to `limit` events after `afterSeq`, in seq order. */
  readAfter(afterSeq: number, limit: number): Promise<DomainEvent[]>
  /** What a dashboard needs from the log, consistent with `headSeq` at the time it was read. */
  snapshot(options: { audience: Audience; now: number }): Promise<StoreSnapshot>
  complaint(id: ComplaintId): Promise<ComplaintRecord | undefined>
  /** Every event about one complaint, in seq order: its audit trail. */
  complaintHistory(id: ComplaintId): Promise<DomainEvent[]>
  villageIssue(id: VillageIssueId): Promise<VillageIssue | undefined>
  /** SLA timers due by `until`, earliest first. */
  dueTimers(until: number, limit: number): Promise<DueTimer[]>
  /** When the next SLA timer falls due, if any. */
  nextTimerAt(): Promise<number | null>
  calendar(): Promise<WorkingCalendar | undefined>
  /** The credential with this SHA-256 digest (hex), revoked or not. */
  tokenByDigest(digest: string): Promise<TokenRecord | undefined>
  tokens(): Promise<TokenRecord[]>
  /** The account with this username, disabled or not, with its password hash (for a login to check). */
  userByUsername(username: string): Promise<UserRecord | undefined>
  user(id: UserId): Promise<UserRecord | undefined>
  users(): Promise<UserRecord[]>
  /** Sessions are state, not history: kept beside the log, known by the digest of the cookie's value. */
  startSession(session: { digest: string; userId: UserId; expiresAt: number }): Promise<void>
  /** The session with this digest, unless it has expired by `now`. */
  session(digest: string, now: number): Promise<{ userId: UserId; expiresAt: number } | undefined>
  endSessions(which: { digest: string } | { userId: UserId } | { expiredBy: number }): Promise<void>
  /** One page of complaints matching the queue's filters (the operators' queue, the executives' lists). */
  queue(query: QueueQuery): Promise<QueuePage>
  /** What one user or token did, newest first, before `beforeSeq`: the audit trail per actor. */
  eventsByActor(actorId: string, options: { beforeSeq: number; limit: number }): Promise<DomainEvent[]>
  /** Throws when the store cannot be read or written. */
  ping(): Promise<void>
  /** Rebuilds every projection from the log alone (after a projection fix, or to prove they agree). */
  rebuildProjections(): Promise<void>
  close(): Promise<void>
}

/** The snapshot as the log alone can give it; the app adds what comes from configuration. */
export type StoreSnapshot = Omit<Snapshot, 'kpis'>

/** The store itself failed (disk full, I/O error, database gone): nothing of the batch was written. */
export class StoreUnavailableError extends Error {
  constructor(cause: unknown) {
    super(`the event store is unavailable: ${cause instanceof Error ? cause.message : String(cause)}`, {
      cause,
    })
    this.name = 'StoreUnavailableError'
  }
}
