import {
  applyEventBatch,
  dashboardFromSnapshot,
  type DashboardState,
  type DomainEvent,
  type Snapshot,
} from '@pendopo/shared'
import type { Socket } from 'socket.io-client'
import { vi } from 'vitest'

/**
 * A test client that holds a dashboard the way a browser does: snapshot, then batches, resuming on a gap.
 * It records every seq it was sent, so a test can prove "no gap, no duplicate".
 */
export class LiveClient {
  state: DashboardState | undefined
  readonly received: number[] = []
  snapshots = 0
  gaps = 0

  constructor(readonly socket: Socket) {
    socket.on('snapshot', (snapshot: Snapshot) => {
      this.snapshots++
      this.state = dashboardFromSnapshot(snapshot)
    })
    socket.on('events', (batch: DomainEvent[]) => {
      this.received.push(...batch.map((e) => e.seq))
      if (!this.state) return
      const outcome = applyEventBatch(this.state, batch)
      this.state = outcome.state
      if (!outcome.ok) {
        this.gaps++
        socket.emit('resume', { afterSeq: outcome.state.seq })
      }
    })
  }

  get seq(): number {
    return this.state?.seq ?? -1
  }

  /** Waits until the client holds `seq` (default timeout 5 s). */
  async until(seq: number, timeout = 5_000): Promise<void> {
    await vi.waitFor(
      () => {
        if (this.seq < seq) throw new Error(`client at ${this.seq}, waiting for ${seq}`)
      },
      { timeout, interval: 5 },
    )
  }
}

/** The comparable part of a dashboard: what must be equal to a fresh snapshot's. */
export function comparable(state: DashboardState | undefined) {
  if (!state) throw new Error('no state yet')
  return {
    seq: state.seq,
    counters: Object.fromEntries(
      [...state.counters].filter(([, n]) => n !== 0).sort(([a], [b]) => a.localeCompare(b)),
    ),
    villageIssues: [...state.villageIssues.values()].sort((a, b) => a.id.localeCompare(b.id)),
    recent: state.recent,
    points: [...state.points],
    calendarVersion: state.calendar.version,
  }
}
