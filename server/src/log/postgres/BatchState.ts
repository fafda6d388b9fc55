import {
  CalendarDataSchema,
  type Channel,
  type ComplaintId,
  type ComplaintRecord,
  createWorkingCalendar,
  type DomainEvent,
  timersOf,
  type TokenId,
  type TrackingId,
  type UserId,
  type VillageIssue,
  type VillageIssueId,
  type WorkingCalendar,
} from '@pendopo/shared'

import type { DecisionState, TokenRecord, UserRecord } from '../../domain/decision.js'
import type { ComplaintRow, NewComplaintRow, ProjectionState, ProjectionWriter } from '../Projector.js'
import { tokenRecord, userRecord } from '../rows.js'

import { NotLoaded, type RowKey } from './rowKeys.js'

export interface ComplaintRef {
  readonly id: ComplaintId
  readonly trackingId: TrackingId
  readonly receivedSeq: number
}
export interface VillageIssueRef {
  readonly id: VillageIssueId
  readonly reportedSeq: number
}

/** An event appended in this batch, with the columns of its row. */
export interface PendingEvent {
  readonly event: DomainEvent
  readonly subject: string | null
  readonly body: string
}

/** Everything a batch wrote, to be sent to PostgreSQL in a few statements before COMMIT. */
export interface BatchWrites {
  readonly events: PendingEvent[]
  /** By id; an insert stays an insert when the same batch updates the complaint again. */
  readonly complaints: Map<string, { row: ComplaintRow | NewComplaintRow; isNew: boolean }>
  readonly villageIssues: Map<string, Parameters<ProjectionWriter['upsertVillageIssue']>[0]>
  calendar: { version: number; data: string } | undefined
  readonly tokens: Array<Parameters<ProjectionWriter['insertToken']>[0]>
  readonly revokedTokens: Map<string, string>
  readonly users: Array<Parameters<ProjectionWriter['insertUser']>[0]>
  readonly disabledUsers: Map<string, string>
  readonly meta: Map<string, number>
  readonly counters: Map<string, number>
}

const emptyWrites = (): BatchWrites => ({
  events: [],
  complaints: new Map(),
  villageIssues: new Map(),
  calendar: undefined,
  tokens: [],
  revokedTokens: new Map(),
  users: [],
  disabledUsers: new Map(),
  meta: new Map(),
  counters: new Map(),
})

/** A calendar as its row holds it. */
export const parseCalendar = (version: number, data: string): WorkingCalendar =>
  createWorkingCalendar(CalendarDataSchema.parse(JSON.parse(data)), version)

export const externalKey = (a: string, b: string) => `${a}\u0000${b}`

/** Past this many cached complaints, the cache starts again empty at the next batch. */
const MAX_CACHED_COMPLAINTS = 20_000

/**
 * The decision state of a PostgreSQL batch, in memory: decisions are synchronous and PostgreSQL is not,
 * so the rows a batch needs are loaded before it decides (`load`), and a decision that asks for one that
 * is not here throws `NotLoaded`: the store loads it and decides that command again, from scratch
 * (decisions are pure). The same maps hold what earlier commands of the batch wrote, so each command sees
 * them, and gather the writes for the flush before COMMIT.
 *
 * Rows loaded stay cached across batches while no other process writes (the store checks the head under
 * the commit lock and calls `forgetAll` when it moved); `forgetAll` also follows a failed commit.
 */
export class BatchState implements DecisionState, ProjectionState, ProjectionWriter {
  readonly complaints = new Map<string, ComplaintRecord | null>()
  readonly externals = new Map<string, ComplaintRef | null>()
  readonly villageIssues = new Map<string, VillageIssue | null>()
  readonly villageIssueExternals = new Map<string, VillageIssueRef | null>()
  readonly tokens = new Map<string, TokenRecord | null>()
  readonly users = new Map<string, UserRecord | null>()
  readonly usernames = new Map<string, UserRecord | null>()
  /** Batch-scoped (`startBatch` clears them): a complaint's stored events, the complaints with clocks. */
  readonly histories = new Map<string, DomainEvent[]>()
  liveClocks: Set<string> | undefined
  /** How many complaints the table counted when the batch took the lock (set by the store then). */
  count: number | undefined
  workingCalendar: WorkingCalendar | undefined

