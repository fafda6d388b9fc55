import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { SqliteEventStore } from '../src/log/sqlite/SqliteEventStore.js'

import { createTestApp, type TestApp } from './support/createTestApp.js'
import { aComplaint } from './support/fixtures.js'
import { comparable, LiveClient } from './support/liveClient.js'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

const headSeq = () => t.store.headSeq()
/** The disk is SQLite's file: this suite runs on the embedded store only. */
const sqlite = () => {
  if (!(t.store instanceof SqliteEventStore)) throw new Error('the disk-full suite needs the SQLite store')
  return t.store
}
const health = async () => {
  const res = await t.api('/healthz', { token: null })
  return { status: res.status, body: (await res.json()) as { status: string; error?: string } }
}

describe('a full disk', () => {
  it('[DF1] answers 503 and turns /healthz unhealthy, writes nothing of what it refused, and recovers when space returns', async () => {
    for (let i = 0; i < 3; i++)
      expect((await t.api('/api/v1/complaints', { body: aComplaint() })).status).toBe(201)
    const live = new LiveClient(t.socket())
    await live.until(await headSeq())

    // The file may not grow: the first complaint that needs a new page is refused (some fit in pages
    // already there, and are taken: they are durable).
    sqlite().holdFileSize(true)
    let refused: { body: ReturnType<typeof aComplaint>; res: Response } | undefined
    for (let i = 0; i < 500 && !refused; i++) {
      const body = aComplaint({
        body: `Keluhan ${i}: ${'jalan rusak parah, mohon segera diperbaiki. '.repeat(40)}`,
      })
      const res = await t.api('/api/v1/complaints', { body })
      if (res.status === 503) refused = { body, res }
      else expect(res.status).toBe(201)
    }
    if (!refused) throw new Error('500 complaints fitted in a file held at its size')
    expect(refused.res.headers.get('retry-after')).toBe('5')
    expect(((await refused.res.json()) as { error: string }).error).toMatch(
      /event store is unavailable.*nothing was recorded/,
    )

    const unhealthy = await health()
    expect(unhealthy.status).toBe(503)
    expect(unhealthy.body.error).toMatch(/refused writes since .*full/)

    // Nothing of the refused batch: the head did not move past what was answered 201, the projections
    // are what the log alone gives, and no client was sent an event for it.
    const head = await headSeq()
    const projected = await t.store.snapshot({ audience: 'staff', now: t.clock.now() })
    await t.store.rebuildProjections().catch(() => undefined) // may itself need pages; then it rolls back
    expect(await t.store.snapshot({ audience: 'staff', now: t.clock.now() })).toEqual(projected)
    await live.until(head)
    expect(live.seq).toBe(head)

    // Space returns: the same complaint is new (it was never recorded), and health comes back with it.
    sqlite().holdFileSize(false)
    const retried = await t.api('/api/v1/complaints', { body: refused.body })
    expect(retried.status).toBe(201)
    expect(((await retried.json()) as { seq: number }).seq).toBe(head + 1)
    expect(await health()).toEqual({ status: 200, body: { status: 'ok' } })

    // The client goes on with no gap, and holds what a fresh snapshot holds.
    await live.until(head + 1)
    expect(live.received).toEqual(
      Array.from({ length: live.received.length }, (_, i) => live.received[0]! + i),
    )
    const fresh = new LiveClient(t.socket())
    await fresh.until(head + 1)
    expect(comparable(live.state)).toEqual(comparable(fresh.state))
  })
})
