import type { ComplaintSummary, Point } from '../complaint.js'
import type { DomainEvent } from '../events/index.js'
import { isOpen } from '../lifecycle.js'
import { type Colour, COLOURS } from '../sla/colour.js'
import { MAP_POINT_SCALE, MAP_POINTS_MAX, type Snapshot, SNAPSHOT_RECENT } from '../snapshot.js'
import type { VillageIssue } from '../villageIssue.js'

import { applyCounterDeltas, counterDate, counterDeltas } from './counters.js'

/**
 * What a live client holds: a snapshot, moved forward by each event. Pure and immutable per batch, so a
 * React store can hand slices to selectors; the same code serves the server's tests, which prove that
 * snapshot + events equals a later snapshot.
 */
export interface DashboardState {
  readonly seq: number
  readonly utcOffsetMs: number
  readonly calendar: Snapshot['calendar']
  readonly policy: Snapshot['policy']
  readonly countersSince: string
  readonly counters: ReadonlyMap<string, number>
  readonly villageIssues: ReadonlyMap<string, VillageIssue>
  /** Newest first, at most `SNAPSHOT_RECENT`. */
  readonly recent: readonly ComplaintSummary[]
  /** Open complaints on the map by tracking number, oldest first, at most `MAP_POINTS_MAX`. */
  readonly points: ReadonlyMap<number, MapPoint>
  readonly kpis: Snapshot['kpis']
}

export interface MapPoint {
  readonly lat: number
  readonly lon: number
  readonly colour: Colour
}

/** Rounded as the snapshot rounds it, so a point looks the same however it arrived. */
const quantize = (v: number) => Math.round(v * MAP_POINT_SCALE) / MAP_POINT_SCALE
const mapPoint = (p: Point, colour: Colour): MapPoint => ({
  lat: quantize(p.lat),
  lon: quantize(p.lon),
  colour,
})

export function dashboardFromSnapshot(snapshot: Snapshot): DashboardState {
  const { tracking, lat, lon, colour } = snapshot.points
  const points = new Map<number, MapPoint>()
  tracking.forEach((t, i) => {
    points.set(t, {
      lat: (lat[i] ?? 0) / MAP_POINT_SCALE,
      lon: (lon[i] ?? 0) / MAP_POINT_SCALE,
      colour: COLOURS[colour[i] ?? 0] ?? 'green',
    })
  })
  return {
    seq: snapshot.seq,
    utcOffsetMs: snapshot.utcOffsetMs,
    calendar: snapshot.calendar,
    policy: snapshot.policy,
    countersSince: snapshot.countersSince,
    counters: new Map(Object.entries(snapshot.counters)),
    villageIssues: new Map(snapshot.villageIssues.map((i) => [i.id, i])),
    recent: snapshot.recent,
    points,
    kpis: snapshot.kpis,
  }
}

export type BatchOutcome =
  | { readonly ok: true; readonly state: DashboardState; readonly applied: number }
  /** Events are missing between what is held and what arrived: ask to resume after `state.seq`. */
  | { readonly ok: false; readonly state: DashboardState; readonly expected: number; readonly got: number }

/**
 * Applies a batch in seq order. Events at or below the seq reached so far are duplicates and skipped,
 * wherever they are (so batches that overlap may be joined and applied at once); the first event that is
 * not exactly the next seq stops the batch as a gap (what came before it is kept).
 *
 * @example
 * const r = applyEventBatch(state, batch)
 * if (!r.ok) socket.emit('resume', { afterSeq: r.state.seq })
 */
export function applyEventBatch(state: DashboardState, events: readonly DomainEvent[]): BatchOutcome {
  if (!events.some((e) => e.seq > state.seq)) return { ok: true, state, applied: 0 }
  const counters = new Map(state.counters)
  const villageIssues = new Map(state.villageIssues)
  let recent = [...state.recent]
  let { calendar } = state
  let seq = state.seq
  // Copied on the first change only: most batches leave the 20,000 points alone.
  let points = state.points as Map<number, MapPoint>
  const writablePoints = () => (points === state.points ? (points = new Map(points)) : points)
  const done = () => ({ ...state, seq, calendar, counters, villageIssues, recent, points })

  for (const event of events) {
    if (event.seq <= seq) continue
    if (event.seq !== seq + 1) return { ok: false, state: done(), expected: seq + 1, got: event.seq }
    seq = event.seq
    applyCounterDeltas(counters, counterDeltas(event, state.utcOffsetMs))
    switch (event.type) {
      case 'complaint.received': {
        const { summary } = event.data
        recent = [summary, ...recent].slice(0, SNAPSHOT_RECENT)
        const map = writablePoints()
        map.set(Number(summary.trackingId), mapPoint(summary.point, summary.colour))
        if (map.size > MAP_POINTS_MAX) map.delete(map.keys().next().value ?? 0)
        break
      }
      case 'village_issue.reported':
      case 'village_issue.updated':
        villageIssues.set(event.data.issue.id, event.data.issue)
        break
      case 'village_issue.resolved':
        villageIssues.delete(event.data.issue.id)
        break
      case 'calendar.published':
      case 'calendar.amended':
        calendar = { version: event.data.version, data: event.data.calendar }
        break
      case 'token.issued':
      case 'token.revoked':
      case 'user.created':
      case 'user.disabled':
        break // credentials and accounts are not on any dashboard
      default: {
        const { complaintId, trackingId, after, version } = event.data
        recent = recent.map((c) =>
          c.id === complaintId
            ? { ...c, state: after.state, colour: after.colour, opd: after.opd, version, updatedAt: event.at }
            : c,
        )
        const key = Number(trackingId)
        const point = points.get(key)
        if (point && !isOpen(after.state)) writablePoints().delete(key)
        else if (point && point.colour !== after.colour)
          writablePoints().set(key, { ...point, colour: after.colour })
      }
    }
  }
  return { ok: true, state: done(), applied: seq - state.seq }
}

/**
 * Drops dated counters from before `since` (a local date), as a snapshot taken then would leave them out:
 * a wall that runs for weeks holds a bounded window, and stays equal to a fresh snapshot.
 */
export function pruneDatedCounters(state: DashboardState, since: string): DashboardState {
  if (since <= state.countersSince) return state
  const counters = new Map<string, number>()
  for (const [key, n] of state.counters) {
    const date = counterDate(key)
    if (date === null || date.slice(0, 10) >= since) counters.set(key, n)
  }
  return { ...state, counters, countersSince: since }
}