  #writes = emptyWrites()
  /** How to take back the current command's writes, newest last. */
  #undo: Array<() => void> = []

  startBatch(): void {
    if (this.complaints.size > MAX_CACHED_COMPLAINTS) this.forgetAll()
    this.histories.clear()
    this.liveClocks = undefined
    this.#writes = emptyWrites()
    this.#undo = []
  }

  /**
   * Another process wrote, or a commit failed: nothing cached can be trusted. (The calendar is kept: the
   * store checks its version under the commit lock at every batch.)
   */
  forgetAll(): void {
    for (const map of [
      this.complaints,
      this.externals,
      this.villageIssues,
      this.villageIssueExternals,
      this.tokens,
      this.users,
      this.usernames,
      this.histories,
    ])
      map.clear()
    this.liveClocks = undefined
    this.count = undefined
    this.#writes = emptyWrites()
    this.#undo = []
  }

  /** The current command is kept: its writes join the batch for good. */
  keepCommand(): void {
    this.#undo = []
  }

  /** The current command failed or must be decided again: take back everything it wrote. */
  dropCommand(): void {
    for (const undo of this.#undo.reverse()) undo()
    this.#undo = []
  }

  /** The batch's writes, handed over once for the flush. */
  takeWrites(): BatchWrites {
    const writes = this.#writes
    this.#writes = emptyWrites()
    return writes
  }

  /** Sets `map[key]`, remembering how to take it back. */
  #set<K, V>(map: Map<K, V>, key: K, value: V): void {
    const had = map.has(key)
    const before = map.get(key)
    map.set(key, value)
    this.#undo.push(() => (had ? map.set(key, before as V) : map.delete(key)))
  }

