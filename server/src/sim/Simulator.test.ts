import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import type { DomainEvent } from '@pendopo/shared'
import { pino } from 'pino'
import { afterEach, describe, expect, it, vi } from 'vitest'

import { createTestApp, type TestApp } from '../../test/support/createTestApp.js'
import { ManualClock, PinnableClock } from '../clock.js'

import { liveActivity } from './rhythm.js'
import { SimEngine } from './SimEngine.js'
import { backfill, createSimulator, type SimulatorDeps, type SimulatorOptions } from './Simulator.js'

/** Monday 23 November 2026, 10:00 WIB: rainy season, siaga banjir. */
const NOW = '2026-11-23T03:00:00.000Z'
const MINUTE = 60_000

const open: TestApp[] = []
const dirs: string[] = []
afterEach(async () => {
  vi.useRealTimers()
  for (const t of open.splice(0)) await t.close()
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
})

/** A real app on port 0 with a pinnable manual clock, and the simulator's dependencies on it. */
async function createSimApp(options: Partial<SimulatorOptions> & { dir?: string; at?: string } = {}) {
  const manual = new ManualClock(options.at ?? NOW)
  const clock = new PinnableClock(manual)
  const t = await createTestApp({ clock, ...(options.dir ? { dir: options.dir } : {}) })
  open.push(t)
  const deps: SimulatorDeps = {
    ...t.app.services,
    store: t.store,
    scheduler: t.app.scheduler,
    clock,
    reference: t.app.services.ingest.reference,
    log: pino({ level: 'silent' }),
    options: { enabled: true, eventsPerMinute: 30, seed: 'bojonegoro', historyDays: 14, ...options },
  }
  return { t, manual, clock, deps, engine: new SimEngine(deps) }
}

/** What a run wrote, without the ids the services generate. */
function content(events: readonly DomainEvent[]) {
  return events.map((e) => {
    const d = e.data as Record<string, unknown>
    const summary = e.type === 'complaint.received' ? e.data.summary : undefined
    const issue = 'issue' in e.data ? e.data.issue : undefined
    return [
      e.type,
      e.at,
      e.actor.id,
      summary ? [summary.title, summary.category, summary.desaCode, summary.channel] : null,
      issue ? [issue.kind, issue.desaCode, issue.severity] : null,
      'after' in d ? d.after : null,
    ]
  })
}

async function allEvents(t: TestApp) {
  return t.store.readAfter(0, 1_000_000)
}

