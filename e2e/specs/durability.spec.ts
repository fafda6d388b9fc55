import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import { aComplaint, getJson, postComplaint } from '../support/api.js'
import { type ServerProcess, startServerProcess } from '../support/serverProcess.js'

const TOKEN = 'durability-test-token-0123456789'
const dir = mkdtempSync(join(tmpdir(), 'pendopo-durability-'))
// Production mode: no demo accounts, so the log holds exactly the calendar and the complaints.
const env = {
  PENDOPO_DB: join(dir, 'pendopo.db'),
  PENDOPO_API_TOKEN: TOKEN,
  PENDOPO_SIM: 'off',
  PENDOPO_MODE: 'production',
}
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const post = (url: string, body: unknown) => postComplaint(url, TOKEN, body)

interface Acknowledged {
  readonly body: ReturnType<typeof aComplaint>
  readonly id: string
}

/** Clients posting as fast as they can until the server dies under them; returns what was acknowledged. */
async function ingestUntilKilled(
  server: ServerProcess,
  clients: number,
  killAfterAcks: number,
): Promise<Acknowledged[]> {
  const acknowledged: Acknowledged[] = []
  let killed = false
  const worker = async () => {
    while (!killed) {
      const body = aComplaint()
      try {
        const res = await post(server.url, body)
        if (res.status === 201 || res.status === 200) {
          acknowledged.push({ body, id: ((await res.json()) as { id: string }).id })
          if (acknowledged.length >= killAfterAcks && !killed) {
            killed = true
            server.child.kill('SIGKILL') // mid-flight: the other clients' requests are in the air
          }
        } else throw new Error(`unexpected ${res.status}: ${await res.text()}`)
      } catch (error) {
        if (!killed) throw error
      }
    }
  }
  await Promise.all(Array.from({ length: clients }, worker))
  await server.exited
  return acknowledged
}

describe('durability', () => {
  it('[DU1] loses no acknowledged complaint and doubles none when the server is SIGKILLed mid-ingest, three times over', async () => {
    const everAcknowledged: Acknowledged[] = []
    for (const killAfter of [150, 40, 275]) {
      const server = await startServerProcess(env)
      const acked = await ingestUntilKilled(server, 16, killAfter)
      expect(await server.exited).toBe('SIGKILL')
      everAcknowledged.push(...acked)
    }

    const server = await startServerProcess(env)
    try {
      // Every acknowledged complaint is there, and delivering it again is recognised, not recorded twice.
      for (const { body, id } of everAcknowledged) {
        const again = await post(server.url, body)
        expect(again.status).toBe(200)
        expect(((await again.json()) as { id: string }).id).toBe(id)
      }
      // The log is gap-free and holds each complaint once: its received counters add up to the log.
      const snapshot = await getJson<{ seq: number; counters: Record<string, number> }>(
        `${server.url}/api/v1/snapshot`,
        TOKEN,
      )
      const received = Object.entries(snapshot.counters)
        .filter(([k]) => k.startsWith('p|'))
        .reduce((sum, [, n]) => sum + n, 0)
      expect(received).toBeGreaterThanOrEqual(everAcknowledged.length)
      expect(snapshot.seq).toBe(received + 1) // the calendar, then one event per complaint
    } finally {
      server.child.kill('SIGTERM')
      await server.exited
    }
  }, 60_000)
})
