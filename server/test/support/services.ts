import pg from 'pg'
import { createClient } from 'redis'
import { beforeAll, describe } from 'vitest'

/**
 * The PostgreSQL and Redis that tests needing a shared store or the Redis Streams adapter run against.
 * Loopback defaults match the development and CI machines; another host is set through the environment.
 */
export const TEST_DATABASE_URL: string =
  process.env.PENDOPO_TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test'
export const TEST_REDIS_URL: string = process.env.PENDOPO_TEST_REDIS_URL || 'redis://127.0.0.1:6379'

/** Long enough for a loaded machine, short enough that a missing service costs a test run little. */
const PROBE_TIMEOUT_MS = 2_000

let postgresProbe: Promise<boolean> | undefined
let redisProbe: Promise<boolean> | undefined

/** Whether TEST_DATABASE_URL accepts a connection and answers a query (asked once per test file). */
export function postgresReachable(): Promise<boolean> {
  return (postgresProbe ??= (async () => {
    const client = new pg.Client({
      connectionString: TEST_DATABASE_URL,
      connectionTimeoutMillis: PROBE_TIMEOUT_MS,
    })
    // A refused connection also emits 'error' on some paths; the awaited connect() is what decides.
    client.on('error', () => {})
    try {
      await client.connect()
      await client.query('SELECT 1')
      return true
    } catch {
      return false
    } finally {
      await client.end().catch(() => {})
    }
  })())
}

/** Whether TEST_REDIS_URL accepts a connection and answers PING (asked once per test file). */
export function redisReachable(): Promise<boolean> {
  return (redisProbe ??= (async () => {
    const client = createClient({
      url: TEST_REDIS_URL,
      socket: { connectTimeout: PROBE_TIMEOUT_MS, reconnectStrategy: false },
    })
    client.on('error', () => {})
    try {
      await client.connect()
      return (await client.ping()) === 'PONG'
    } catch {
      return false
    } finally {
      if (client.isOpen) client.destroy()
    }
  })())
}

// describeIfServices must decide synchronously whether to skip, so the probes run when this module loads.
const reachable = { postgres: await postgresReachable(), redis: await redisReachable() }

/**
 * `describe(name, body)` when the services it needs answer. Outside CI an unreachable service skips the
 * suite, with the reason in its name; under `CI=true` nothing is skipped: the suite runs and fails first
 * thing, saying which service is missing, so a CI without PostgreSQL or Redis cannot pass by not testing.
 */
export function describeIfServices(
  name: string,
  needs: { postgres?: boolean; redis?: boolean },
  body: () => void,
): void {
  const missing = [
    needs.postgres && !reachable.postgres ? `PostgreSQL at ${TEST_DATABASE_URL}` : undefined,
    needs.redis && !reachable.redis ? `Redis at ${TEST_REDIS_URL}` : undefined,
  ].filter((m) => m !== undefined)
  const reason = `${missing.join(' and ')} unreachable (set PENDOPO_TEST_DATABASE_URL / PENDOPO_TEST_REDIS_URL)`
  const inCi = process.env.CI === 'true'
  const skip = missing.length > 0 && !inCi
  if (skip) console.warn(`skipping "${name}": ${reason}`)
  describe.skipIf(skip)(skip ? `${name} (skipped: ${reason})` : name, () => {
    if (missing.length > 0) {
      beforeAll(() => {
        throw new Error(`CI=true, so this suite may not be skipped, but ${reason}`)
      })
    }
    body()
  })
}