  #get<V>(map: ReadonlyMap<string, V | null>, id: string, key: RowKey): V | undefined {
    const value = map.get(id)
    if (value === undefined) throw new NotLoaded([key])
    return value ?? undefined
  }

  appendEvent(pending: PendingEvent): void {
    const events = this.#writes.events
    events.push(pending)
    this.#undo.push(() => events.pop())
  }

  // ---- DecisionState (and the projector's reads)

  complaint(id: ComplaintId): ComplaintRecord | undefined {
    return this.#get(this.complaints, id, { kind: 'complaint', id })
  }

  remember(record: ComplaintRecord): void {
    this.#set(this.complaints, record.id, record)
  }

  complaintByExternal(channel: Channel, externalId: string): ComplaintRef | undefined {
    return this.#get(this.externals, externalKey(channel, externalId), {
      kind: 'external',
      channel,
      externalId,
    })
  }

  complaintCount(): number {
    if (this.count === undefined) throw new NotLoaded([{ kind: 'count' }])
    return this.count + (this.#writes.meta.get('complaints') ?? 0)
  }

  complaintEventsAfter(id: ComplaintId, version: number): DomainEvent[] {
    const stored = this.histories.get(id)
    if (!stored) throw new NotLoaded([{ kind: 'history', id }])
    const appended = this.#writes.events.filter((p) => p.subject === id).map((p) => p.event)
    return [...stored, ...appended].filter((e) => 'version' in e.data && e.data.version > version)
  }

  *complaintsWithLiveClocks(): Iterable<ComplaintRecord> {
    if (!this.liveClocks) throw new NotLoaded([{ kind: 'liveClocks' }])
    // Those stored with a clock, and those this batch wrote: as each now stands, if it still has one.
    const ids = new Set([...this.liveClocks, ...this.#writes.complaints.keys()])
    for (const id of ids) {
      const record = this.complaints.get(id)
      if (record && timersOf(record.clocks).length > 0) yield record
    }
  }

  villageIssue(id: VillageIssueId): VillageIssue | undefined {
    return this.#get(this.villageIssues, id, { kind: 'villageIssue', id })
  }

  villageIssueByExternal(system: string, externalId: string): VillageIssueRef | undefined {
    return this.#get(this.villageIssueExternals, externalKey(system, externalId), {
      kind: 'villageIssueExternal',
      system,
      externalId,
    })
  }

  calendar(): WorkingCalendar | undefined {
    return this.workingCalendar
  }

  token(id: TokenId): TokenRecord | undefined {
    return this.#get(this.tokens, id, { kind: 'token', id })
  }

  user(id: UserId): UserRecord | undefined {
    return this.#get(this.users, id, { kind: 'user', id })
  }

  userByUsername(username: string): UserRecord | undefined {
    return this.#get(this.usernames, username, { kind: 'username', username })
  }

  // ---- ProjectionWriter: into the maps (so later commands see it) and into the batch's writes

  insertComplaint(row: NewComplaintRow): void {
    this.#set(this.#writes.complaints, row.id, { row, isNew: true })
    this.#set(this.externals, externalKey(row.channel, row.externalId), {
      id: row.id as ComplaintId,
      trackingId: row.trackingId as TrackingId,
      receivedSeq: row.receivedSeq,
    })
  }

  updateComplaint(row: ComplaintRow): void {
    const earlier = this.#writes.complaints.get(row.id)
    this.#set(this.#writes.complaints, row.id, {
      row: earlier ? { ...earlier.row, ...row } : row,
      isNew: earlier?.isNew ?? false,
    })
  }

  upsertVillageIssue(row: Parameters<ProjectionWriter['upsertVillageIssue']>[0]): void {
    const issue = JSON.parse(row.record) as VillageIssue
    const key = externalKey(row.system, row.externalId)
    // As in the table: the first report's seq stays. An issue whose source was not looked up (an action on
    // it) is one the table holds already, with that seq: the source is left to be read from there.
    const known = this.villageIssueExternals.get(key)
    const reportedSeq = known?.reportedSeq ?? row.reportedSeq
    this.#set(this.villageIssues, row.id, issue)
    if (known !== undefined)
      this.#set(this.villageIssueExternals, key, { id: row.id as VillageIssueId, reportedSeq })
    this.#set(this.#writes.villageIssues, row.id, { ...row, reportedSeq })
  }

  upsertCalendar(version: number, data: string): void {
    const writes = this.#writes
    const before = writes.calendar
    writes.calendar = { version, data }
    const calendarBefore = this.workingCalendar
    this.workingCalendar = parseCalendar(version, data)
    this.#undo.push(() => {
      writes.calendar = before
      this.workingCalendar = calendarBefore
    })
  }

  insertToken(row: Parameters<ProjectionWriter['insertToken']>[0]): void {
    const tokens = this.#writes.tokens
    tokens.push(row)
    this.#undo.push(() => tokens.pop())
    this.#set(
      this.tokens,
      row.id,
      tokenRecord({ ...row, issued_at: row.issuedAt, issued_by: row.issuedBy, revoked_at: null }),
    )
  }

  revokeToken(at: string, id: string): void {
    const token = this.#get(this.tokens, id, { kind: 'token', id })
    this.#set(this.#writes.revokedTokens, id, at)
    if (token) this.#set(this.tokens, id, { ...token, revokedAt: at })
  }

  insertUser(row: Parameters<ProjectionWriter['insertUser']>[0]): void {
    const users = this.#writes.users
    users.push(row)
    this.#undo.push(() => users.pop())
    this.#rememberUser(
      userRecord({
        ...row,
        password_hash: row.passwordHash,
        created_at: row.createdAt,
        disabled_at: null,
      }),
    )
  }

  disableUser(at: string, id: string): void {
    const user = this.#get(this.users, id, { kind: 'user', id })
    this.#set(this.#writes.disabledUsers, id, at)
    if (user) this.#rememberUser({ ...user, disabledAt: at })
  }

  #rememberUser(user: UserRecord): void {
    this.#set(this.users, user.id, user)
    this.#set(this.usernames, user.username, user)
  }

  addMeta(key: string, n: number): void {
    this.#set(this.#writes.meta, key, (this.#writes.meta.get(key) ?? 0) + n)
  }

  /** Called once per key by the projector's flush, after the last command: nothing to take back. */
  addCounter(key: string, n: number): void {
    this.#writes.counters.set(key, (this.#writes.counters.get(key) ?? 0) + n)
  }
}
