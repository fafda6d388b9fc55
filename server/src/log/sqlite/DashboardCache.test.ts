import { DEFAULT_SLA_POLICY } from '@pendopo/shared'
import { pino } from 'pino'
import { afterEach, describe, expect, it } from 'vitest'

import { createTestApp, type TestApp } from '../../../test/support/createTestApp.js'
import { ManualClock, PinnableClock } from '../../clock.js'
import { SimEngine } from '../../sim/SimEngine.js'
import { backfill, type SimulatorDeps } from '../../sim/Simulator.js'

import { SqliteEventStore } from './SqliteEventStore.js'

/** Monday 23 November 2026, 10:00 WIB. */
const NOW = Date.parse('2026-11-23T03:00:00.000Z')

const open: Array<{ close(): Promise<void> }> = []
afterEach(async () => {
  for (const o of open.splice(0)) await o.close()
})

describe('the dashboard cache', () => {
  it('kept up to date commit by commit, shows what a fresh load from the tables shows', async () => {
    const manual = new ManualClock(NOW)
    const clock = new PinnableClock(manual)
    const t: TestApp = await createTestApp({ clock })
    open.push(t)
    // Loaded now, on a log with no complaint: everything after comes through commits.
    expect((await t.store.snapshot({ audience: 'staff', now: NOW })).recent).toEqual([])
    const deps: SimulatorDeps = {
      ...t.app.services,
      store: t.store,
      scheduler: t.app.scheduler,
      clock,
      reference: t.app.services.ingest.reference,
      log: pino({ level: 'silent' }),
      options: { enabled: true, eventsPerMinute: 30, seed: 'bojonegoro', historyDays: 10 },
    }
    await backfill(new SimEngine(deps), deps)

    const kept = await t.store.snapshot({ audience: 'staff', now: NOW })
    const fresh = new SqliteEventStore({
      path: t.dbPath,
      decisions: { policy: DEFAULT_SLA_POLICY },
      log: pino({ level: 'silent' }),
    })
    open.push(fresh)
    expect(kept.points.tracking.length).toBeGreaterThan(100)
    expect(new Set(kept.points.colour).size).toBeGreaterThan(2)
    expect(Object.keys(kept.counters).length).toBeGreaterThan(1000)
    expect(kept.recent).toHaveLength(100)
    expect(await fresh.snapshot({ audience: 'staff', now: NOW })).toEqual(kept)
  }, 30_000) // ten days of history: a few seconds on a busy machine
})
