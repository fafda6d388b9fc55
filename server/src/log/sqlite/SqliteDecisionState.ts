import {
  CalendarDataSchema,
  type Channel,
  type ComplaintId,
  type ComplaintRecord,
  createWorkingCalendar,
  type DomainEvent,
  type TokenId,
  type TrackingId,
  type UserId,
  type VillageIssue,
  type VillageIssueId,
  type WorkingCalendar,
} from '@pendopo/shared'

import type { DecisionState, TokenRecord, UserRecord } from '../../domain/decision.js'
import { tokenRecord, userRecord } from '../rows.js'

import type { Statements } from './statements.js'

/** Enough for every complaint a busy day touches; each entry is a few kilobytes. */
const RECORD_CACHE_SIZE = 10_000

/**
 * The decision state over SQLite's tables. Read inside the write transaction, it shows every write made by
 * earlier commands of the same group commit. Rows are trusted as written by the projector (parsed, not
 * re-validated): the store is the only writer.
 */
export class SqliteDecisionState implements DecisionState {
  #calendar: WorkingCalendar | undefined
  /**
   * Parsed records of recently touched complaints: a command reads its complaint, the projector reads it
   * again, and busy complaints are read again and again. Records are immutable values and the store is the
   * only writer, so the cache is exact — as long as a rollback forgets what it undid.
   */
  readonly #records = new Map<string, ComplaintRecord>()

  constructor(
    private readonly sql: Statements,
    private readonly recordCacheSize = RECORD_CACHE_SIZE,
  ) {}

  complaint(id: ComplaintId): ComplaintRecord | undefined {
    const cached = this.#records.get(id)
    if (cached) return cached
    const row = this.sql.complaint.get(id)
    if (!row) return undefined
    const record = JSON.parse(row.record) as ComplaintRecord
    this.remember(record)
    return record
  }

  /** The projector wrote `record`: later reads get it without parsing. */
  remember(record: ComplaintRecord): void {
    this.#records.delete(record.id) // re-insert: the Map's order is the eviction order
    this.#records.set(record.id, record)
    if (this.#records.size > this.recordCacheSize) {
      const oldest = this.#records.keys().next().value
      if (oldest !== undefined) this.#records.delete(oldest)
    }
  }

  /** A rollback undid writes the cache may hold. */
  forgetUncommitted(): void {
    this.#records.clear()
  }

  complaintByExternal(channel: Channel, externalId: string) {
    const row = this.sql.complaintByExternal.get(channel, externalId)
    return row
      ? {
          id: row.id as ComplaintId,
          trackingId: row.tracking_id as TrackingId,
          receivedSeq: row.received_seq,
        }
      : undefined
  }

  complaintCount(): number {
    return this.sql.meta.get('complaints')?.value ?? 0
  }

  complaintEventsAfter(id: ComplaintId, version: number): DomainEvent[] {
    return this.sql.eventsOfSubject
      .all(id)
      .map((row) => JSON.parse(row.body) as DomainEvent)
      .filter((e) => 'version' in e.data && e.data.version > version)
  }

  *complaintsWithLiveClocks(): Iterable<ComplaintRecord> {
    for (const row of this.sql.complaintsWithTimers.all()) yield JSON.parse(row.record) as ComplaintRecord
  }

  villageIssue(id: VillageIssueId): VillageIssue | undefined {
    const row = this.sql.villageIssue.get(id)
    return row ? (JSON.parse(row.record) as VillageIssue) : undefined
  }

  villageIssueByExternal(system: string, externalId: string) {
    const row = this.sql.villageIssueByExternal.get(system, externalId)
    return row ? { id: row.id as VillageIssueId, reportedSeq: row.reported_seq } : undefined
  }

  token(id: TokenId): TokenRecord | undefined {
    const row = this.sql.token.get(id)
    return row ? tokenRecord(row) : undefined
  }

  user(id: UserId): UserRecord | undefined {
    const row = this.sql.user.get(id)
    return row ? userRecord(row) : undefined
  }

  userByUsername(username: string): UserRecord | undefined {
    const row = this.sql.userByUsername.get(username)
    return row ? userRecord(row) : undefined
  }

  /** Cached per version: parsing 70 holidays on every command would be waste. */
  calendar(): WorkingCalendar | undefined {
    const version = this.sql.calendarVersion.get()?.version
    if (version === undefined) return undefined
    if (this.#calendar?.version !== version) {
      const row = this.sql.calendar.get()
      if (!row) return undefined
      this.#calendar = createWorkingCalendar(CalendarDataSchema.parse(JSON.parse(row.data)), row.version)
    }
    return this.#calendar
  }
}
