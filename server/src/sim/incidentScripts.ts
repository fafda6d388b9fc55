import type { IncidentKit, IncidentTask, Severity } from './incidentTasks.js'
import { PEOPLE_PER_HOUSEHOLD } from './incidentTasks.js'
import * as text from './issueTexts.js'
import type { Random } from './random.js'
import { DAY_MS, HOUR_MS, MINUTE_MS, wib, wibIso } from './wib.js'

/**
 * What happens in each kind of incident, and when. A flood on the Bengawan Solo hits a few desa of one
 * kecamatan: BPBD reports each, citizens write for some hours, BPBD updates the alert level within a day
 * or so and resolves it when the water is gone. A drought lasts weeks, with weekly water deliveries,
 * until the rains return. The durations are our estimates.
 */

const FLOOD_TOPICS = [
  ['lingkungan.banjir', 70],
  ['pupr.sumber-daya-air', 10],
  ['pupr.drainase', 10],
  ['pupr.jalan-desa', 10],
] as const
const DROUGHT_TOPICS = [
  ['lingkungan.kekeringan', 55],
  ['energi-sda.gangguan-air', 20],
  ['energi-sda.air-minum-lainnya', 25],
] as const
const ROAD_TOPICS = [
  ['pupr.jalan-desa', 80],
  ['pupr.jembatan', 20],
] as const

const clampSeverity = (n: number): Severity => (n <= 1 ? 1 : n >= 3 ? 3 : 2)
const people = (households: number) => Math.round(households * PEOPLE_PER_HOUSEHOLD)

/** An incident's tasks, and when it is over. */
export interface Script {
  readonly tasks: IncidentTask[]
  readonly endsAt: number
}

/** A flood on the Bengawan Solo: a few desa of one riverside kecamatan. */
export function flood(kit: IncidentKit, start: number, burst: number): Script {
  const { rng, places } = kit
  const kecamatan = places.riversideKecamatan(rng)
  const desas = places.severalIn(rng, kecamatan.code, rng.int(2, 5))
  const level = kit.severity([45, 40, 15])
  const tasks: IncidentTask[] = []
  let endsAt = start
  desas.forEach((desa, i) => {
    const reportAt = start + i * rng.int(5, 40) * MINUTE_MS
    const households = rng.int(20, 120) * level
    const report = kit.report({
      at: reportAt,
      desa,
      kind: 'flood',
      system: 'bpbd',
      fields: {
        severity: level,
        title: text.floodTitle(desa),
        description: text.floodDescription(rng, level),
        startedAt: wibIso(reportAt - rng.int(30, 180) * MINUTE_MS),
        affected: { households, people: people(households) },
      },
    })
    const rising = rng.chance(0.4)
    const updateAt = reportAt + rng.uniform(6, 30) * HOUR_MS
    const now = Math.round(households * (rising ? rng.uniform(1.2, 1.8) : rng.uniform(0.6, 0.9)))
    const resolveAt = updateAt + rng.uniform(1.5, 6) * DAY_MS
    tasks.push(
      report,
      kit.act(report, updateAt, {
        type: 'update',
        severity: clampSeverity(level + (rising ? 1 : -1)),
        affected: { households: now, people: people(now) },
        note: text.floodUpdate(rng, rising),
      }),
      kit.act(report, resolveAt, { type: 'resolve', note: text.floodResolved(rng) }),
    )
    endsAt = Math.max(endsAt, resolveAt)
  })
  const count = rng.int(2, 4) * desas.length
  tasks.push(...kit.arrivals(desas, { from: start, hours: rng.uniform(3, 8) * burst, count }, FLOOD_TOPICS))
  return { tasks, endsAt }
}

