import type { DomainEvent } from '@pendopo/shared'
import type { Logger } from 'pino'

import type { Command, Outcome } from '../domain/commands.js'

import type { EventStore } from './EventStore.js'

interface Pending {
  readonly command: Command
  readonly resolve: (outcome: Outcome) => void
  readonly reject: (error: unknown) => void
}

/** Called once per durable commit with its events, in seq order, before any caller is answered. */
export type CommitListener = (events: readonly DomainEvent[]) => void

/** Whether the store took the last write: a failed one is remembered until a commit succeeds again. */
export type WriteHealth =
  { readonly ok: true } | { readonly ok: false; readonly since: Date; readonly error: string }

/** Told the size and duration of every group commit. */
export type CommitObserver = (batch: {
  commands: readonly Command[]
  outcomes: readonly Outcome[]
  seconds: number
}) => void

/**
 * Group commit: every command submitted during one turn of the event loop goes into one transaction and
 * one fsync; then each caller gets its own outcome. While a commit is in flight (PostgreSQL's is
 * asynchronous), new commands gather for the next one. No timer is involved, so a lone request is not
 * delayed: it is committed on the very next turn.
 */
export class GroupCommitter {
  #queue: Pending[] = []
  #scheduled = false
  #inFlight = false
  readonly #listeners = new Set<CommitListener>()
  #health: WriteHealth = { ok: true }

  constructor(
    private readonly store: EventStore,
    private readonly log: Logger,
    private readonly observe: CommitObserver = () => {},
  ) {}

  /** Resolves once the command's events are durable (or it was refused); rejects if the store failed. */
  submit(command: Command): Promise<Outcome> {
    return new Promise((resolve, reject) => {
      this.#queue.push({ command, resolve, reject })
      this.#schedule()
    })
  }

  /**
   * Unhealthy from a commit the store failed (a full disk, an I/O error) until one succeeds: a read-only
   * probe would say all is well while every write is refused. Callers keep retrying (ingest answers 503
   * with Retry-After), so the first write after space returns is the one that clears it.
   */
  health(): WriteHealth {
    return this.#health
  }

  onCommit(listener: CommitListener): () => void {
    this.#listeners.add(listener)
    return () => this.#listeners.delete(listener)
  }

  /** The events are durable whatever a listener does: a failing listener is logged, never un-acknowledges. */
  #announce(events: readonly DomainEvent[]): void {
    for (const listener of this.#listeners) {
      try {
        listener(events)
      } catch (error) {
        this.log.error({ err: error }, 'a commit listener failed')
      }
    }
  }

  #schedule(): void {
    if (this.#scheduled || this.#inFlight) return
    this.#scheduled = true
    setImmediate(() => void this.#flush())
  }

  async #flush(): Promise<void> {
    this.#scheduled = false
    const batch = this.#queue
    this.#queue = []
    if (batch.length === 0) return
    this.#inFlight = true
    try {
      const commands = batch.map((p) => p.command)
      const started = performance.now()
      const outcomes = await this.store.commit(commands)
      this.#health = { ok: true }
      this.observe({ commands, outcomes, seconds: (performance.now() - started) / 1000 })
      const events = outcomes.flatMap((o) => (o.ok ? o.events : []))
      if (events.length > 0) this.#announce(events)
      batch.forEach((p, i) => {
        const outcome = outcomes[i]
        if (outcome) p.resolve(outcome)
        else p.reject(new Error('the store answered fewer outcomes than commands'))
      })
    } catch (error) {
      if (this.#health.ok) {
        this.#health = { ok: false, since: new Date(), error: errorMessage(error) }
        this.log.error({ err: error }, 'the store refused a write: healthz now answers 503')
      }
      for (const p of batch) p.reject(error)
    } finally {
      this.#inFlight = false
      if (this.#queue.length > 0) this.#schedule()
    }
  }
}

const errorMessage = (error: unknown): string => (error instanceof Error ? error.message : String(error))
