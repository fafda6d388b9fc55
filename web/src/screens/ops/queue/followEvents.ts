import type { DomainEvent } from '@pendopo/shared'
import type { StoreApi } from 'zustand/vanilla'

import type { WallState } from '../../../store/wallStore.js'

/** What the console does with the events it has not seen yet. */
export interface EventFollower {
  /** New events, oldest first. */
  readonly onEvents: (events: readonly DomainEvent[]) => void
  /** Events were missed (a fresh snapshot after a long disconnection, or a burst beyond what the store keeps). */
  readonly onMissed: () => void
}

/**
 * The events the live store applies, each handed on once, in seq order. The log's seqs have no gaps and the
 * store applies them in order, so a jump means events were missed: a burst beyond the newest EVENTS_KEPT the
 * store keeps, or a fresh snapshot after a long disconnection. That is reported, so the reader can reload
 * rather than silently drift.
 */
export function followEvents(store: StoreApi<WallState>, follower: EventFollower): () => void {
  let seen = store.getState().events[0]?.seq ?? store.getState().dashboard?.seq ?? 0
  let events = store.getState().events
  let dashboardSeq = store.getState().dashboard?.seq
  return store.subscribe((state) => {
    const snapshotArrived = state.events.length === 0 && state.dashboard?.seq !== dashboardSeq
    dashboardSeq = state.dashboard?.seq
    if (state.events === events && !snapshotArrived) return
    events = state.events
    if (snapshotArrived) {
      if (seen !== 0 && (state.dashboard?.seq ?? 0) > seen) follower.onMissed()
      seen = Math.max(seen, state.dashboard?.seq ?? 0)
      return
    }
    const fresh: DomainEvent[] = []
    for (const event of state.events) {
      if (event.seq <= seen) break
      fresh.push(event)
    }
    if (fresh.length === 0) return
    const oldest = fresh.at(-1)?.seq ?? 0
    const missed = seen !== 0 && oldest > seen + 1
    seen = fresh[0]?.seq ?? seen
    if (missed) {
      follower.onMissed()
      return
    }
    follower.onEvents(fresh.reverse())
  })
}
