import { mkdtempSync, rmSync } from 'node:fs'
import type { Socket } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import type { DomainEvent } from '@pendopo/shared'
import { io as connect } from 'socket.io-client'
import { afterEach, describe, expect, it, vi } from 'vitest'

import { ManualClock } from '../src/clock.js'
import { receiveComplaint } from '../src/ingest/receiveComplaint.js'

import {
  ADMIN_TOKEN,
  createTestApp,
  type TestApp,
  WALL_TOKEN,
  withSlowReads,
} from './support/createTestApp.js'
import { aComplaint, aVillageIssue } from './support/fixtures.js'
import { comparable, LiveClient } from './support/liveClient.js'

/**
 * How long a check may wait: on PostgreSQL (the server-postgres project) and a loaded CI machine, a round
 * of reads can take longer than vitest's default second.
 */
const WAIT = { timeout: 5_000 }

const open: TestApp[] = []
const dirs: string[] = []
afterEach(async () => {
  for (const t of open.splice(0)) await t.close()
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
})

async function start(options: Parameters<typeof createTestApp>[0] = {}): Promise<TestApp> {
  const t = await createTestApp({ clock: new ManualClock('2026-11-23T02:00:00.000Z'), ...options })
  open.push(t)
  return t
}

async function post(t: TestApp, n: number): Promise<string[]> {
  const ids: string[] = []
  for (let i = 0; i < n; i++) {
    const res = await t.api('/api/v1/complaints', { body: aComplaint() })
    ids.push(((await res.json()) as { id: string }).id)
  }
  return ids
}

/** A client that reconnects by itself and resumes from what it holds, as the web client does. */
function resumingClient(url: string, token = ADMIN_TOKEN): LiveClient {
  let client: LiveClient | undefined = undefined
  const socket = connect(url, {
    path: '/socket.io',
    transports: ['websocket'],
    reconnectionDelay: 50,
    reconnectionDelayMax: 200,
    auth: (cb) => cb({ token, ...(client?.state ? { afterSeq: client.seq } : {}) }),
  })
  client = new LiveClient(socket)
  return client
}

async function freshSnapshot(t: TestApp) {
  const fresh = new LiveClient(t.socket())
  await vi.waitFor(() => expect(fresh.state).toBeDefined(), WAIT)
  return comparable(fresh.state)
}

