import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import type { ComplaintRecord, DomainEvent } from '@pendopo/shared'
import { afterEach, describe, expect, it, vi } from 'vitest'

import { ManualClock } from '../src/clock.js'

import { createTestApp, type TestApp } from './support/createTestApp.js'
import { aComplaint } from './support/fixtures.js'

/**
 * How long a check may wait: on PostgreSQL (the server-postgres project) and a loaded CI machine, a round
 * of reads can take longer than vitest's default second.
 */
const WAIT = { timeout: 5_000 }

const HOUR = 3_600_000
const DAY = 24 * HOUR

const open: TestApp[] = []
const dirs: string[] = []
afterEach(async () => {
  for (const t of open.splice(0)) await t.close()
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
})

async function start(clock: ManualClock, dir?: string): Promise<TestApp> {
  const t = await createTestApp({ clock, ...(dir ? { dir } : {}) })
  open.push(t)
  return t
}

async function receive(t: TestApp): Promise<ComplaintRecord['id']> {
  const res = await t.api('/api/v1/complaints', {
    body: aComplaint({ reportedAt: new Date(t.clock.now()).toISOString() }),
  })
  expect(res.status).toBe(201)
  return ((await res.json()) as { id: ComplaintRecord['id'] }).id
}

/** The SLA events of one complaint: type, clock and the instant the event records. */
async function slaTrail(t: TestApp, id: ComplaintRecord['id']) {
  return (await t.store.complaintHistory(id))
    .filter((e): e is Extract<DomainEvent, { type: `sla.${string}` }> => e.type.startsWith('sla.'))
    .map((e) => [e.type, 'clock' in e.data ? e.data.clock : null, e.at])
}

describe('the SLA scheduler', () => {
  it('[SLA1] fires the warning, the breach and the auto-close once each, in order, at their due instants', async () => {
    const clock = new ManualClock('2026-11-23T02:00:00.000Z') // Mon 23 Nov 2026, 09:00 WIB
    const t = await start(clock)
    const id = await receive(t)

    // Walk two weeks an hour at a time, running the scheduler at each step as its loop would.
    for (let i = 0; i < 7 * 24; i++) {
      clock.advance(HOUR)
      await t.app.scheduler.runDue()
    }
    expect(await slaTrail(t, id)).toEqual([
      // 80 % of the 87 working hours from Mon 09:00 to the end of Thu: Thu 26 Nov 06:36 WIB.
      ['sla.warning', 'verify', '2026-11-25T23:36:00.000Z'],
      ['sla.breached', 'verify', '2026-11-26T17:00:00.000Z'],
    ])
    const breached = await t.store.complaint(id)
    expect(breached).toMatchObject({ colour: 'red', clocks: { verify: { status: 'breached' } } })

    // Mon 30 Nov: verified and disposed; the OPD follows up the next day, in time.
    const act = (body: unknown) => t.api(`/api/v1/complaints/${id}/actions`, { body })
    await act({ type: 'verify' })
    await act({ type: 'dispose', opd: 'DPUBMPR' })
    clock.advance(DAY)
    expect((await act({ type: 'follow_up', text: 'Sudah ditambal.' })).status).toBe(200)
    const followedUp = await t.store.complaint(id)
    expect(followedUp?.clocks.verify?.status).toBe('late') // the verdict stays: it was verified after its deadline
    expect(followedUp?.clocks.followUp?.status).toBe('met')
    // 10 working days after Tue 1 Dec: the end of Tue 15 Dec.
    expect(followedUp?.clocks.autoClose?.dueAt).toBe('2026-12-15T17:00:00.000Z')

    for (let i = 0; i < 20; i++) {
      clock.advance(DAY)
      await t.app.scheduler.runDue()
    }
    const closed = await t.store.complaint(id)
    expect(closed).toMatchObject({ state: 'CLOSED', colour: 'blue' })
    const closes = (await t.store.complaintHistory(id)).filter((e) => e.type === 'complaint.closed')
    expect(closes).toEqual([
      expect.objectContaining({
        at: '2026-12-15T17:00:00.000Z',
        data: expect.objectContaining({ auto: true }),
      }),
    ])
    expect(await t.app.scheduler.runDue()).toBe(0) // nothing fires twice
  })

  it('[SLA2] after a restart, fires everything that fell due while it was down, exactly once and in order', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pendopo-sla-'))
    dirs.push(dir)
    const clock = new ManualClock('2026-11-23T02:00:00.000Z')
    const first = await start(clock, dir)
    const ids = [await receive(first), await receive(first)]
    await first.close()
    open.splice(open.indexOf(first), 1)

    clock.advance(10 * DAY) // down for ten days
    const second = await start(clock, dir)
    const fired = await second.app.scheduler.runDue()
    expect(fired).toBe(4)
    for (const id of ids) {
      expect((await slaTrail(second, id)).map(([type, c]) => `${String(type)}:${String(c)}`)).toEqual([
        'sla.warning:verify',
        'sla.breached:verify',
      ])
    }
    // Due order across complaints: the log's SLA events have non-decreasing due instants.
    const slaEvents = (await second.store.readAfter(0, 1000)).filter((e) => e.type.startsWith('sla.'))
    const instants = slaEvents.map((e) => Date.parse(e.at))
    expect(instants).toEqual([...instants].sort((a, b) => a - b))
    expect(await second.app.scheduler.runDue()).toBe(0)

    // A third start fires nothing again.
    await second.close()
    open.splice(open.indexOf(second), 1)
    const third = await start(clock, dir)
    expect(await third.app.scheduler.runDue()).toBe(0)
    expect((await third.store.readAfter(0, 1000)).filter((e) => e.type.startsWith('sla.'))).toHaveLength(4)
  })

  it('[SLA3] gives a deadline that passed while the scheduler lagged its verdict before the late action', async () => {
    const clock = new ManualClock('2026-11-23T02:00:00.000Z')
    const t = await start(clock)
    const id = await receive(t)
    clock.advance(5 * DAY) // Sat 28 Nov: the scheduler never ran
    expect((await t.api(`/api/v1/complaints/${id}/actions`, { body: { type: 'verify' } })).status).toBe(200)
    const types = (await t.store.complaintHistory(id)).map((e) => e.type)
    expect(types).toEqual(['complaint.received', 'sla.warning', 'sla.breached', 'complaint.verified'])
    expect(await t.app.scheduler.runDue()).toBe(0)
  })

  it('[SLA4] runs on its own once started, catching up at once', async () => {
    const clock = new ManualClock('2026-11-23T02:00:00.000Z')
    const t = await start(clock)
    const id = await receive(t)
    clock.advance(4 * DAY)
    t.app.scheduler.start()
    await vi.waitFor(async () => expect(await slaTrail(t, id)).toHaveLength(2), WAIT)
  })
})

