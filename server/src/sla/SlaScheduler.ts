import { SYSTEM_ACTOR } from '@pendopo/shared'
import type { Logger } from 'pino'

import type { Clock } from '../clock.js'
import type { Command, Outcome } from '../domain/commands.js'
import type { EventStore } from '../log/EventStore.js'

/** Timers fired per round; each round is one group commit. */
const ROUND_SIZE = 500
/**
 * The longest the scheduler sleeps without looking again. Deadlines are days apart, so a minute of slack
 * is invisible; it also bounds how late a timer can be if a wake-up were ever missed.
 */
const MAX_SLEEP_MS = 60_000

export interface SlaSchedulerDeps {
  readonly store: EventStore
  readonly submit: (command: Command) => Promise<Outcome>
  readonly clock: Clock
  readonly log: Logger
}

/**
 * Fires SLA timers (warnings, breaches, auto-closes) when they fall due. Timers live in the store, derived
 * from each complaint's clocks, and a timer is removed in the same transaction as the event it produces:
 * each fires exactly once, and after a restart everything that fell due meanwhile fires, in due order.
 */
export class SlaScheduler {
  #timer: NodeJS.Timeout | undefined
  #running: Promise<number> | undefined
  #stopped = true

  constructor(private readonly deps: SlaSchedulerDeps) {}

  /** Fires every timer due now, in due order; resolves with how many produced events. */
  runDue(): Promise<number> {
    // One run at a time: a second caller waits for the run in progress, then runs again.
    const run = (this.#running ?? Promise.resolve(0)).then(() => this.#fireDue())
    this.#running = run.finally(() => {
      if (this.#running === run) this.#running = undefined
    })
    return run
  }

  async #fireDue(): Promise<number> {
    let fired = 0
    let stale = ''
    for (;;) {
      const now = this.deps.clock.now()
      const due = await this.deps.store.dueTimers(now, ROUND_SIZE)
      if (due.length === 0) return fired
      const round = due.map((t) => `${t.complaintId}:${t.clock}:${t.phase}:${t.fireAt}`).join(',')
      if (round === stale) {
        // The very timers found stale last round are still listed: the projection disagrees with itself.
        // Stop rather than spin; the next wake-up looks again.
        this.deps.log.error({ due: due.length }, 'SLA timers are due but none applies')
        return fired
      }
      // Submitted in one turn, so the whole round shares one transaction.
      const outcomes = await Promise.all(
        due.map((t) => this.deps.submit({ kind: 'fireTimer', at: now, actor: SYSTEM_ACTOR, ...t })),
      )
      const effective = outcomes.filter((o) => o.ok && o.events.length > 0).length
      fired += effective
      // All stale is normal once (an action in the same commit settled them first); twice is not.
      stale = effective === 0 ? round : ''
    }
  }

  /** Starts the loop: catch up now, then sleep until the next timer (or at most a minute). */
  start(): void {
    this.#stopped = false
    this.#wake(0)
  }

  /** Whether the loop is started (in a cluster, on the process that holds the lease). */
  running(): boolean {
    return !this.#stopped
  }

  /** Something may have added an earlier timer (a new complaint, an amended calendar): look again. */
  poke(): void {
    if (!this.#stopped) this.#wake(0)
  }

  stop(): Promise<void> {
    this.#stopped = true
    clearTimeout(this.#timer)
    return this.#running?.then(() => undefined) ?? Promise.resolve()
  }

  #wake(delay: number): void {
    clearTimeout(this.#timer)
    this.#timer = setTimeout(() => void this.#tick(), delay)
    this.#timer.unref()
  }

  async #tick(): Promise<void> {
    if (this.#stopped) return
    try {
      const fired = await this.runDue()
      if (fired > 0) this.deps.log.info({ fired }, 'SLA timers fired')
      const next = await this.deps.store.nextTimerAt()
      const delay = next === null ? MAX_SLEEP_MS : next - this.deps.clock.now()
      if (!this.#stopped) this.#wake(Math.min(Math.max(delay, 0), MAX_SLEEP_MS))
    } catch (error) {
      this.deps.log.error({ err: error }, 'the SLA scheduler failed; retrying')
      if (!this.#stopped) this.#wake(MAX_SLEEP_MS / 6)
    }
  }
}
