import { randomBytes } from 'node:crypto'

import { afterEach, expect, it, vi } from 'vitest'

import { receive } from '../log/commands.js'
import { aComplaint } from '../support/fixtures.js'
import { comparable, LiveClient } from '../support/liveClient.js'
import { describeIfServices } from '../support/services.js'

import { createCluster, LEASE_RETRY_TEST_MS, type Member, type TestCluster } from './clusterApps.js'

/** Longer than any test: a gap filled at all in these tests was filled by a broadcast, not the store. */
const NEVER = 600_000

const open: TestCluster[] = []
afterEach(async () => {
  for (const c of open.splice(0)) await c.close()
})

async function start(...args: Parameters<typeof createCluster>): Promise<TestCluster> {
  const cluster = await createCluster(...args)
  open.push(cluster)
  return cluster
}

describeIfServices('processes sharing one store through Redis', { postgres: true, redis: true }, () => {
  it("[CL6] streams every process's commits to the clients of each, once each and in seq order, by broadcast alone", async () => {
    const { members } = await start(2, { gapWaitMs: NEVER, headPollMs: NEVER })
    const [a, b] = members
    if (!a || !b) throw new Error('two members')
    const clients = [new LiveClient(a.socket()), new LiveClient(b.socket())]
    await vi.waitFor(() => expect(clients.every((c) => c.state)).toBe(true))
    const from = Math.min(...clients.map((c) => c.seq))

    // Concurrent posts on both: their commits interleave in the log and reach each process out of order.
    await Promise.all(
      Array.from({ length: 30 }, (_, i) => (i % 2 ? a : b).api('/api/v1/complaints', aComplaint())),
    )
    const head = await a.store.headSeq()
    for (const client of clients) {
      await client.until(head)
      const start = head - client.received.length
      expect(start).toBeGreaterThanOrEqual(from)
      expect(client.received).toEqual(Array.from({ length: head - start }, (_, i) => start + 1 + i))
      expect(client.gaps).toBe(0)
    }
    const fresh = new LiveClient(b.socket())
    await vi.waitFor(() => expect(fresh.state).toBeDefined())
    for (const client of clients) expect(comparable(client.state)).toEqual(comparable(fresh.state))
  })

  it('[CL3] delivers a last commit whose process died before broadcasting it, to the clients of every process', async () => {
    const { members, clock } = await start(2, { gapWaitMs: 20, headPollMs: 100 })
    const clients = members.map((m) => new LiveClient(m.socket()))
    await vi.waitFor(() => expect(clients.every((c) => c.state)).toBe(true))
    const [outcome] = await members[0]!.store.commit([receive(clock.now())]) // past every committer
    const seq = outcome?.ok ? outcome.seq : -1

    for (const client of clients) {
      await client.until(seq)
      expect(client.received.filter((s) => s === seq)).toEqual([seq])
    }
  })

  it('[CL9] pokes the scheduler of every process when one of them takes a calendar amendment', async () => {
    const { members } = await start(2, { gapWaitMs: NEVER, headPollMs: NEVER })
    const pokes = members.map((m) => vi.spyOn(m.app.scheduler, 'poke'))
    const res = await members[0]!.api('/api/v1/calendar/amendments', {
      add: [{ date: '2026-11-25', kind: 'collective_leave', name: 'Cuti bersama (contoh keputusan)' }],
      reason: 'Keppres contoh',
      expectedVersion: 1,
    })
    expect(res.status).toBe(200)
    for (const poke of pokes) await vi.waitFor(() => expect(poke).toHaveBeenCalled())
  })

  it('[CL7] runs the SLA scheduler on one process, says which in /metrics, and hands it over when that one stops', async () => {
    const { members } = await start(3, { leaseKey: BigInt(randomBytes(6).readUIntBE(0, 6)) + 1n })
    for (const m of members) m.app.startScheduler()
    const running = () => members.filter((m) => m.app.scheduler.running())
    await vi.waitFor(() => expect(running()).toHaveLength(1))
    expect(await Promise.all(members.map(schedulerGauge))).toEqual(
      members.map((m) => (m.app.scheduler.running() ? 1 : 0)),
    )

    const leader = running()[0]!
    await leader.app.lease?.stop() // as app.close() does on SIGTERM
    await vi.waitFor(() => expect(running()).toHaveLength(1), { timeout: LEASE_RETRY_TEST_MS * 20 })
    expect(running()[0]).not.toBe(leader)
  })
})

async function schedulerGauge(member: Member): Promise<number> {
  const text = await (await member.api('/metrics')).text()
  const line = text.split('\n').find((l) => l.startsWith('pendopo_sla_scheduler_running '))
  return Number(line?.split(' ')[1])
}