/** Wells run dry in a few desa of one drought-prone kecamatan; BPBD delivers water weekly until the rains. */
export function drought(kit: IncidentKit, start: number, burst: number): Script {
  const { rng, places } = kit
  const kecamatan = places.droughtProneKecamatan(rng)
  const desas = places.severalIn(rng, kecamatan.code, rng.int(1, 3))
  const tasks: IncidentTask[] = []
  const rains = rainsReturn(rng, start)
  let endsAt = start
  for (const desa of desas) {
    const households = rng.int(40, 300)
    const report = kit.report({
      at: start,
      desa,
      kind: 'drought',
      system: 'bpbd',
      fields: {
        severity: kit.severity([55, 35, 10]),
        title: text.droughtTitle(desa),
        description: text.droughtDescription(),
        startedAt: wibIso(start - rng.int(3, 10) * DAY_MS),
        affected: { households, people: people(households) },
      },
    })
    tasks.push(report)
    const end = Math.min(start + rng.uniform(21, 56) * DAY_MS, rains)
    for (let week = 1; start + week * 7 * DAY_MS < end; week++) {
      tasks.push(
        kit.act(report, start + week * 7 * DAY_MS, { type: 'update', note: text.droughtUpdate(rng, week) }),
      )
    }
    tasks.push(kit.act(report, end, { type: 'resolve', note: text.droughtResolved() }))
    endsAt = Math.max(endsAt, end)
  }
  const count = rng.int(2, 5) * desas.length
  tasks.push(...kit.arrivals(desas, { from: start, hours: 7 * 24 * burst, count }, DROUGHT_TOPICS))
  return { tasks, endsAt }
}

/** A village road found broken: Dinas PU Bina Marga lists it until it is repaired. */
export function road(kit: IncidentKit, start: number, burst: number): Script {
  const { rng, places } = kit
  const desa = places.ruralDesa(rng)
  const report = kit.report({
    at: start,
    desa,
    kind: 'road',
    system: 'dpubmpr',
    fields: {
      severity: kit.severity([60, 35, 5]),
      title: text.roadTitle(desa),
      description: text.roadDescription(rng),
      startedAt: wibIso(start - rng.int(1, 14) * DAY_MS),
      affected: { households: rng.int(50, 400) },
    },
  })
  const scheduled = start + rng.uniform(5, 15) * DAY_MS
  const repaired = scheduled + rng.uniform(9, 30) * DAY_MS
  const tasks = [
    report,
    kit.act(report, scheduled, { type: 'update', note: text.roadScheduled() }),
    kit.act(report, repaired, { type: 'resolve', note: text.roadRepaired(rng) }),
    ...kit.arrivals([desa], { from: start, hours: 5 * 24 * burst, count: rng.int(1, 3) }, ROAD_TOPICS),
  ]
  return { tasks, endsAt: repaired }
}

/** Stunting found at the posyandu weighing: Dinkes follows the desa for weeks. */
export function stunting(kit: IncidentKit, start: number): Script {
  const { rng, places } = kit
  const desa = places.ruralDesa(rng)
  const children = rng.int(3, 15)
  const report = kit.report({
    at: start,
    desa,
    kind: 'stunting',
    system: 'dinkes',
    fields: {
      severity: kit.severity([70, 30, 0]),
      title: text.stuntingTitle(desa),
      description: text.stuntingDescription(children),
      startedAt: wibIso(start - rng.int(1, 5) * DAY_MS),
      affected: { households: children, people: children },
    },
  })
  const checked = start + rng.uniform(10, 20) * DAY_MS
  const done = checked + rng.uniform(30, 60) * DAY_MS
  const tasks = [
    report,
    kit.act(report, checked, { type: 'update', note: text.stuntingUpdate() }),
    kit.act(report, done, { type: 'resolve', note: text.stuntingResolved() }),
  ]
  return { tasks, endsAt: done }
}

/** The rains return in the first half of November (09:00 WIB on a day from the 1st to the 15th). */
function rainsReturn(rng: Random, from: number): number {
  const { year, month } = wib(from)
  const nextYear = month >= 11 ? year + 1 : year
  return Date.UTC(nextYear, 10, rng.int(1, 15), 2)
}