describe('calendar amendments', () => {
  const amend = (t: TestApp, body: unknown) => t.api('/api/v1/calendar/amendments', { body })

  it('[SLA5] moves running deadlines and leaves verdicts already given alone', async () => {
    const clock = new ManualClock('2026-11-16T02:00:00.000Z') // Mon 16 Nov, 09:00 WIB
    const t = await start(clock)
    const old = await receive(t) // verify due end of Thu 19 Nov
    clock.set('2026-11-23T02:00:00.000Z')
    await t.app.scheduler.runDue()
    expect((await t.store.complaint(old))?.clocks.verify?.status).toBe('breached')
    const running = await receive(t) // verify due end of Thu 26 Nov

    // A decree makes Wed 25 Nov 2026 (Hari Guru, say) a cuti bersama, and takes back nothing.
    const res = await amend(t, {
      add: [{ date: '2026-11-25', kind: 'collective_leave', name: 'Cuti bersama (contoh keputusan)' }],
      reason: 'Keppres contoh',
      expectedVersion: 1,
    })
    expect(res.status).toBe(200)
    expect(await res.json()).toMatchObject({ version: 2, rescheduled: 1 })

    const moved = await t.store.complaint(running)
    expect(moved?.clocks.verify).toMatchObject({
      dueAt: '2026-11-27T17:00:00.000Z',
      calendarVersion: 2,
      status: 'running',
    })
    expect(moved?.clocks.legalCap?.calendarVersion).toBe(1) // 60 calendar days do not care about leave days
    const kept = await t.store.complaint(old)
    expect(kept?.clocks.verify).toMatchObject({
      dueAt: '2026-11-19T17:00:00.000Z',
      status: 'breached',
      calendarVersion: 1,
    })
    expect((await t.store.complaintHistory(running)).map((e) => e.type)).toContain('sla.rescheduled')
    expect((await t.store.complaintHistory(old)).map((e) => e.type)).not.toContain('sla.rescheduled')

    // New complaints use the amended calendar.
    const fresh = await receive(t)
    expect((await t.store.complaint(fresh))?.clocks.verify).toMatchObject({
      dueAt: '2026-11-27T17:00:00.000Z',
      calendarVersion: 2,
    })
    expect(((await (await t.api('/api/v1/calendar')).json()) as { version: number }).version).toBe(2)
  })

  it('[SLA6] refuses an amendment that does not apply, or was made on an old version, writing nothing', async () => {
    const t = await start(new ManualClock('2026-11-23T02:00:00.000Z'))
    const head = await t.store.headSeq()
    const missing = await amend(t, { remove: ['2026-11-24'], reason: 'keliru' })
    expect(missing.status).toBe(422)
    expect(await missing.json()).toMatchObject({ error: expect.stringMatching(/2026-11-24/) })
    const stale = await amend(t, { remove: ['2026-12-25'], reason: 'contoh', expectedVersion: 7 })
    expect(stale.status).toBe(409)
    const empty = await amend(t, { reason: 'kosong' })
    expect(empty.status).toBe(422)
    expect(await t.store.headSeq()).toBe(head)
  })
})
