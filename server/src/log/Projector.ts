import {
  applyCounterDeltas,
  type ComplaintId,
  type ComplaintRecord,
  counterDeltas,
  type DomainEvent,
  nextDue,
  timersOf,
  toMillis,
} from '@pendopo/shared'

import { evolveComplaint } from '../projections/evolveComplaint.js'

import type { CommittedChanges } from './DashboardCache.js'

/** Counters fall back to WIB before any calendar exists (only the calendar's own first event is there). */
const WIB_OFFSET_MS = 7 * 3_600_000

/** The tables the projector writes: what a rebuild empties and refills from the log, in every store. */
export const PROJECTION_TABLES = [
  'complaints',
  'counters',
  'village_issues',
  'calendar',
  'meta',
  'tokens',
  'users',
] as const

/** A complaint's projection row: the record and the columns the queries filter and sort on. */
export interface ComplaintRow {
  readonly id: string
  readonly state: string
  readonly colour: string
  readonly opd: string | null
  readonly updatedAt: number
  readonly version: number
  readonly nextTimerAt: number | null
  readonly dueAt: number | null
  readonly record: string
}

/** The columns written once, when the complaint is received. */
export interface NewComplaintRow extends ComplaintRow {
  readonly trackingId: string
  readonly channel: string
  readonly externalId: string
  readonly receivedSeq: number
  readonly desa: string
  readonly category: string
  readonly receivedAt: number
  readonly lat: number
  readonly lon: number
}

/**
 * Where the projector's writes go: SQLite runs each at once inside its transaction; PostgreSQL gathers a
 * batch's writes and sends them in a few statements before COMMIT.
 */
export interface ProjectionWriter {
  insertComplaint(row: NewComplaintRow): void
  updateComplaint(row: ComplaintRow): void
  upsertVillageIssue(row: {
    id: string
    system: string
    externalId: string
    reportedSeq: number
    active: 0 | 1
    record: string
  }): void
  upsertCalendar(version: number, data: string): void
  insertToken(row: {
    id: string
    digest: string
    role: string
    name: string
    opd: string | null
    issuedAt: string
    issuedBy: string
  }): void
  revokeToken(at: string, id: string): void
  insertUser(row: {
    id: string
    username: string
    name: string
    role: string
    opd: string | null
    passwordHash: string
    createdAt: string
  }): void
  disableUser(at: string, id: string): void
  addMeta(key: string, n: number): void
  addCounter(key: string, n: number): void
}

/** What the projector reads back: the complaint an event changes, and the calendar for local dates. */
export interface ProjectionState {
  complaint(id: ComplaintId): ComplaintRecord | undefined
  calendar(): { readonly utcOffsetMs: number } | undefined
  /** The projector wrote `record`: later reads may get it without parsing. */
  remember(record: ComplaintRecord): void
}

/**
 * Applies committed events to every projection. Called inside the transaction that appends them, and by a
 * rebuild replaying the log: both paths run this same code.
 *
 * Counter changes are gathered and written once per commit: a batch touches the same few hundred counters
 * again and again, and one upsert per counter beats one per event. A command's changes join the batch only
 * when the command is kept (`keepCommand`), so a command rolled back to its savepoint leaves none.
 */
export class Projector {
  #command = new Map<string, number>()
  #batch = new Map<string, number>()
  /** Complaints written, as they ended, by the command and by the batch (for the dashboard cache). */
  #commandComplaints = new Map<string, { record: ComplaintRecord; isNew: boolean }>()
  #batchComplaints = new Map<string, { record: ComplaintRecord; isNew: boolean }>()

  constructor(
    private readonly write: ProjectionWriter,
    private readonly state: ProjectionState,
  ) {}

  apply(event: DomainEvent): void {
    switch (event.type) {
      case 'complaint.received':
        this.writeComplaint(undefined, evolveComplaint(undefined, event), event.seq)
        this.write.addMeta('complaints', 1)
        break
      case 'village_issue.reported':
      case 'village_issue.updated':
      case 'village_issue.resolved': {
        const issue = event.data.issue
        this.write.upsertVillageIssue({
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
        this.write.upsertCalendar(event.data.version, JSON.stringify(event.data.calendar))
        break
      case 'token.issued': {
        const { tokenId, role, name, opd, digest } = event.data
        if (!digest)
          throw new Error(`token.issued ${tokenId} has no digest: only the log's own copy may be applied`)
        this.write.insertToken({
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
        this.write.revokeToken(event.at, event.data.tokenId)
        break
      case 'user.created': {
        const { userId, username, name, role, opd, passwordHash } = event.data
        if (!passwordHash)
          throw new Error(`user.created ${userId} has no hash: only the log's own copy may be applied`)
        this.write.insertUser({ id: userId, username, name, role, opd, passwordHash, createdAt: event.at })
        break
      }
      case 'user.disabled':
        this.write.disableUser(event.at, event.data.userId)
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
    for (const [key, n] of this.#batch) this.write.addCounter(key, n)
    const changes = { counters: this.#batch, complaints: this.#batchComplaints }
    this.#batch = new Map()
    this.#batchComplaints = new Map()
    return changes
  }

  private writeComplaint(before: ComplaintRecord | undefined, record: ComplaintRecord, seq: number): void {
    // The scheduler looks at a complaint when its earliest timer falls due; the record says which.
    const nextTimerAt = Math.min(...timersOf(record.clocks).map((t) => t.fireAt))
    const { dueAt } = nextDue(record)
    const row: ComplaintRow = {
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
    if (before) this.write.updateComplaint(row)
    else {
      this.write.insertComplaint({
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
