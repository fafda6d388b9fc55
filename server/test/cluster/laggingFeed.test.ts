import type { DomainEvent } from '@pendopo/shared'
import { afterEach, describe, expect, it, vi } from 'vitest'

import { receive } from '../log/commands.js'
import { createTestApp, type TestApp } from '../support/createTestApp.js'
import { aComplaint } from '../support/fixtures.js'
import { comparable, LiveClient } from '../support/liveClient.js'

const open: TestApp[] = []
afterEach(async () => {
  for (const t of open.splice(0)) await t.close()
})

async function start(): Promise<TestApp> {
  const t = await createTestApp()
  open.push(t)
  return t
}

/**
 * Commits straight to the store, past the app's committer: what another process's commit looks like
 * here before its broadcast arrives (or a commit a PostgreSQL read sees before its own announce ran).
 */
async function commitElsewhere(t: TestApp): Promise<readonly DomainEvent[]> {
  const [outcome] = await t.store.commit([receive(t.clock.now())])
  if (!outcome?.ok) throw new Error('the direct commit was refused')
  return outcome.events
}

describe('a client caught up while the feed lags the store', () => {
  it('[CL5] goes live only once the feed has published what its snapshot holds: each seq once, no gap', async () => {
    const t = await start()
    const elsewhere = await commitElsewhere(t)
    const head = await t.store.headSeq()
    expect(t.app.feed.published).toBe(head - elsewhere.length) // the feed has not heard of it

    const client = new LiveClient(t.socket())
    await vi.waitFor(() => expect(client.state?.seq).toBe(head)) // the snapshot holds it already
    await t.api('/api/v1/complaints', { body: aComplaint() }) // a local commit after the gap
    t.app.feed.offer(elsewhere) // the broadcast, late

    await client.until(head + 1)
    expect(client.received).toEqual([head + 1])
    expect(client.gaps).toBe(0)
    const fresh = new LiveClient(t.socket())
    await vi.waitFor(() => expect(fresh.state).toBeDefined())
    expect(comparable(client.state)).toEqual(comparable(fresh.state))
  })

  it('[CL5] is brought live by the feed reading the store when no broadcast ever comes', async () => {
    const t = await start()
    await commitElsewhere(t) // its process died before broadcasting
    const head = await t.store.headSeq()

    const client = new LiveClient(t.socket())
    await vi.waitFor(() => expect(client.state?.seq).toBe(head))
    await vi.waitFor(() => expect(t.app.feed.published).toBe(head)) // read after GAP_WAIT_MS
    await t.api('/api/v1/complaints', { body: aComplaint() })
    await client.until(head + 1)
    expect(client.received).toEqual([head + 1])
  })
})
