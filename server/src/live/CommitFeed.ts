import type { DomainEvent } from '@pendopo/shared'
import type { Logger } from 'pino'

import type { EventStore } from '../log/EventStore.js'

/**
 * How long batches may wait behind a gap for the batch that fills it before the store is read instead.
 * Another process's broadcast arrives through Redis in a millisecond or two; one killed between its COMMIT
 * and its broadcast never sends it, and its clients' neighbours should not wait long for that.
 */
export const GAP_WAIT_MS = 200
/**
 * How often, in a cluster, the store's head is compared with what was published. A lost broadcast is
 * noticed when a later batch arrives ahead of it; this is the only way to notice it when nothing follows.
 */
export const HEAD_POLL_MS = 1_000
/** Events per store read while filling a gap. */
const FILL_PAGE = 1_000
/**
 * Events held ahead of a gap beyond which they are dropped and read from the store once the gap is
 * filled: a store that stays down while batches keep arriving must not grow this process without bound.
 */
const MAX_AHEAD = 50_000

export type FeedListener = (events: readonly DomainEvent[]) => void

export interface CommitFeedDeps {
  readonly store: Pick<EventStore, 'headSeq' | 'readAfter'>
  readonly log: Logger
  /** The seq already out when the feed starts (the store's head at start-up): nothing up to it is published. */
  readonly startAfter: number
  readonly gapWaitMs?: number
  /**
   * Compares the store's head with what was published this often. Only a cluster needs it: one process
   * hears of every commit from its own committer.
   */
  readonly pollMs?: number
}

/**
 * Every committed event, this process's and every other's, handed to its listeners once each, in seq
 * order, in batches that continue one another. Batches are offered as they are heard of (this process's
 * commits, other processes' broadcasts), in any order and any number of times: a batch that continues
 * what was published goes out, one already published is dropped, one ahead of a gap waits. A gap not
 * filled within GAP_WAIT_MS is read from the store, which holds every commit (a process killed between its
 * COMMIT and its broadcast, a broadcast lost in Redis).
 *
 * Invariant: `published` is the seq of the last event handed to the listeners, and is updated before they
 * are called, so a listener that reads it sees the batch it is given as published.
 */
export class CommitFeed {
  #published: number
  /** The highest seq known to be committed: from a batch heard of, the store's head, a snapshot. */
  #known: number
  /** Batches heard of ahead of a gap, each contiguous; they may overlap. */
  #ahead: DomainEvent[][] = []
  #gapTimer: NodeJS.Timeout | undefined
  #filling = false
  #polling = false
  readonly #poll: NodeJS.Timeout | undefined
  #closed = false
  readonly #listeners = new Set<FeedListener>()
  readonly #gapWaitMs: number

  constructor(private readonly deps: CommitFeedDeps) {
    this.#published = deps.startAfter
    this.#known = deps.startAfter
    this.#gapWaitMs = deps.gapWaitMs ?? GAP_WAIT_MS
    if (deps.pollMs) {
      this.#poll = setInterval(() => void this.#pollHead(), deps.pollMs)
      this.#poll.unref()
    }
  }

  /** The seq of the last event handed to the listeners. */
  get published(): number {
    return this.#published
  }

  onPublish(listener: FeedListener): () => void {
    this.#listeners.add(listener)
    return () => this.#listeners.delete(listener)
  }

