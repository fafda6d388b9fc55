import type { Logger } from 'pino'

import type { SlaScheduler } from './SlaScheduler.js'

/** How often a process that does not hold the lease tries to take it (and reconnects, if it must). */
export const LEASE_RETRY_MS = 2_000
/**
 * How often the holder asks its session a cheap question. A connection that died without a word (a cable,
 * a firewall's idle timeout) is noticed at the next question, and the scheduler stops within this long.
 */
export const LEASE_HEARTBEAT_MS = 5_000

/** A database session that can hold one exclusive lock for as long as it lives (a PostgreSQL advisory lock). */
export interface LockSession {
  /** Tries once to take the lock; true when this session now holds it. Rejects when the session is gone. */
  tryLock(): Promise<boolean>
  /** A cheap round trip: rejects when the session is gone or does not answer in time. */
  ping(): Promise<void>
  /** `listener` is called once if the session ends by itself (an error, the server closed it). */
  onEnd(listener: (error?: Error) => void): void
  /** Ends the session, which releases the lock. */
  close(): Promise<void>
}

export interface SchedulerLeaseDeps {
  readonly scheduler: Pick<SlaScheduler, 'start' | 'stop'>
  readonly connect: () => Promise<LockSession>
  readonly log: Logger
  readonly retryMs?: number
  readonly heartbeatMs?: number
}

/**
 * Runs the SLA scheduler on exactly one process of a cluster: the one whose database session holds the
 * lock. The others try again every LEASE_RETRY_MS; when the holder's session ends (the process was killed
 * and the database dropped its session, or its connection failed) the holder stops its scheduler and
 * another process takes the lock.
 *
 * The lease spares the cluster duplicate work, it is not what makes a timer fire once: firing a timer
 * removes it in the same transaction as its event, so a second scheduler racing the first (a holder that
 * has not yet noticed its session is gone) finds it stale and writes nothing.
 */
export class SchedulerLease {
  #session: LockSession | undefined
  #holding = false
  #stopped = true
  #timer: NodeJS.Timeout | undefined
  /** The step in progress (one at a time), for stop() to wait for. */
  #step: Promise<void> | undefined
  readonly #retryMs: number
  readonly #heartbeatMs: number

  constructor(private readonly deps: SchedulerLeaseDeps) {
    this.#retryMs = deps.retryMs ?? LEASE_RETRY_MS
    this.#heartbeatMs = deps.heartbeatMs ?? LEASE_HEARTBEAT_MS
  }

  /** Whether this process holds the lease, and so runs the scheduler. */
  holds(): boolean {
    return this.#holding
  }

  /** Starts contending for the lease. */
  start(): void {
    this.#stopped = false
    this.#next(0)
  }

  /** Stops the scheduler if it runs here and ends the session, releasing the lease to another process. */
  async stop(): Promise<void> {
    this.#stopped = true
    clearTimeout(this.#timer)
    await this.#step
    await this.#release()
  }

  #next(delay: number): void {
    clearTimeout(this.#timer)
    if (this.#stopped) return
    this.#timer = setTimeout(() => {
      const step = this.#holding ? this.#heartbeat() : this.#contend()
      this.#step = step
        .catch((error: unknown) => this.#lose(error))
        .finally(() => {
          this.#step = undefined
          this.#next(this.#holding ? this.#heartbeatMs : this.#retryMs)
        })
    }, delay)
    this.#timer.unref()
  }

  async #contend(): Promise<void> {
    this.#session ??= await this.#open()
    if (!(await this.#session.tryLock()) || this.#stopped) return
    this.#holding = true
    this.deps.log.info('this process holds the SLA scheduler lease: running the scheduler')
    this.deps.scheduler.start()
  }

  async #heartbeat(): Promise<void> {
    await this.#session?.ping()
  }

  async #open(): Promise<LockSession> {
    const session = await this.deps.connect()
    session.onEnd((error) => {
      if (session !== this.#session) return
      // Stop the scheduler now rather than at the next heartbeat, and contend again a retry from now.
      void this.#lose(error ?? new Error('the session ended')).then(() => {
        if (!this.#step) this.#next(this.#retryMs)
      })
    })
    return session
  }

  /** The session failed: stop the scheduler if it ran here, drop the session; the next step reconnects. */
  async #lose(error: unknown): Promise<void> {
    const wasHolding = this.#holding
    if (wasHolding) this.deps.log.warn({ err: error }, 'lost the SLA scheduler lease: stopping the scheduler')
    else this.deps.log.debug({ err: error }, 'the scheduler lease session failed; retrying')
    await this.#release()
  }

  async #release(): Promise<void> {
    const session = this.#session
    this.#session = undefined
    if (this.#holding) {
      this.#holding = false
      await this.deps.scheduler.stop()
    }
    await session?.close().catch(() => {})
  }
}
