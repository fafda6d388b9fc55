import {
  applyEventBatch,
  dashboardFromSnapshot,
  type DashboardState,
  type DomainEvent,
  localDay,
  pruneDatedCounters,
  type ReferenceData,
  type Snapshot,
  SNAPSHOT_DAYS,
  type WallConfig,
} from '@pendopo/shared'
import { createStore, type StoreApi } from 'zustand/vanilla'

import type { FrameScheduler } from './frames.js'
import { TICKER_MAX, type TickerItem, tickerItem } from './ticker.js'

/** A new complaint flashes on the map for this long, then it is an ordinary point. */
export const FLASH_MS = 4_000
/** At most this many flashes are remembered (a burst of hundreds must not pile up). */
const FLASHES_MAX = 200
/** Dated counters older than the snapshot window are dropped this often: a wall that runs for weeks stays bounded. */
const PRUNE_EVERY_MS = 60_000
/** The newest applied events kept for screens that follow single complaints (the operators' console). */
export const EVENTS_KEPT = 500
const DAY_MS = 86_400_000

export type ConnectionStatus = 'connecting' | 'live' | 'offline' | 'refused'

/** A complaint that just arrived, for the map to flash. */
export interface Arrival {
  readonly tracking: number
  readonly lat: number
  readonly lon: number
  /** Client clock, ms. */
  readonly at: number
}

export interface WallState {
  readonly connection: { readonly status: ConnectionStatus; readonly since: number }
  /** The live dashboard: a snapshot moved forward by every event; null until the first snapshot. */
  readonly dashboard: DashboardState | null
  /** The server's instant of the newest data held. */
  readonly asOf: string | null
  /** When (client clock) data last arrived: the "updated 12 seconds ago" of an offline wall. */
  readonly lastDataAt: number | null
  readonly ticker: readonly TickerItem[]
  /** The newest applied events, newest first, at most EVENTS_KEPT; emptied by a snapshot. */
  readonly events: readonly DomainEvent[]
  /** Newest first, only the last FLASH_MS. */
  readonly arrivals: readonly Arrival[]
  /**
   * Events are missing after `afterSeq`: the connection module asks the server to resume (and notes when,
   * in `askedAt`). Batches that do not connect to what is held are dropped meanwhile; the first one that
   * does closes the gap.
   */
  readonly gap: { readonly afterSeq: number; readonly askedAt: number | null } | null
  readonly reference: ReferenceData | null
  readonly wallConfig: WallConfig | null
}

type Incoming =
  | { readonly kind: 'snapshot'; readonly snapshot: Snapshot }
  | { readonly kind: 'events'; readonly events: DomainEvent[] }

export interface WallStore {
  readonly store: StoreApi<WallState>
  /** Queues a snapshot: applied at the next frame, replacing what is held. */
  receiveSnapshot(snapshot: Snapshot): void
  /** Queues a batch: applied at the next frame, in order, duplicates skipped, a gap flagged. */
  receiveEvents(events: DomainEvent[]): void
  setConnection(status: ConnectionStatus): void
  /** The connection module asked the server to resume after the gap (by `resume`, or by reconnecting). */
  resumeAsked(): void
  setReference(reference: ReferenceData): void
  setWallConfig(config: WallConfig): void
}

/**
 * The wall's store: a vanilla zustand store (testable without React), written only through these actions.
 * Whatever arrives is queued and applied when the frame scheduler says (at most once per animation frame,
 * and a few times a second under a stream), so 200 events a second cost a few state changes, not 200.
 */
