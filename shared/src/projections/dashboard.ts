import type { ComplaintSummary } from '../complaint.js'
import type { DomainEvent } from '../events/index.js'
import { type Snapshot, SNAPSHOT_RECENT } from '../snapshot.js'
import type { VillageIssue } from '../villageIssue.js'

import { applyCounterDeltas, counterDeltas } from './counters.js'

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
}

export function dashboardFromSnapshot(snapshot: Snapshot): DashboardState {
  return {
    seq: snapshot.seq,
    utcOffsetMs: snapshot.utcOffsetMs,
    calendar: snapshot.calendar,
    policy: snapshot.policy,
    countersSince: snapshot.countersSince,
    counters: new Map(Object.entries(snapshot.counters)),
    villageIssues: new Map(snapshot.villageIssues.map((i) => [i.id, i])),
    recent: snapshot.recent,
  }
}

export type BatchOutcome =
  | { readonly ok: true; readonly state: DashboardState; readonly applied: number }
  /** Events are missing between what is held and what arrived: ask to resume after `state.seq`. */
  | { readonly ok: false; readonly state: DashboardState; readonly expected: number; readonly got: number }

/**
 * Applies a batch in seq order. Events at or below the held seq are duplicates and skipped; the first
 * event that is not exactly the next seq stops the batch as a gap (what came before it is kept).
 *
 * @example
 * const r = applyEventBatch(state, batch)
 * if (!r.ok) socket.emit('resume', { afterSeq: r.state.seq })
 */
export function applyEventBatch(state: DashboardState, events: readonly DomainEvent[]): BatchOutcome {
  const fresh = events.filter((e) => e.seq > state.seq)
  if (fresh.length === 0) return { ok: true, state, applied: 0 }
  const counters = new Map(state.counters)
  const villageIssues = new Map(state.villageIssues)
  let recent = [...state.recent]
  let { calendar } = state
  let seq = state.seq
  const done = () => ({ ...state, seq, calendar, counters, villageIssues, recent })

  for (const event of fresh) {
    if (event.seq !== seq + 1) return { ok: false, state: done(), expected: seq + 1, got: event.seq }
    seq = event.seq
    applyCounterDeltas(counters, counterDeltas(event, state.utcOffsetMs))
    switch (event.type) {
      case 'complaint.received':
        recent = [event.data.summary, ...recent].slice(0, SNAPSHOT_RECENT)
        break
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
      default: {
        const { complaintId, after, version } = event.data
        recent = recent.map((c) =>
          c.id === complaintId
            ? { ...c, state: after.state, colour: after.colour, opd: after.opd, version, updatedAt: event.at }
            : c,
        )
      }
    }
  }
  return { ok: true, state: done(), applied: fresh.length }
}
