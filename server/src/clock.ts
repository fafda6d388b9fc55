/**
 * Time is injected everywhere (style.md §19): tests run weeks of SLA clock in milliseconds and the
 * simulator replays weeks of history through the real services.
 */
export interface Clock {
  /** Epoch milliseconds. */
  now(): number
}

export const systemClock: Clock = { now: () => Date.now() }

/** A clock that moves only when told to. */
export class ManualClock implements Clock {
  #now: number

  constructor(start: number | string) {
    this.#now = typeof start === 'number' ? start : Date.parse(start)
  }

  now(): number {
    return this.#now
  }

  set(at: number | string): void {
    const next = typeof at === 'number' ? at : Date.parse(at)
    if (next < this.#now) throw new RangeError('a clock does not go backwards')
    this.#now = next
  }

  advance(ms: number): void {
    this.set(this.#now + ms)
  }
}

/**
 * The real clock, or a virtual time while it is pinned: the simulator pins it to walk the services
 * through past weeks, then lets go.
 */
export class PinnableClock implements Clock {
  #pinned: number | null = null

  constructor(private readonly base: Clock) {}

  now(): number {
    return this.#pinned ?? this.base.now()
  }

  pin(at: number): void {
    this.#pinned = at
  }

  release(): void {
    this.#pinned = null
  }
}
