import {
  createWorkingCalendar,
  DEFAULT_SLA_POLICY,
  type OpdCode,
  type State,
  transition,
} from '@pendopo/shared'
import { describe, expect, it } from 'vitest'

import { testReference } from '../../test/support/createTestApp.js'
import { loadCalendarFile } from '../reference/loadCalendarFile.js'

import { SimActors } from './actors.js'
import { CategoryDraw } from './categoryDraw.js'
import { addOfficeTime, isOfficeTime } from './officeTime.js'
import { drawFollowUpDays } from './opdSpeed.js'
import { Places } from './places.js'
import { type ComplaintFacts, planComplaint, type PlanContext, type Step } from './planner.js'
import { Random } from './random.js'

const calendar = createWorkingCalendar(loadCalendarFile(), 1)
const reference = testReference()
const START = Date.parse('2026-09-07T00:00:00+07:00')
const HOUR = 3_600_000

function createPlanning(seed = 'plans') {
  const rng = new Random(seed)
  const ctx: PlanContext = {
    rng,
    calendar,
    policy: DEFAULT_SLA_POLICY,
    actors: new SimActors(reference),
    opdName: (opd: OpdCode) => reference.opd(opd)?.shortName ?? opd,
  }
  const places = new Places(reference.geo)
  const categories = new CategoryDraw()
  const facts = (): ComplaintFacts => {
    const desa = places.desa(rng)
    const category = categories.national(rng)
    return {
      category,
      suggestedOpd: category.opd,
      kecamatan: desa.kecamatanCode,
      desaName: desa.name,
      channel: 'whatsapp',
    }
  }
  const plans = (n: number): { receivedAt: number; steps: Step[] }[] =>
    Array.from({ length: n }, (_, i) => {
      const receivedAt = START + i * 0.37 * HOUR
      return { receivedAt, steps: planComplaint(ctx, facts(), receivedAt) }
    })
  return { plans }
}

/**
 * Replays a plan against the lifecycle table, as the server would judge it, with the SLA scheduler's
 * auto-close where it would fall. Returns the first refusal, if any.
 */
function replay(steps: readonly Step[]): string | undefined {
  let state: State = 'RECEIVED'
  let opd: OpdCode | null = null
  let autoCloseAt = Infinity
  for (const { at, actor, action } of steps) {
    if (state === 'FOLLOWED_UP' && at >= autoCloseAt) state = 'CLOSED'
    const outcome = transition({
      state,
      action: action.type,
      role: actor.role,
      actorOpd: actor.opd,
      complaintOpd: opd,
    })
    if (!outcome.ok) return `${action.type} in ${state}: ${outcome.message}`
    if (action.type === 'dispose') opd = action.opd
    if (action.type === 'not_authority') opd = null
    if (action.type === 'follow_up')
      autoCloseAt = calendar.addWorkingDays(at, DEFAULT_SLA_POLICY.autoCloseWorkingDays)
    state = outcome.to
  }
  return undefined
}

describe('the planner', () => {
  it('[SIM5] plans only legal, permitted steps, in time order, in office hours, at whole milliseconds', () => {
    for (const { receivedAt, steps } of createPlanning().plans(3_000)) {
      expect(replay(steps)).toBeUndefined()
      let last = receivedAt
      for (const step of steps) {
        // A fractional instant would make a working-time duration fractional, which the log refuses.
        expect(Number.isInteger(step.at)).toBe(true)
        expect(step.at).toBeGreaterThanOrEqual(last)
        expect(isOfficeTime(step.at, calendar)).toBe(true)
        last = step.at
      }
    }
  })

  it('[SIM5] verifies mostly within a working day, and holds, archives, transfers, replies and rates in believable shares', () => {
    const plans = createPlanning('shares').plans(5_000)
    const share = (test: (steps: Step[]) => boolean) =>
      plans.filter((p) => test(p.steps)).length / plans.length
    const has = (type: string) => (steps: Step[]) => steps.some((s) => s.action.type === type)
    const verifiedWithinADay = plans.filter((p) => {
      const verify = p.steps.find((s) => s.action.type === 'verify')
      return verify && verify.at <= addOfficeTime(calendar, p.receivedAt, 1)
    }).length
    expect(verifiedWithinADay / plans.filter((p) => has('verify')(p.steps)).length).toBeGreaterThan(0.75)
    expect(share(has('hold'))).toBeGreaterThan(0.015)
    expect(share(has('hold'))).toBeLessThan(0.05)
    expect(share(has('archive'))).toBeGreaterThan(0.03)
    expect(share(has('archive'))).toBeLessThan(0.1)
    const disposed = plans.filter((p) => has('dispose')(p.steps))
    const refused = disposed.filter((p) =>
      p.steps.some((s) => s.action.type === 'not_authority' && s.actor.role === 'operator'),
    )
    expect(refused.length / disposed.length).toBeGreaterThan(0.03)
    expect(refused.length / disposed.length).toBeLessThan(0.08)
    const answered = plans.filter((p) => has('follow_up')(p.steps))
    expect(answered.filter((p) => has('reporter_reply')(p.steps)).length / answered.length).toBeCloseTo(
      0.15,
      1,
    )
    expect(answered.filter((p) => has('rate')(p.steps)).length / answered.length).toBeCloseTo(0.4, 1)
    expect(share(has('close'))).toBeGreaterThan(0.01)
  })

  it('[SIM5] makes slow OPDs miss the 5-working-day limit a real share of the time, and fast ones almost never', () => {
    const rng = new Random('speed')
    const lateShare = (opd: string) => {
      let late = 0
      for (let i = 0; i < 4_000; i++) {
        const disposedAt = START + (i % 120) * HOUR + 2 * HOUR
        const at = addOfficeTime(calendar, disposedAt, drawFollowUpDays(rng, opd))
        if (at > calendar.addWorkingDays(disposedAt, 5)) late++
      }
      return late / 4_000
    }
    expect(lateShare('DPUBMPR')).toBeGreaterThan(0.15)
    expect(lateShare('DINSOS')).toBeGreaterThan(0.12)
    expect(lateShare('DISDUKCAPIL')).toBeLessThan(0.01)
    expect(lateShare('BPBD')).toBeLessThan(0.01)
  })
})
