import { randomBytes } from 'node:crypto'
import { fileURLToPath } from 'node:url'

import { PostgresEventStore } from '@pendopo/server/src/log/postgres/PostgresEventStore.js'
import { comparable, LiveClient } from '@pendopo/server/test/support/liveClient.js'
import { type ScratchSchema, scratchSchema } from '@pendopo/server/test/support/scratchSchema.js'
import { describeIfServices, TEST_REDIS_URL } from '@pendopo/server/test/support/services.js'
import { DEFAULT_SLA_POLICY, type DomainEvent } from '@pendopo/shared'
import { pino } from 'pino'
import { io as connect } from 'socket.io-client'
import { afterAll, beforeAll, expect, it, vi } from 'vitest'

import { sleep } from '../chaos/chaosServer.js'
import { aComplaint, postComplaint } from '../support/api.js'
import { type ServerProcess, startServerProcess } from '../support/serverProcess.js'
import { type Balancer, startBalancer } from '../support/tcpBalancer.js'

const ADMIN = 'cluster-admin-token-0123456789'
const DAY_MS = 86_400_000
/** B and C run this far ahead (see clockAhead.mjs): once one leads, A's complaints' timers fall due. */
const AHEAD_MS = 12 * DAY_MS
const CLOCK_AHEAD = fileURLToPath(new URL('../chaos/clockAhead.mjs', import.meta.url))
const CLIENTS = 30

/**
 * Three real server processes on one PostgreSQL schema and one Redis, behind a TCP balancer as behind
 * nginx; clients connect through the balancer, so a third of them are on each process.
 */