export function createWallStore(deps: { frames: FrameScheduler; now: () => number }): WallStore {
  const store = createStore<WallState>(() => ({
    connection: { status: 'connecting', since: deps.now() },
    dashboard: null,
    asOf: null,
    lastDataAt: null,
    ticker: [],
    events: [],
    arrivals: [],
    gap: null,
    reference: null,
    wallConfig: null,
  }))
  let queue: Incoming[] = []
  let prunedAt = 0

  const flush = () => {
    const incoming = queue
    queue = []
    if (incoming.length === 0) return
    const now = deps.now()
    const prune = now - prunedAt >= PRUNE_EVERY_MS
    if (prune) prunedAt = now
    store.setState((state) => {
      const next = applyIncoming(state, incoming, now)
      if (!prune || !next.dashboard) return next
      const since = localDay(now - (SNAPSHOT_DAYS - 1) * DAY_MS, next.dashboard.utcOffsetMs)
      return { ...next, dashboard: pruneDatedCounters(next.dashboard, since) }
    })
  }
  const enqueue = (item: Incoming) => {
    queue.push(item)
    deps.frames.request(flush)
  }

  return {
    store,
    receiveSnapshot: (snapshot) => enqueue({ kind: 'snapshot', snapshot }),
    receiveEvents: (events) => enqueue({ kind: 'events', events }),
    setConnection: (status) => {
      if (store.getState().connection.status !== status)
        store.setState({ connection: { status, since: deps.now() } })
    },
    resumeAsked: () => {
      const { gap } = store.getState()
      if (gap) store.setState({ gap: { ...gap, askedAt: deps.now() } })
    },
    setReference: (reference) => store.setState({ reference }),
    setWallConfig: (wallConfig) => store.setState({ wallConfig }),
  }
}

/** One frame's worth of arrivals, applied in order. Pure: the store's only writer. */
function applyIncoming(state: WallState, incoming: readonly Incoming[], now: number): Partial<WallState> {
  let { dashboard, asOf, ticker, gap, events } = state
  const arrivals = state.arrivals.filter((a) => now - a.at < FLASH_MS)
  for (const item of joinEventBatches(incoming)) {
    if (item.kind === 'snapshot') {
      dashboard = dashboardFromSnapshot(item.snapshot)
      asOf = item.snapshot.at
      events = []
      gap = null
      continue
    }
    if (!dashboard) continue // events before any snapshot cannot be placed; the snapshot will cover them
    const held = dashboard.seq
    const outcome = applyEventBatch(dashboard, item.events)
    // What the reducer applied: each seq once, in order (a joined batch may hold the same event twice).
    let last = held
    const applied = item.events.filter((e) => {
      if (e.seq <= last || e.seq > outcome.state.seq) return false
      last = e.seq
      return true
    })
    dashboard = outcome.state
    if (!outcome.ok && !gap) gap = { afterSeq: outcome.state.seq, askedAt: null }
    if (applied.length === 0) continue
    if (outcome.ok) gap = null // the stream connects again
    asOf = applied.at(-1)?.at ?? asOf
    events = [...applied].reverse().concat(events).slice(0, EVENTS_KEPT)
    const lines = applied.flatMap((e) => tickerItem(e) ?? []).reverse()
    if (lines.length > 0) ticker = [...lines, ...ticker].slice(0, TICKER_MAX)
    for (const e of applied) {
      if (e.type !== 'complaint.received') continue
      const { trackingId, point } = e.data.summary
      arrivals.unshift({ tracking: Number(trackingId), lat: point.lat, lon: point.lon, at: now })
    }
  }
  return {
    dashboard,
    asOf,
    ticker,
    events,
    gap,
    arrivals: arrivals.slice(0, FLASHES_MAX),
    lastDataAt: dashboard === state.dashboard && asOf === state.asOf ? state.lastDataAt : now,
  }
}

/**
 * The batches that arrived between two snapshots, joined into one: applied at once, the map's points are
 * copied once per update rather than once per batch (the reducer skips the overlaps).
 */
function joinEventBatches(incoming: readonly Incoming[]): Incoming[] {
  const joined: Incoming[] = []
  for (const item of incoming) {
    const last = joined.at(-1)
    if (item.kind === 'snapshot') joined.push(item)
    else if (last?.kind === 'events') last.events.push(...item.events)
    else joined.push({ kind: 'events', events: [...item.events] })
  }
  return joined
}
