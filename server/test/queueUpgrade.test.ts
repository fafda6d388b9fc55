import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { type ComplaintRecord, nextDue, toMillis } from '@pendopo/shared'
import Database from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'

import { ManualClock } from '../src/clock.js'

import { createTestApp, type TestApp } from './support/createTestApp.js'
import { aWeekOfWork, queue } from './support/queueWork.js'

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

// SQLite's own upgrade path (the PostgreSQL schema was born with the column): the `server` project only.
describe('the queue on an upgraded SQLite file', () => {
  it('[Q3] a database from before the deadline column gets it filled from each record on upgrade', async () => {
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
  })
})