describeIfServices(
  'three server processes, one PostgreSQL, one Redis',
  { postgres: true, redis: true },
  () => {
    let schema: ScratchSchema
    let balancer: Balancer | undefined
    const servers: ServerProcess[] = []
    const clients: LiveClient[] = []
    /** How many times each client connected (through the balancer: to any process). */
    const connects = new Map<LiveClient, number>()
    let store: PostgresEventStore

    const start = (aheadMs: number, env: Record<string, string>) =>
      startServerProcess({
        ...env,
        ...(aheadMs > 0
          ? {
              PENDOPO_CHAOS_CLOCK_AHEAD_MS: String(aheadMs),
              NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import=${CLOCK_AHEAD}`.trim(),
            }
          : {}),
      })
    /** Whether this process runs the SLA scheduler now (`/metrics`). */
    const leads = async (server: ServerProcess) => {
      const res = await fetch(`${server.url}/metrics`, { headers: { authorization: `Bearer ${ADMIN}` } })
      return /^pendopo_sla_scheduler_running 1$/m.test(await res.text())
    }
    const post = async (server: ServerProcess) => {
      const res = await postComplaint(server.url, ADMIN, aComplaint())
      expect(res.status).toBe(201)
    }
    const allAt = (seq: number, timeout = 20_000) =>
      Promise.all(clients.map((client) => client.until(seq, timeout)))

    beforeAll(async () => {
      schema = await scratchSchema()
      const env = {
        DATABASE_URL: schema.url,
        REDIS_URL: TEST_REDIS_URL,
        PENDOPO_CLUSTER_NAME: `pendopo-e2e-${randomBytes(6).toString('hex')}`,
        PENDOPO_API_TOKEN: ADMIN,
        PENDOPO_MODE: 'production',
        PENDOPO_SIM: 'off',
      }
      // A first, on the machine's clock, so that it takes the scheduler's lease: nothing of today is due.
      const a = await start(0, env)
      servers.push(a)
      await vi.waitFor(async () => expect(await leads(a)).toBe(true), { timeout: 10_000 })
      servers.push(await start(AHEAD_MS, env), await start(AHEAD_MS, env))
      balancer = await startBalancer(servers.map((s) => s.url))
      store = await PostgresEventStore.open({
        url: schema.url,
        decisions: { policy: DEFAULT_SLA_POLICY },
        log: pino({ level: 'silent' }),
      })
      const through = balancer.url
      for (let i = 0; i < CLIENTS; i++) {
        // Reconnects as the web app does: through the balancer, resuming after the last seq it holds.
        const client: LiveClient = new LiveClient(
          connect(through, {
            transports: ['websocket'],
            reconnectionDelay: 100,
            reconnectionDelayMax: 500,
            auth: (send) => send({ token: ADMIN, ...(client.seq >= 0 ? { afterSeq: client.seq } : {}) }),
          }),
        )
        clients.push(client)
        client.socket.on('connect', () => connects.set(client, (connects.get(client) ?? 0) + 1))
      }
      await vi.waitFor(() => expect(clients.every((c) => c.snapshots === 1)).toBe(true), { timeout: 10_000 })
    }, 90_000)

    afterAll(async () => {
      for (const client of clients) client.socket.disconnect()
      await balancer?.close()
      for (const server of servers) {
        if (server.child.exitCode === null && server.child.signalCode === null) server.child.kill('SIGTERM')
        await server.exited
      }
      await store.close()
      await schema.drop()
    })

    it('[MP1] a complaint ingested on A reaches clients on every process, each event once and in order', async () => {
      const [a] = servers as [ServerProcess]
      for (let i = 0; i < 40; i++) await post(a)
      const head = await store.headSeq()
      expect(head).toBeGreaterThanOrEqual(40)
      await allAt(head)
      for (const client of clients) {
        expect(client.gaps).toBe(0)
        expect(client.received).toEqual(range(client.received[0] ?? head + 1, head))
      }
    })

    it('[MP2] after A is SIGKILLed, its clients resume on B or C with no gap while B and C take complaints; another process takes the scheduler over and fires every due timer exactly once', async () => {
      const [a, b, c] = servers as [ServerProcess, ServerProcess, ServerProcess]
      let producing = true
      let posted = 0
      const producer = (async () => {
        for (let i = 0; producing; i++) {
          await post(i % 2 === 0 ? b : c)
          posted++
          await sleep(25)
        }
      })()
      await sleep(500)
      a.child.kill('SIGKILL')
      await a.exited
      await sleep(3_000)
      producing = false
      await producer
      expect(posted).toBeGreaterThan(20)

      // B or C (12 days ahead) leads now; A's 40 complaints are long overdue there.
      await vi.waitFor(
        async () => expect((await Promise.all([leads(b), leads(c)])).filter(Boolean)).toHaveLength(1),
        { timeout: 15_000 },
      )
      await vi.waitFor(
        async () => expect(await store.dueTimers(Date.now() + AHEAD_MS - 60_000, 10)).toEqual([]),
        { timeout: 30_000, interval: 200 },
      )
      const head = await store.headSeq()
      await allAt(head)

      for (const client of clients) {
        expect(client.snapshots, 'a client had to start over from a snapshot').toBe(1)
        expect(client.received).toEqual(range(client.received[0] ?? head + 1, head))
      }
      // A third or so of the clients were on A: they came back through the balancer and resumed.
      const reconnected = clients.filter((client) => (connects.get(client) ?? 0) > 1).length
      expect(reconnected).toBeGreaterThanOrEqual(CLIENTS / 3 - 1)
      const log: DomainEvent[] = await store.readAfter(0, head + 1)
      expect(log.map((e) => e.seq)).toEqual(range(1, head))
      const firings = new Map<string, number>()
      for (const e of log) {
        if (e.type !== 'sla.warning' && e.type !== 'sla.breached') continue
        const key = `${e.type}|${e.data.complaintId}|${e.data.clock}|${e.data.dueAt}`
        firings.set(key, (firings.get(key) ?? 0) + 1)
      }
      expect(firings.size).toBeGreaterThanOrEqual(40)
      expect([...firings.entries()].filter(([, n]) => n > 1)).toEqual([])

      // What the clients hold is what a fresh snapshot shows; the projections are what the log rebuilds.
      const fresh = await store.snapshot({ audience: 'staff', now: Date.now() + AHEAD_MS })
      expect(comparable(clients[0]?.state)).toMatchObject({ seq: fresh.seq })
      const before = await store.projectionDigests()
      await store.rebuildProjections()
      expect(await store.projectionDigests()).toEqual(before)
    }, 120_000)
  },
)

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i)