// Weeks of history through the real store: seconds when the two cores are shared, not a hang.
describe('the simulator', { timeout: 30_000 }, () => {
  it('[SIM1] writes the same history and live feed for the same seed, and others for another seed', async () => {
    const runs = []
    for (const seed of ['bojonegoro', 'bojonegoro', 'malowopati']) {
      const { t, deps, engine, manual } = await createSimApp({ seed, historyDays: 2 })
      await backfill(engine, deps)
      engine.goLive()
      for (let i = 0; i < 100; i++) {
        manual.advance(engine.nextGap())
        await engine.tick()
      }
      runs.push(content(await allEvents(t)))
    }
    const [a, b, c] = runs
    expect(a!.length).toBeGreaterThan(200)
    expect(b).toEqual(a)
    expect(c).not.toEqual(a)
  })

  it('[SIM2] backfills two and a half weeks: no refusal, every state, red and clean OPDs, SLA verdicts, auto-closes', async () => {
    // 18 days: the reply windows (10 working days) of the first two days' follow-ups have run out.
    const { t, deps, engine, clock } = await createSimApp({ historyDays: 18 })
    await backfill(engine, deps)
    expect(engine.stats.unexpected).toBe(0)
    expect(engine.stats.failed).toBe(0)
    expect(engine.stats.complaints).toBeGreaterThan(18 * 60)
    expect(clock.now()).toBe(Date.parse(NOW)) // released

    const { counters, villageIssues } = await t.store.snapshot({ audience: 'staff', now: clock.now() })
    const positions = Object.entries(counters)
      .filter(([k]) => k.startsWith('p|'))
      .map(([k, n]) => ({ opd: k.split('|')[1]!, state: k.split('|')[2]!, colour: k.split('|')[3]!, n }))
    const states = new Set(positions.map((p) => p.state))
    for (const state of ['RECEIVED', 'VERIFIED', 'DISPOSITIONED', 'FOLLOWED_UP', 'CLOSED', 'ARCHIVED']) {
      expect(states).toContain(state)
    }
    expect(new Set(positions.map((p) => p.colour))).toEqual(
      new Set(['red', 'yellow', 'green', 'blue', 'grey']),
    )
    const agencies = new Map<string, { total: number; red: number }>()
    for (const p of positions.filter((x) => x.opd !== '-')) {
      const a = agencies.get(p.opd) ?? { total: 0, red: 0 }
      a.total += p.n
      if (p.colour === 'red') a.red += p.n
      agencies.set(p.opd, a)
    }
    const busy = [...agencies].filter(([, a]) => a.total >= 10)
    expect(busy.some(([, a]) => a.red > 0)).toBe(true)
    expect(busy.some(([, a]) => a.red === 0)).toBe(true)

    const events = await allEvents(t)
    const types = new Set(events.map((e) => e.type))
    for (const type of [
      'sla.warning',
      'sla.breached',
      'complaint.rated',
      'complaint.reporter_replied',
      'village_issue.reported',
    ]) {
      expect(types).toContain(type)
    }
    expect(events.some((e) => e.type === 'complaint.closed' && e.data.auto)).toBe(true)
    expect(events.some((e) => e.type === 'complaint.not_authority' && e.actor.role === 'operator')).toBe(true)
    expect(villageIssues.some((i) => i.kind === 'flood')).toBe(true) // siaga banjir
    // Every event is in the past, and the log's business time never runs backwards for complaints' own events.
    expect(events.every((e) => Date.parse(e.at) <= Date.parse(NOW))).toBe(true)

    const head = await t.store.headSeq()
    await backfill(new SimEngine(deps), deps)
    expect(await t.store.headSeq()).toBe(head)
  })

  it('[SIM6] live: submits at about the configured rate, never silent for more than 10 s in the day, and moves lifecycles', async () => {
    const { manual, engine } = await createSimApp({ eventsPerMinute: 10 })
    engine.goLive()
    const sent = () => {
      const s = engine.stats
      return s.complaints + s.actions + s.issueReports + s.issueActions
    }
    await engine.tick()
    const before = sent()
    let longest = 0
    const minutes = 30
    for (const end = manual.now() + minutes * MINUTE; manual.now() < end;) {
      const gap = engine.nextGap()
      longest = Math.max(longest, gap)
      manual.advance(gap)
      await engine.tick()
    }
    const perMinute = (sent() - before) / minutes
    // 10 a minute on average over the week; office hours on a Monday carry 3.3 times that (rhythm.ts).
    const expected = 10 * liveActivity(Date.parse(NOW), engine.calendar)
    expect(perMinute).toBeGreaterThan(expected * 0.8)
    expect(perMinute).toBeLessThan(expected * 1.2)
    expect(longest).toBeLessThanOrEqual(10_000)
    expect(engine.stats.unexpected).toBe(0)
    expect(engine.stats.actions).toBeGreaterThan(engine.stats.complaints / 2) // lifecycles move, not just arrivals
  })

  it('[SIM6] runs the live loop on timers, and stop() waits for what is in flight', async () => {
    const { t, deps } = await createSimApp({ eventsPerMinute: 600 })
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    const sim = createSimulator({ ...deps, options: { ...deps.options, historyDays: 0 } })
    await sim.backfill()
    const head = await t.store.headSeq()
    sim.start()
    // The first ticks come within a second each (a freshly opened wall sees motion at once).
    await vi.waitFor(async () => expect(await t.store.headSeq()).toBeGreaterThan(head + 3), {
      timeout: 5_000,
    })
    await sim.stop()
    const stopped = await t.store.headSeq()
    await vi.advanceTimersByTimeAsync(60_000)
    expect(await t.store.headSeq()).toBe(stopped)
  })

  it('[SIM7] after a restart, writes no history again and takes up the complaints waiting in the log', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pendopo-sim-'))
    dirs.push(dir)
    const first = await createSimApp({ dir, historyDays: 3 })
    await backfill(first.engine, first.deps)
    const head = await first.t.store.headSeq()
    await first.t.close()
    open.splice(open.indexOf(first.t), 1)

    const again = await createSimApp({ dir, seed: 'another seed' })
    await backfill(again.engine, again.deps)
    expect(await again.t.store.headSeq()).toBe(head)
    again.engine.goLive()
    for (let i = 0; i < 200; i++) {
      again.manual.advance(again.engine.nextGap())
      await again.engine.tick()
    }
    const later = await again.t.store.readAfter(head, 100_000)
    const before = new Set(
      (await again.t.store.readAfter(0, head))
        .filter((e) => e.type === 'complaint.received')
        .map((e) => e.data.summary.id),
    )
    const adopted = later.filter(
      (e) => 'complaintId' in e.data && before.has(e.data.complaintId) && e.actor.kind === 'simulator',
    )
    expect(adopted.length).toBeGreaterThan(0)
    expect(again.engine.stats.unexpected).toBe(0)
  })
})
