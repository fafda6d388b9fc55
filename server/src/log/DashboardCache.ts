import {
  type Audience,
  type Colour,
  COLOURS,
  type ComplaintRecord,
  type ComplaintSummary,
  COUNTER_FAMILIES,
  counterDate,
  DATED_FAMILIES,
  isOpen,
  MAP_POINT_SCALE,
  MAP_POINTS_MAX,
  type MapPoints,
  type SlaPolicy,
  type Snapshot,
  SNAPSHOT_DAYS,
  SNAPSHOT_RECENT,
  summarize,
  toInstant,
  type VillageIssue,
  type WorkingCalendar,
} from '@pendopo/shared'

import type { StoreSnapshot } from './EventStore.js'

/** What a load reads from the tables (see `counterRanges` for which counters). */
export interface DashboardRows {
  readonly counters: Iterable<{ readonly key: string; readonly n: number }>
  /** Every open complaint's point, oldest first. */
  readonly openPoints: Iterable<{
    readonly tracking_id: string
    readonly lat: number
    readonly lon: number
    readonly colour: string
  }>
  /** The newest complaints, newest first, at most SNAPSHOT_RECENT. */
  readonly recent: Iterable<ComplaintRecord>
}

/** The key ranges [from, to) of the counters a snapshot since `since` shows: dated families from it on. */
export function counterRanges(since: string): Array<readonly [string, string]> {
  return Object.values(COUNTER_FAMILIES).map((family) => [
    DATED_FAMILIES.has(family) ? `${family}|${since}` : `${family}|`,
    `${family}}`,
  ])
}

/** What one commit changed that a snapshot shows: its counter deltas, and its complaints as they ended. */
export interface CommittedChanges {
  readonly counters: ReadonlyMap<string, number>
  /** In the order first written: new complaints in the order received. */
  readonly complaints: ReadonlyMap<string, { readonly record: ComplaintRecord; readonly isNew: boolean }>
}

interface Point {
  readonly tracking: number
  readonly lat: number
  readonly lon: number
  readonly colour: number
}

/**
 * The snapshot's large parts, kept in memory as the last commit left them: the counters (undated ones,
 * and dated ones from `horizon` on), the open complaints on the map, the latest complaints. At a million
 * complaints, reading them from the tables meant some 40,000 rows for every snapshot, most of its time.
 *
 * Loaded from the tables on first use, inside the snapshot's read transaction; from then on the store
 * applies each commit's changes once the commit is durable (a store with other writers reloads it when
 * they wrote: it cannot see their changes). Open complaints are kept in the order they
 * were received: a new complaint is always the newest, and a closed or archived one never reopens.
 */
export class DashboardCache {
  #loaded = false
  /** The earliest local date whose dated counters are kept. */
  #horizon = ''
  readonly #undated = new Map<string, number>()
  readonly #dated = new Map<string, Map<string, number>>()
  /** Open complaints by tracking number, oldest first. */
  readonly #open = new Map<string, Point>()
  /** Newest first, at most SNAPSHOT_RECENT. */
  #recent: ComplaintSummary[] = []

  /** Forget everything: the next snapshot loads from the tables (after a rebuild). */
  invalidate(): void {
    this.#loaded = false
  }