describe('the live stream', () => {
  it('[LV1] sends a snapshot with its seq on connect, then each commit as one batch in seq order', async () => {
    const t = await start()
    await post(t, 2)
    const client = new LiveClient(t.socket())
    await vi.waitFor(() => expect(client.state?.seq).toBe(3), WAIT) // calendar + 2 complaints
    expect(client.snapshots).toBe(1)

    const batches: DomainEvent[][] = []
    client.socket.on('events', (batch: DomainEvent[]) => batches.push(batch))
    await Promise.all([
      t.api('/api/v1/complaints', { body: aComplaint() }),
      t.api('/api/v1/complaints', { body: aComplaint() }),
    ])
    await client.until(5)
    expect(batches.flat().map((e) => e.seq)).toEqual([4, 5])
    expect(batches).toHaveLength(1) // both arrived in one turn: one group commit, one message
    expect(comparable(client.state)).toEqual(await freshSnapshot(t))
  })

  it('[LV2] gives a wall no reporter identity and no free text, ever', async () => {
    const t = await start()
    const wall = new LiveClient(t.socket({ token: WALL_TOKEN }))
    const frames: string[] = []
    wall.socket.onAny((_event, ...args: unknown[]) => frames.push(JSON.stringify(args)))
    await vi.waitFor(() => expect(wall.state).toBeDefined(), WAIT)

    const secret = aComplaint({
      title: 'Pungli di kantor desa RAHASIA-JUDUL',
      body: 'Kepala desa meminta uang RAHASIA-ISI',
      reporter: { anonymous: true, confidential: true, name: 'Budi Santoso', phone: '081298765432' },
    })
    const { id } = (await (await t.api('/api/v1/complaints', { body: secret })).json()) as { id: string }
    await t.api('/api/v1/complaints', {
      body: aComplaint({
        reporter: { anonymous: false, confidential: false, name: 'Dewi Lestari', phone: '085711112222' },
      }),
    })
    const act = (body: unknown) => t.api(`/api/v1/complaints/${id}/actions`, { body })
    await act({ type: 'verify', note: 'CATATAN-RAHASIA' })
    await act({ type: 'dispose', opd: 'INSP' })
    await act({ type: 'follow_up', text: 'JAWABAN-RAHASIA' })
    await wall.until(await t.store.headSeq())

    const all = frames.join('\n')
    for (const word of [
      'Budi Santoso',
      '081298765432',
      'Dewi Lestari',
      '085711112222',
      'RAHASIA-JUDUL',
      'RAHASIA-ISI',
      'CATATAN-RAHASIA',
      'JAWABAN-RAHASIA',
    ]) {
      expect(all).not.toContain(word)
    }
    // …while staff see everything, and the wall still sees that something happened and where.
    expect(all).toContain('"type":"complaint.followed_up"')
    expect(wall.state?.recent.find((c) => c.id === id)).toMatchObject({
      title: null,
      confidential: true,
      state: 'FOLLOWED_UP',
    })
    const staff = await t.store.complaintHistory(id as never)
    expect(JSON.stringify(staff)).toContain('JAWABAN-RAHASIA')
  })

  it('[LV3] brings a client that was away back to exactly a fresh snapshot, with no gap and no duplicate', async () => {
    const t = await start()
    const client = resumingClient(t.url)
    await vi.waitFor(() => expect(client.state).toBeDefined(), WAIT)
    await post(t, 3)
    await client.until(4)

    client.socket.disconnect()
    const [first] = await post(t, 5)
    await t.api('/api/v1/village-issues', { body: aVillageIssue() })
    await t.api(`/api/v1/complaints/${first}/actions`, { body: { type: 'verify' } })
    client.socket.connect()
    await client.until(await t.store.headSeq())

    expect(client.snapshots).toBe(1) // resumed by replay, not by a new snapshot
    expect(client.received).toEqual(Array.from({ length: client.received.length }, (_, i) => i + 2))
    expect(comparable(client.state)).toEqual(await freshSnapshot(t))
  })

  it('[LV4] resumes across a server restart, including what was posted after it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pendopo-live-'))
    dirs.push(dir)
    const clock = new ManualClock('2026-11-23T02:00:00.000Z')
    const first = await start({ clock, dir })
    const port = Number(new URL(first.url).port)
    const client = resumingClient(first.url)
    await post(first, 3)
    await client.until(4)

    await first.close()
    open.splice(open.indexOf(first), 1)
    await vi.waitFor(() => expect(client.socket.connected).toBe(false), WAIT)
    const second = await start({ clock, dir, port })
    await post(second, 4)
    await client.until(await second.store.headSeq(), 10_000)

    expect(client.snapshots).toBe(1)
    expect(client.gaps).toBe(0)
    expect(new Set(client.received).size).toBe(client.received.length)
    expect(comparable(client.state)).toEqual(await freshSnapshot(second))
  })

  it('[LV8] delivers events committed while a client is catching up exactly once, with no gap', async () => {
    const t = await start({ wrapStore: withSlowReads(30) })
    const client = resumingClient(t.url)
    await vi.waitFor(() => expect(client.state).toBeDefined(), WAIT)
    client.socket.disconnect()
    await post(t, 20)
    client.socket.connect()
    // Commits race the catch-up: some land before the replay is read, some after, some while it is sent.
    for (let i = 0; i < 8; i++) {
      await Promise.all(Array.from({ length: 5 }, () => t.api('/api/v1/complaints', { body: aComplaint() })))
      await new Promise((resolve) => setTimeout(resolve, 10))
    }
    await client.until(await t.store.headSeq())
    expect(client.gaps).toBe(0)
    expect(client.received).toEqual(Array.from({ length: client.received.length }, (_, i) => i + 2))
    expect(comparable(client.state)).toEqual(await freshSnapshot(t))
  })

  it('[LV9] disconnects a client that stops reading instead of queueing for it; it resumes from the log with no gap', async () => {
    const t = await start({ maxQueuedMessages: 20 })
    const client = resumingClient(t.url)
    await vi.waitFor(() => expect(client.state).toBeDefined(), WAIT)
    const { ingest } = t.app.services
    const integration = { kind: 'token', id: 'lv9', role: 'integration' } as const
    // Stop reading: the kernel's buffers fill, then Socket.IO starts queueing in the server's memory.
    const tcp = (client.socket.io.engine.transport as unknown as { ws: { _socket: Socket } }).ws._socket
    tcp.pause()
    let commits = 0
    // Big events (8,000 characters each) fill the loopback buffers in a few thousand commits.
    while (t.app.io.sockets.sockets.size > 0 && commits < 6_000) {
      for (let i = 0; i < 50; i++, commits++)
        await receiveComplaint(ingest, integration, aComplaint({ body: 'x'.repeat(8000) }))
    }
    expect(t.app.io.sockets.sockets.size, `still connected after ${commits} commits`).toBe(0)

    tcp.resume()
    await client.until(await t.store.headSeq(), 15_000)
    expect(client.snapshots).toBe(1) // resumed by replay
    expect(client.gaps).toBe(0)
    expect(client.received).toEqual(Array.from({ length: client.received.length }, (_, i) => i + 2))
    expect(comparable(client.state)).toEqual(await freshSnapshot(t))
  }, 30_000)

  it('[LV5] sends a fresh snapshot when the gap is older than the replay window', async () => {
    const t = await start({ replayLimit: 5 })
    const client = resumingClient(t.url)
    await vi.waitFor(() => expect(client.state).toBeDefined(), WAIT)
    client.socket.disconnect()
    await post(t, 8)
    client.socket.connect()
    await client.until(9)
    expect(client.snapshots).toBe(2)
    expect(comparable(client.state)).toEqual(await freshSnapshot(t))
  })

  it('[LV6] answers a resume mid-stream by replaying, and the client ignores what it already holds', async () => {
    const t = await start()
    const client = new LiveClient(t.socket())
    await post(t, 4)
    await client.until(5)
    client.socket.emit('resume', { afterSeq: 2 }) // as if it had doubted seqs 3..5
    await vi.waitFor(() => expect(client.received.filter((s) => s === 3)).toHaveLength(2), WAIT)
    expect(comparable(client.state)).toEqual(await freshSnapshot(t))
  })

  it('[LV7] refuses a handshake without a valid token, and a malformed resume', async () => {
    const t = await start()
    for (const auth of [{}, { token: 'wrong-token' }, { token: ADMIN_TOKEN, afterSeq: -1 }]) {
      const socket = connect(t.url, {
        path: '/socket.io',
        transports: ['websocket'],
        reconnection: false,
        auth,
      })
      const error = await new Promise<Error>((resolve) => socket.on('connect_error', resolve))
      expect(error.message).toMatch(/^unauthorized/)
      socket.disconnect()
    }
    const client = t.socket()
    const refusal = new Promise((resolve) => client.on('protocol_error', resolve))
    client.emit('resume', { afterSeq: 'yesterday' })
    expect(await refusal).toMatchObject({ code: 'bad_request' })
  })
})
