import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { type ComplaintRecord, nextDue, type QueuePage, toMillis } from '@pendopo/shared'
import Database from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'

import { ManualClock } from '../src/clock.js'

import { createTestApp, TEST_STORE, type TestApp } from './support/createTestApp.js'
import { aComplaint } from './support/fixtures.js'

const DAY = 24 * 3_600_000

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

async function act(t: TestApp, id: string, action: Record<string, unknown>): Promise<void> {
  const res = await t.api(`/api/v1/complaints/${id}/actions`, { body: action })
  expect(res.status, await res.clone().text()).toBe(200)
}

async function queue(t: TestApp, query: string, token?: string): Promise<QueuePage> {
  const res = await t.api(`/api/v1/complaints?${query}`, token ? { token } : {})
  expect(res.status, await res.clone().text()).toBe(200)
  return (await res.json()) as QueuePage
}

/** Every page of a query, `limit` rows at a time, following `next`. */
async function allPages(t: TestApp, query: string, limit: number): Promise<string[]> {
  const ids: string[] = []
  let after: string | null = null
  do {
    const page: QueuePage = await queue(
      t,
      `${query}&limit=${limit}${after ? `&after=${encodeURIComponent(after)}` : ''}`,
    )
    ids.push(...page.items.map((item) => item.id))
    after = page.next
  } while (after)
  return ids
}

/**
 * Five complaints a week apart in their lives: one overdue for verification, one dispositioned and overdue
 * for its follow-up, one followed up (only the reporter's window runs), one fresh, one closed.
 */
async function aWeekOfWork(t: TestApp, clock: ManualClock) {
  const overdue = await receive(t) // Mon 09:00: verification due Thu 00:00, breached by Sat
  const lateOpd = await receive(t)
  await act(t, lateOpd, { type: 'verify' })
  await act(t, lateOpd, { type: 'dispose', opd: 'DPUBMPR' })
  const answered = await receive(t)
  await act(t, answered, { type: 'verify' })
  await act(t, answered, { type: 'dispose', opd: 'DINSOS' })
  const closed = await receive(t)
  await act(t, closed, { type: 'archive', reason: 'duplikat laporan lain' })
  clock.advance(9 * DAY) // Wed of the next week: both clocks breached
  await t.app.scheduler.runDue()
  await act(t, answered, { type: 'follow_up', text: 'Bantuan sudah disalurkan.' })
  const fresh = await receive(t)
  return { overdue, lateOpd, answered, fresh, closed }
}

describe('the queue', () => {
  it('[Q1] sort=due puts overdue work first, then by the deadline a row shows, closed complaints last; paging keeps the order', async () => {
    const clock = new ManualClock('2026-11-23T02:00:00.000Z') // Mon 23 Nov 2026, 09:00 WIB
    const t = await start(clock)
    const c = await aWeekOfWork(t, clock)

    const { items } = await queue(t, 'sort=due')
    expect(items.map((item) => item.id)).toEqual([c.overdue, c.lateOpd, c.fresh, c.answered, c.closed])
    expect(items.map((item) => item.clock)).toEqual(['verify', 'followUp', 'verify', 'autoClose', null])
    // The order is the one the rows show: each row's own deadline, ascending, none last.
    const shown = items.map((item) => (item.dueAt === null ? Infinity : toMillis(item.dueAt)))
    expect(shown).toEqual([...shown].sort((a, b) => a - b))
    expect(shown[0]).toBeLessThan(clock.now())

    const descending = await queue(t, 'sort=due&order=desc')
    expect(descending.items.map((item) => item.id)).toEqual(items.map((item) => item.id).reverse())
    expect(await allPages(t, 'sort=due', 2)).toEqual(items.map((item) => item.id))
  })

  it('[Q2] opd=- is the pile no OPD holds yet, alone or beside named OPDs; the access matrix has who may ask', async () => {
    const clock = new ManualClock('2026-11-23T02:00:00.000Z')
    const t = await start(clock)
    const c = await aWeekOfWork(t, clock)

    const ids = async (query: string) => (await queue(t, query)).items.map((item) => item.id).sort()
    expect(await ids('opd=-')).toEqual([c.overdue, c.closed, c.fresh].sort())
    expect(await ids('opd=-&open=true')).toEqual([c.overdue, c.fresh].sort())
    expect(await ids('opd=-,DPUBMPR')).toEqual([c.overdue, c.closed, c.fresh, c.lateOpd].sort())
    expect(await ids('opd=DPUBMPR')).toEqual([c.lateOpd])
    expect((await queue(t, 'opd=-,DPUBMPR')).total).toBe(4)
  })

  // SQLite's own upgrade path: the PostgreSQL schema was born with the column.
  it.runIf(TEST_STORE === 'sqlite')(
    '[Q3] a database from before the deadline column gets it filled from each record on upgrade',
    async () => {
      const clock = new ManualClock('2026-11-23T02:00:00.000Z')
      const dir = mkdtempSync(join(tmpdir(), 'pendopo-queue-'))
      dirs.push(dir)
      const first = await start(clock, dir)
      const c = await aWeekOfWork(first, clock)
      const before = (await queue(first, 'sort=due')).items.map((item) => item.id)
      await first.close()
      open.splice(open.indexOf(first), 1)

      // Back to schema 4, as a regency's file from the previous release is.
      const db = new Database(join(dir, 'pendopo.db'))
      db.exec('DROP INDEX complaints_by_due; ALTER TABLE complaints DROP COLUMN due_at')
      db.pragma('user_version = 4')
      db.close()

      const upgraded = await start(clock, dir)
      const rows = new Database(join(dir, 'pendopo.db'), { readonly: true })
      const stored = rows.prepare('SELECT due_at, record FROM complaints').all() as Array<{
        due_at: number | null
        record: string
      }>
      rows.close()
      expect(stored).toHaveLength(5)
      for (const row of stored) {
        const { dueAt } = nextDue(JSON.parse(row.record) as ComplaintRecord)
        expect(row.due_at).toBe(dueAt === null ? null : toMillis(dueAt))
      }
      expect((await queue(upgraded, 'sort=due')).items.map((item) => item.id)).toEqual(before)
      expect(before[0]).toBe(c.overdue)
    },
  )
})
