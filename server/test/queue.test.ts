import { toMillis } from '@pendopo/shared'
import { afterEach, describe, expect, it } from 'vitest'

import { ManualClock } from '../src/clock.js'

import { createTestApp, type TestApp } from './support/createTestApp.js'
import { allPages, aWeekOfWork, queue } from './support/queueWork.js'

const open: TestApp[] = []
afterEach(async () => {
  for (const t of open.splice(0)) await t.close()
})

async function start(clock: ManualClock): Promise<TestApp> {
  const t = await createTestApp({ clock })
  open.push(t)
  return t
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
})