  /** One commit's events (contiguous, in seq order), from this process or another. */
  offer(events: readonly DomainEvent[]): void {
    if (this.#closed) return
    this.#take(events)
    this.#watchGap()
  }

  /**
   * The store was seen holding `seq` (a client's snapshot was read at it): the feed gets there even if no
   * broadcast ever says so.
   */
  expect(seq: number): void {
    if (this.#closed) return
    this.#known = Math.max(this.#known, seq)
    this.#watchGap()
  }

  close(): void {
    this.#closed = true
    clearTimeout(this.#gapTimer)
    clearInterval(this.#poll)
  }

  #take(events: readonly DomainEvent[]): void {
    const fresh = events.filter((e) => e.seq > this.#published)
    const first = fresh[0]
    const last = fresh.at(-1)
    if (!first || !last) return
    this.#known = Math.max(this.#known, last.seq)
    if (first.seq !== this.#published + 1) {
      this.#holdAhead(fresh)
      return
    }
    this.#publish(fresh)
    this.#drainAhead()
  }

  #holdAhead(batch: DomainEvent[]): void {
    this.#ahead.push(batch)
    if (this.#ahead.reduce((n, b) => n + b.length, 0) > MAX_AHEAD) {
      this.deps.log.warn(
        { published: this.#published, known: this.#known },
        'far behind: reading from the store',
      )
      this.#ahead = []
    }
  }

  /** Publishes the batches held ahead that now continue what was published, until a gap remains. */
  #drainAhead(): void {
    for (;;) {
      const published = this.#published
      this.#ahead = this.#ahead.map((b) => b.filter((e) => e.seq > published)).filter((b) => b.length > 0)
      const next = this.#ahead.findIndex((b) => b[0]?.seq === this.#published + 1)
      if (next < 0) return
      const [batch] = this.#ahead.splice(next, 1)
      if (batch) this.#publish(batch)
    }
  }

  #publish(events: DomainEvent[]): void {
    this.#published = events.at(-1)?.seq ?? this.#published
    for (const listener of this.#listeners) {
      try {
        listener(events)
      } catch (error) {
        this.deps.log.error({ err: error }, 'a live feed listener failed')
      }
    }
  }

  /** Arms the gap timer while something known is unpublished; disarms it once nothing is. */
  #watchGap(): void {
    if (this.#known <= this.#published) {
      clearTimeout(this.#gapTimer)
      this.#gapTimer = undefined
      return
    }
    if (this.#gapTimer || this.#filling || this.#closed) return
    this.#gapTimer = setTimeout(() => {
      this.#gapTimer = undefined
      void this.#fill()
    }, this.#gapWaitMs)
    this.#gapTimer.unref()
  }

  /**
   * Reads what is missing from the store, one read at a time. Batches offered while a read is in flight
   * are published or held as usual; the read's events then go through the same `#take`, which drops what
   * was published meanwhile, so nothing goes out twice or out of order.
   */
  async #fill(): Promise<void> {
    if (this.#filling || this.#closed) return
    this.#filling = true
    try {
      while (!this.#closed && this.#known > this.#published) {
        const from = this.#published
        const knownBefore = this.#known
        const events = await this.deps.store.readAfter(from, FILL_PAGE)
        if (events.length === 0 && this.#published === from) {
          // The store was asked after `knownBefore` was heard of, and holds nothing past `from`: what was
          // heard of was never committed here (a stray message from another deployment on the channel).
          this.#forgetBeyond(knownBefore, from)
          break
        }
        this.#take(events)
        if (events.length < FILL_PAGE) break
      }
    } catch (error) {
      this.deps.log.warn(
        { err: error, published: this.#published },
        'reading a gap from the store failed; retrying',
      )
    } finally {
      this.#filling = false
      this.#watchGap()
    }
  }

  #forgetBeyond(knownBefore: number, head: number): void {
    if (this.#known !== knownBefore) return // heard of more during the read: look again
    this.deps.log.error(
      { published: head, heardOf: knownBefore },
      'heard of commits the store does not hold; is another deployment on the same Redis channel?',
    )
    this.#ahead = []
    this.#known = head
  }

  async #pollHead(): Promise<void> {
    if (this.#polling || this.#closed) return
    this.#polling = true
    try {
      this.expect(await this.deps.store.headSeq())
    } catch (error) {
      this.deps.log.warn({ err: error }, 'reading the store head failed')
    } finally {
      this.#polling = false
    }
  }
}
