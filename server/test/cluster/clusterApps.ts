import { randomBytes } from 'node:crypto'

import { DEFAULT_SLA_POLICY } from '@pendopo/shared'
import { pino } from 'pino'
import { createClient } from 'redis'
import { io as connect, type Socket } from 'socket.io-client'
import { expect, vi } from 'vitest'

import { type App, type AppDeps, createApp } from '../../src/app.js'
import { API_TOKEN_PRINCIPAL, createAuthenticator } from '../../src/auth/Authenticator.js'
import { type Clock, ManualClock } from '../../src/clock.js'
import { connectAdvisoryLock } from '../../src/cluster/advisoryLock.js'
import { redisLimitCounts } from '../../src/cluster/redisLimitCounts.js'
import { redisStreamsAdapter } from '../../src/live/redisAdapter.js'
import type { EventStore } from '../../src/log/EventStore.js'
import { PostgresEventStore } from '../../src/log/postgres/PostgresEventStore.js'
import { loadCalendarFile } from '../../src/reference/loadCalendarFile.js'
import { ADMIN_TOKEN, testReference } from '../support/createTestApp.js'
import { scratchSchema } from '../support/scratchSchema.js'
import { TEST_REDIS_URL } from '../support/services.js'

/** How often a test member retries the scheduler's lease. */
export const LEASE_RETRY_TEST_MS = 100

/** One server process of a test cluster: its own store connection, Redis client, HTTP port. */
export interface Member {
  readonly app: App
  readonly store: EventStore
  readonly url: string
  api(path: string, body?: unknown): Promise<Response>
  socket(): Socket
}

export interface TestCluster {
  readonly members: readonly Member[]
  /** The channel name this cluster's processes share on Redis (unique per cluster). */
  readonly name: string
  readonly clock: Clock
  close(): Promise<void>
}

/**
 * `size` apps as separate processes would run them: each with its own PostgreSQL store on one shared
 * schema and its own Redis client, all on one Redis channel name no other test uses. Resolves once every
 * member listens to the others' broadcasts, so a test can rely on them.
 */
export async function createCluster(
  size: number,
  options: Pick<AppDeps, 'gapWaitMs' | 'ingestPerMinute'> & {
    headPollMs?: number
    /** Each member contends for the scheduler's lease on this advisory key (unique per test). */
    leaseKey?: bigint
  } = {},
): Promise<TestCluster> {
  const name = `pendopo-test-${randomBytes(6).toString('hex')}`
  const schema = await scratchSchema()
  const clock = new ManualClock('2026-11-23T02:00:00.000Z')
  const log = pino({ level: 'silent' })
  const { leaseKey } = options
  const members: Member[] = []
  const closers: (() => Promise<void>)[] = []
  const sockets: Socket[] = []
  for (let i = 0; i < size; i++) {
    const store = await PostgresEventStore.open({
      url: schema.url,
      decisions: { policy: DEFAULT_SLA_POLICY },
      log,
    })
    const redis = createClient({ url: TEST_REDIS_URL })
    redis.on('error', () => {})
    await redis.connect()
    const app = await createApp({
      store,
      reference: testReference(),
      authenticator: createAuthenticator({
        configured: [{ token: ADMIN_TOKEN, principal: API_TOKEN_PRINCIPAL }],
        issued: store,
      }),
      clock,
      log,
      policy: DEFAULT_SLA_POLICY,
      initialCalendar: loadCalendarFile(),
      cluster: {
        adapter: redisStreamsAdapter(redis, name),
        ...(options.headPollMs ? { headPollMs: options.headPollMs } : {}),
      },
      // As main.ts: the rate limits count in Redis, one budget across the members.
      limitCounts: redisLimitCounts(redis, name),
      ...(options.ingestPerMinute ? { ingestPerMinute: options.ingestPerMinute } : {}),
      ...(options.gapWaitMs ? { gapWaitMs: options.gapWaitMs } : {}),
      ...(leaseKey === undefined
        ? {}
        : {
            schedulerLease: {
              connect: () => connectAdvisoryLock({ connectionString: schema.url, key: leaseKey }),
              retryMs: LEASE_RETRY_TEST_MS,
            },
          }),
    })
    const { port } = await app.listen(0, '127.0.0.1')
    const url = `http://127.0.0.1:${port}`
    closers.push(async () => {
      await app.close()
      await store.close()
      redis.destroy()
    })
    members.push({
      app,
      store,
      url,
      api: (path, body) =>
        fetch(`${url}${path}`, {
          method: body === undefined ? 'GET' : 'POST',
          headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' },
          ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        }),
      socket: () => {
        const s = connect(url, {
          path: '/socket.io',
          transports: ['websocket'],
          reconnection: false,
          auth: { token: ADMIN_TOKEN },
        })
        sockets.push(s)
        return s
      },
    })
  }
  await everyoneSubscribed(name, size)
  return {
    members,
    name,
    clock,
    close: async () => {
      for (const s of sockets) s.disconnect()
      for (const close of closers) await close()
      await schema.drop()
      // The adapter's stream (its heartbeats) outlives the processes; the channel needs no cleaning.
      const redis = createClient({ url: TEST_REDIS_URL })
      await redis.connect()
      await redis.del(name)
      const counts = await redis.keys(`${name}:limit:*`)
      if (counts.length > 0) await redis.del(counts)
      redis.destroy()
    },
  }
}

/**
 * The adapter subscribes to the inter-server channel asynchronously; a broadcast sent before a member has
 * subscribed is lost to it (the feed would fill it from the store, which is not what a test of the
 * broadcast wants). Waits until Redis counts every member on the channel.
 */
async function everyoneSubscribed(name: string, size: number): Promise<void> {
  const probe = createClient({ url: TEST_REDIS_URL })
  await probe.connect()
  try {
    const channel = `${name}#/#`
    await vi.waitFor(
      async () => {
        const counts = await probe.pubSubNumSub(channel)
        expect(Number(counts[channel] ?? 0), `members subscribed to ${channel}`).toBeGreaterThanOrEqual(size)
      },
      { timeout: 5_000, interval: 10 },
    )
  } finally {
    probe.destroy()
  }
}
