import { pino } from 'pino'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { LEASE_HEARTBEAT_MS, LEASE_RETRY_MS, type LockSession, SchedulerLease } from './SchedulerLease.js'

/** A database with one lock: sessions that can be cut, or go silent (their questions never answered). */
function createDatabase() {
  const sessions: FakeSession[] = []
  let holder: number | undefined // which session

  class FakeSession implements LockSession {
    readonly id = sessions.length
    alive = true
    silent = false
    readonly #listeners: ((error?: Error) => void)[] = []
    tryLock() {
      if (!this.alive) return Promise.reject(new Error('gone'))
      holder ??= this.id
      return Promise.resolve(holder === this.id)
    }
    ping() {
      return this.alive && !this.silent ? Promise.resolve() : Promise.reject(new Error('timed out'))
    }
    onEnd(listener: (error?: Error) => void) {
      this.#listeners.push(listener)
    }
    close() {
      this.#drop()
      return Promise.resolve()
    }
    /** The server ended it (pg_terminate_backend, a restart): the client hears of it. */
    cut() {
      this.#drop()
      for (const listener of this.#listeners) listener(new Error('terminated'))
    }
    #drop() {
      this.alive = false
      if (holder === this.id) holder = undefined
    }
  }

  return {
    sessions,
    holder: () => (holder === undefined ? undefined : sessions[holder]),
    connect: () => {
      const session = new FakeSession()
      sessions.push(session)
      return Promise.resolve(session)
    },
  }
}

function createScheduler() {
  const scheduler = { running: false, start: vi.fn(), stop: vi.fn() }
  scheduler.start.mockImplementation(() => (scheduler.running = true))
  scheduler.stop.mockImplementation(() => {
    scheduler.running = false
    return Promise.resolve()
  })
  return scheduler
}

function createLease(db: ReturnType<typeof createDatabase>) {
  const scheduler = createScheduler()
  const lease = new SchedulerLease({ scheduler, connect: db.connect, log: pino({ level: 'silent' }) })
  return { lease, scheduler }
}

describe('SchedulerLease', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('[CL7] runs the scheduler only where the lock is held, and hands it over when the holder stops', async () => {
    const db = createDatabase()
    const a = createLease(db)
    const b = createLease(db)
    a.lease.start()
    await vi.advanceTimersByTimeAsync(0)
    b.lease.start()
    await vi.advanceTimersByTimeAsync(LEASE_RETRY_MS * 3)
    expect([a.scheduler.running, b.scheduler.running]).toEqual([true, false])
    expect([a.lease.holds(), b.lease.holds()]).toEqual([true, false])

    await a.lease.stop()
    expect(a.scheduler.running).toBe(false)
    await vi.advanceTimersByTimeAsync(LEASE_RETRY_MS)
    expect(b.scheduler.running).toBe(true)
    await b.lease.stop()
  })

  it('[CL7] stops the scheduler at once when the holding session ends, and takes the lock again on a new one', async () => {
    const db = createDatabase()
    const { lease, scheduler } = createLease(db)
    lease.start()
    await vi.advanceTimersByTimeAsync(0)
    expect(scheduler.running).toBe(true)

    db.holder()?.cut()
    await vi.advanceTimersByTimeAsync(0)
    expect(scheduler.running).toBe(false) // not a heartbeat later
    await vi.advanceTimersByTimeAsync(LEASE_RETRY_MS)
    expect(scheduler.running).toBe(true)
    expect(db.sessions).toHaveLength(2)
    await lease.stop()
  })

  it('[CL7] notices a session gone silent at its next heartbeat, stops, and lets another process lead', async () => {
    const db = createDatabase()
    const a = createLease(db)
    const b = createLease(db)
    a.lease.start()
    await vi.advanceTimersByTimeAsync(0)
    b.lease.start()
    const silent = db.holder()
    if (silent) silent.silent = true

    await vi.advanceTimersByTimeAsync(LEASE_HEARTBEAT_MS)
    expect(a.scheduler.running).toBe(false)
    expect(silent?.alive).toBe(false) // closed, so the database drops its lock
    await vi.advanceTimersByTimeAsync(LEASE_RETRY_MS)
    expect([a.scheduler.running, b.scheduler.running].filter(Boolean)).toHaveLength(1)
    await a.lease.stop()
    await b.lease.stop()
  })
})