  /**
   * Whether the cache must be loaded to show dated counters from `since` on; when it need not, drops the
   * dates before `since`.
   */
  needsLoad(since: string): boolean {
    if (!this.#loaded || since < this.#horizon) return true
    for (const date of this.#dated.keys()) if (date < since) this.#dated.delete(date)
    this.#horizon = since
    return false
  }

  /** Replaces everything with what the tables hold, read in one read transaction. */
  load(since: string, rows: DashboardRows): void {
    this.#undated.clear()
    this.#dated.clear()
    this.#open.clear()
    this.#horizon = since
    for (const { key, n } of rows.counters) this.#add(key, n)
    for (const row of rows.openPoints) this.#open.set(row.tracking_id, pointOf(row.tracking_id, row))
    this.#recent = [...rows.recent].slice(0, SNAPSHOT_RECENT).map(summarize)
    this.#loaded = true
  }

  /** A durable commit's changes. Before the first load there is nothing to update: the load reads them. */
  apply(changes: CommittedChanges): void {
    if (!this.#loaded) return
    for (const [key, n] of changes.counters) this.#add(key, n)
    const received: ComplaintSummary[] = []
    for (const { record, isNew } of changes.complaints.values()) {
      if (isOpen(record.state)) {
        // An open complaint the cache does not know, and not new: the order assumption broke; reload.
        if (!isNew && !this.#open.has(record.trackingId)) {
          this.invalidate()
          return
        }
        const { lat, lon } = record.point
        this.#open.set(record.trackingId, pointOf(record.trackingId, { lat, lon, colour: record.colour }))
      } else this.#open.delete(record.trackingId)
      if (isNew) received.unshift(summarize(record))
    }
    const recent = [...received, ...this.#recent].slice(0, SNAPSHOT_RECENT)
    this.#recent = recent.map((s) => {
      const changed = changes.complaints.get(s.id)
      return changed && !changed.isNew ? summarize(changed.record) : s
    })
  }

  #add(key: string, n: number): void {
    const date = counterDate(key)?.slice(0, 10)
    let counters = this.#undated
    if (date !== undefined) {
      if (date < this.#horizon) return // older than any snapshot will ask for
      counters = this.#dated.get(date) ?? new Map<string, number>()
      this.#dated.set(date, counters)
    }
    const next = (counters.get(key) ?? 0) + n
    if (next === 0) counters.delete(key)
    else counters.set(key, next)
  }

  /** Undated counters, and dated ones from `since` on (as `prepare(since)` left them). */
  counters(since: string): Record<string, number> {
    const counters: Record<string, number> = {}
    for (const [key, n] of this.#undated) counters[key] = n
    for (const [date, dated] of this.#dated) {
      if (date >= since) for (const [key, n] of dated) counters[key] = n
    }
    return counters
  }

  /** The newest `max` open complaints, oldest first, as the snapshot's columns. */
  points(max: number): MapPoints {
    const points: MapPoints = { tracking: [], lat: [], lon: [], colour: [] }
    let skip = this.#open.size - max
    for (const point of this.#open.values()) {
      if (skip-- > 0) continue
      points.tracking.push(point.tracking)
      points.lat.push(point.lat)
      points.lon.push(point.lon)
      points.colour.push(point.colour)
    }
    return points
  }

  recent(): ComplaintSummary[] {
    return [...this.#recent]
  }

  /**
   * The store's snapshot at `seq`, its large parts from this cache as it stands: call in the same turn as
   * the read that made sure the cache is at `seq` (a commit applied later would run ahead of it).
   */
  snapshot(parts: {
    audience: Audience
    seq: number
    now: number
    calendar: WorkingCalendar
    policy: SlaPolicy
    villageIssues: VillageIssue[]
  }): StoreSnapshot {
    const since = snapshotSince(parts.calendar, parts.now)
    return {
      audience: parts.audience,
      seq: parts.seq as Snapshot['seq'],
      at: toInstant(parts.now),
      utcOffsetMs: parts.calendar.utcOffsetMs,
      calendar: { version: parts.calendar.version, data: parts.calendar.data },
      policy: parts.policy,
      counters: this.counters(since),
      countersSince: since,
      villageIssues: parts.villageIssues,
      recent: this.recent(),
      points: this.points(MAP_POINTS_MAX),
    }
  }
}

/** The first local date whose dated counters a snapshot taken at `now` shows. */
export const snapshotSince = (calendar: WorkingCalendar, now: number): string =>
  calendar.localDate(now - (SNAPSHOT_DAYS - 1) * DAY_MS)

const DAY_MS = 86_400_000

function pointOf(trackingId: string, at: { lat: number; lon: number; colour: string }): Point {
  return {
    tracking: Number(trackingId),
    lat: Math.round(at.lat * MAP_POINT_SCALE),
    lon: Math.round(at.lon * MAP_POINT_SCALE),
    colour: COLOURS.indexOf(at.colour as Colour),
  }
}
