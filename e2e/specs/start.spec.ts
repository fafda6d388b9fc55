import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import type { DomainEvent, Snapshot } from '@pendopo/shared'
import { io } from 'socket.io-client'
import { afterAll, describe, expect, it } from 'vitest'

import { type ServerProcess, startServerProcess } from '../support/serverProcess.js'

const dir = mkdtempSync(join(tmpdir(), 'pendopo-start-'))
let server: ServerProcess | undefined
afterAll(async () => {
  server?.child.kill('SIGTERM')
  await server?.exited
  rmSync(dir, { recursive: true, force: true })
})

describe('npm start', () => {
  it('[ST1] serves /healthz, and a Socket.IO client gets a snapshot and live simulated events within 5 s', async ({
    annotate,
  }) => {
    const spawnedAt = performance.now()
    // Defaults as `npm start` has them (simulator on, demo token), with only the file and port moved aside.
    server = await startServerProcess({ PENDOPO_DB: join(dir, 'pendopo.db'), PENDOPO_API_TOKEN: '' })
    const health = await fetch(`${server.url}/healthz`)
    expect(health.status).toBe(200)
    expect(await health.json()).toEqual({ status: 'ok' })

    const socket = io(server.url, {
      path: '/socket.io',
      transports: ['websocket'],
      auth: { token: 'pendopo-demo-admin-token' },
    })
    const snapshot = await new Promise<Snapshot>((resolve) => socket.once('snapshot', resolve))
    const live = await new Promise<DomainEvent[]>((resolve) => socket.once('events', resolve))
    const elapsed = performance.now() - spawnedAt
    socket.disconnect()

    expect(elapsed).toBeLessThan(5_000)
    // The simulator's weeks of history are there: complaints in every colour, in many desa.
    expect(snapshot.recent.length).toBeGreaterThan(50)
    const colours = new Set(
      Object.keys(snapshot.counters)
        .filter((k) => k.startsWith('p|'))
        .map((k) => k.split('|')[3]),
    )
    expect(colours).toEqual(new Set(['red', 'yellow', 'green', 'blue', 'grey']))
    expect(live[0]?.seq).toBeGreaterThan(snapshot.seq)
    await annotate(
      `listening after ${Math.round(server.startMs)} ms; snapshot and live events after ${Math.round(elapsed)} ms`,
    )
  })
})
