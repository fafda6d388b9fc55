import type { Logger } from 'pino'

import type { ActionDeps } from '../actions/actOnComplaint.js'
import type { PinnableClock } from '../clock.js'
import type { IngestDeps } from '../ingest/receiveComplaint.js'
import type { EventStore } from '../log/EventStore.js'
import type { Reference } from '../reference/Reference.js'
import type { SlaScheduler } from '../sla/SlaScheduler.js'

/** `PENDOPO_SIM*` as config.ts parses them. */
export interface SimulatorOptions {
  readonly enabled: boolean
  /** Live submissions per minute, on average over a week (the hour and the day shape it). */
  readonly eventsPerMinute: number
  /** Makes the run repeatable: the same seed over the same clock submits the same things. */
  readonly seed: string
  /** Days of history written on first start. */
  readonly historyDays: number
}

/**
 * What the simulator works with: the services the HTTP routes call (`ingest`, `actions`), the store
 * only to read, the SLA scheduler to fire the history's timers, and the clock it pins for the history.
 */
export interface SimulatorDeps {
  readonly ingest: IngestDeps
  readonly actions: ActionDeps
  readonly store: EventStore
  readonly scheduler: Pick<SlaScheduler, 'runDue'>
  readonly clock: PinnableClock
  readonly reference: Reference
  readonly log: Logger
  readonly options: SimulatorOptions
}
