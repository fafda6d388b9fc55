import { type ChildProcess, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { once } from 'node:events'
import { fileURLToPath } from 'node:url'

import pg from 'pg'
import { pino } from 'pino'
import { afterEach, beforeEach, expect, it, vi } from 'vitest'

import { connectAdvisoryLock } from '../../src/cluster/advisoryLock.js'
import { type LockSession, SchedulerLease } from '../../src/sla/SchedulerLease.js'
import { describeIfServices, TEST_DATABASE_URL } from '../support/services.js'

/** Short, so that takeovers happen within a test; the assertions are in multiples of it. */
const RETRY_MS = 100
const HEARTBEAT_MS = 200

const cleanups: (() => Promise<unknown> | void)[] = []
/** For "nothing changes" assertions only: a few retries' worth of real time on a real database. */
const someRetries = () => new Promise((resolve) => setTimeout(resolve, RETRY_MS * 3))
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})

/** A key no other test file (or earlier run) holds. */
let key: bigint
beforeEach(() => {
  key = BigInt(randomBytes(6).readUIntBE(0, 6)) + 1n
})

function createLease() {
  const scheduler = { running: false, start: vi.fn(), stop: vi.fn() }
  scheduler.start.mockImplementation(() => (scheduler.running = true))
  scheduler.stop.mockImplementation(() => {
    scheduler.running = false
    return Promise.resolve()
  })
  const lease = new SchedulerLease({
    scheduler,
    connect: () => connectAdvisoryLock({ connectionString: TEST_DATABASE_URL, key }),
    log: pino({ level: 'silent' }),
    retryMs: RETRY_MS,
    heartbeatMs: HEARTBEAT_MS,
  })
  cleanups.push(() => lease.stop())
  return { lease, scheduler }
}

async function admin(): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL })
  await client.connect()
  cleanups.push(() => client.end())
  return client
}

/** The backend holding the advisory lock `key` (classid and objid are its high and low 32 bits). */
async function holderPid(client: pg.Client): Promise<number | undefined> {
  const { rows } = await client.query<{ pid: number }>(
    `SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND granted AND objsubid = 1
       AND classid::bigint = $1::bigint >> 32 AND objid::bigint = $1::bigint & 4294967295`,
    [key.toString()],
  )
  return rows[0]?.pid
}

describeIfServices('the SLA scheduler lease on PostgreSQL', { postgres: true }, () => {
  it('[CL7] is held by exactly one process; when its session is terminated another takes over within the retry period', async () => {
    const leases = [createLease(), createLease()]
    for (const { lease } of leases) lease.start()
    await vi.waitFor(() => expect(leases.filter((l) => l.lease.holds())).toHaveLength(1))
    await someRetries() // both retried: still one
    expect(leases.filter((l) => l.scheduler.running)).toHaveLength(1)

    const db = await admin()
    const holder = leases.findIndex((l) => l.lease.holds())
    const pid = await holderPid(db)
    expect(pid).toBeDefined()
    await db.query('SELECT pg_terminate_backend($1)', [pid])
    const terminatedAt = performance.now()

    const other = leases[1 - holder]!
    await vi.waitFor(() => expect(other.scheduler.running).toBe(true), {
      timeout: RETRY_MS * 10,
      interval: 5,
    })
    expect(performance.now() - terminatedAt).toBeLessThan(RETRY_MS * 5)
    expect(leases[holder]!.scheduler.running).toBe(false)
    await vi.waitFor(async () => expect(await holderPid(db)).not.toBe(pid))
  })

  it('[CL7] takes over from a process killed (SIGKILL) while it held the lock', async () => {
    const child = await holdInChildProcess()
    const { lease, scheduler } = createLease()
    lease.start()
    await someRetries()
    expect(scheduler.running).toBe(false)

    child.kill('SIGKILL')
    await vi.waitFor(() => expect(scheduler.running).toBe(true), { timeout: RETRY_MS * 20, interval: 5 })
  })

  it('[CL7] asks the server to end a holder session that goes silent, which frees the lock', async () => {
    const session: LockSession = await connectAdvisoryLock({
      connectionString: TEST_DATABASE_URL,
      key,
      idleTimeoutMs: 300, // needs PostgreSQL 14 or later (idle_session_timeout)
    })
    cleanups.push(() => session.close())
    const ended = new Promise((resolve) => session.onEnd(resolve))
    expect(await session.tryLock()).toBe(true)

    await ended // no heartbeat came: the server ended the session
    const db = await admin()
    expect(await holderPid(db)).toBeUndefined()
  })
})

/** A separate Node process that takes the lock and then just sits there, as a server would. */
async function holdInChildProcess(): Promise<ChildProcess> {
  const script = `
    import pg from 'pg'
    const client = new pg.Client({ connectionString: process.env.URL })
    await client.connect()
    const { rows } = await client.query('SELECT pg_try_advisory_lock($1::bigint) AS locked', [process.env.KEY])
    process.stdout.write(rows[0].locked ? 'locked\\n' : 'refused\\n')
    setInterval(() => {}, 60_000)
  `
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
    cwd: fileURLToPath(new URL('../..', import.meta.url)), // server/, where pg is installed
    env: { ...process.env, URL: TEST_DATABASE_URL, KEY: key.toString() },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  cleanups.push(() => void child.kill('SIGKILL'))
  const [line] = (await once(child.stdout ?? child, 'data')) as [Buffer]
  expect(line.toString().trim()).toBe('locked')
  return child
}
