import {
  applyCounterDeltas,
  type ComplaintRecord,
  counterDeltas,
  type DomainEvent,
  nextDue,
  timersOf,
  toMillis,
} from '@pendopo/shared'

import { evolveComplaint } from '../../projections/evolveComplaint.js'

import type { CommittedChanges } from './DashboardCache.js'
import type { SqliteDecisionState } from './SqliteDecisionState.js'
import type { Statements } from './statements.js'

/** Counters fall back to WIB before any calendar exists (only the calendar's own first event is there). */
const WIB_OFFSET_MS = 7 * 3_600_000

/**
 * Applies committed events to every projection. Called inside the transaction that appends them, and by a
 * rebuild replaying the log: both paths run this same code.
 *
 * Counter changes are gathered and written once per commit: a batch touches the same few hundred counters
 * again and again, and one upsert per counter beats one per event. A command's changes join the batch only
 * when the command is kept (`keepCommand`), so a command rolled back to its savepoint leaves none.
 */
export class SqliteProjector {
  #command = new Map<string, number>()
  #batch = new Map<string, number>()
  /** Complaints written, as they ended, by the command and by the batch (for the dashboard cache). */
  #commandComplaints = new Map<string, { record: ComplaintRecord; isNew: boolean }>()
  #batchComplaints = new Map<string, { record: ComplaintRecord; isNew: boolean }>()

  constructor(
    private readonly sql: Statements,
    private readonly state: SqliteDecisionState,
  ) {}

  apply(event: DomainEvent): void {
    switch (event.type) {
      case 'complaint.received':
        this.writeComplaint(undefined, evolveComplaint(undefined, event), event.seq)
        this.sql.addMeta.run('complaints', 1)
        break
      case 'village_issue.reported':
      case 'village_issue.updated':
      case 'village_issue.resolved': {
        const issue = event.data.issue
        this.sql.upsertVillageIssue.run({
          id: issue.id,
          system: issue.source.system,
          externalId: issue.source.externalId,
          reportedSeq: event.seq,
          active: issue.resolvedAt === null ? 1 : 0,
          record: JSON.stringify(issue),
        })
        break
      }
      case 'calendar.published':
      case 'calendar.amended':
        this.sql.upsertCalendar.run(event.data.version, JSON.stringify(event.data.calendar))
        break
      case 'token.issued': {
        const { tokenId, role, name, opd, digest } = event.data
        if (!digest)
          throw new Error(`token.issued ${tokenId} has no digest: only the log's own copy may be applied`)
        this.sql.insertToken.run({
          id: tokenId,
          digest,
          role,
          name,
          opd,
          issuedAt: event.at,
          issuedBy: event.actor.id,
        })
        break
      }
      case 'token.revoked':
        this.sql.revokeToken.run(event.at, event.data.tokenId)
        break
      case 'user.created': {
        const { userId, username, name, role, opd, passwordHash } = event.data
        if (!passwordHash)
          throw new Error(`user.created ${userId} has no hash: only the log's own copy may be applied`)
        this.sql.insertUser.run({ id: userId, username, name, role, opd, passwordHash, createdAt: event.at })
        break
      }
      case 'user.disabled':
        this.sql.disableUser.run(event.at, event.data.userId)
        break
      default: {
        const before = this.state.complaint(event.data.complaintId)
        this.writeComplaint(before, evolveComplaint(before, event), event.seq)
      }
    }
    applyCounterDeltas(
      this.#command,
      counterDeltas(event, this.state.calendar()?.utcOffsetMs ?? WIB_OFFSET_MS),
    )
  }

  /** The command's events are kept: its changes join the batch. */
  keepCommand(): void {
    applyCounterDeltas(this.#batch, this.#command)
    for (const [id, written] of this.#commandComplaints) {
      const earlier = this.#batchComplaints.get(id)
      this.#batchComplaints.set(id, { ...written, isNew: written.isNew || earlier?.isNew === true })
    }
    this.#command = new Map()
    this.#commandComplaints = new Map()
  }

  /** The command (or the whole batch) was rolled back: forget its changes. */
  dropCommand(): void {
    this.#command = new Map()
    this.#commandComplaints = new Map()
  }

  dropBatch(): void {
    this.dropCommand()
    this.#batch = new Map()
    this.#batchComplaints = new Map()
  }

  /**
   * Writes the batch's counter changes; call inside the transaction, just before COMMIT. Returns what
   * the batch changed, for the dashboard cache once the commit is durable.
   */
  flushCounters(): CommittedChanges {
    this.keepCommand()
    for (const [key, n] of this.#batch) this.sql.addCounter.run(key, n)
    const changes = { counters: this.#batch, complaints: this.#batchComplaints }
    this.#batch = new Map()
    this.#batchComplaints = new Map()
    return changes
  }

  private writeComplaint(before: ComplaintRecord | undefined, record: ComplaintRecord, seq: number): void {
    // The scheduler looks at a complaint when its earliest timer falls due; the record says which.
    const nextTimerAt = Math.min(...timersOf(record.clocks).map((t) => t.fireAt))
    const { dueAt } = nextDue(record)
    const row = {
      id: record.id,
      state: record.state,
      colour: record.colour,
      opd: record.opd,
      updatedAt: toMillis(record.updatedAt),
      version: record.version,
      nextTimerAt: Number.isFinite(nextTimerAt) ? nextTimerAt : null,
      dueAt: dueAt === null ? null : toMillis(dueAt),
      record: JSON.stringify(record),
    }
    if (before) this.sql.updateComplaint.run(row)
    else {
      this.sql.insertComplaint.run({
        ...row,
        trackingId: record.trackingId,
        channel: record.source.channel,
        externalId: record.source.externalId,
        receivedSeq: seq,
        desa: record.desaCode,
        category: record.category,
        receivedAt: toMillis(record.receivedAt),
        lat: record.point.lat,
        lon: record.point.lon,
      })
    }
    this.state.remember(record)
    this.#commandComplaints.set(record.id, { record, isNew: !before })
  }
}
