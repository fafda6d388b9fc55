import { type DashboardState, UrgentRuleSchema } from '@pendopo/shared'
import { describe, expect, it } from 'vitest'

import { findSpike } from './spike.js'

const WIB = 7 * 3_600_000
const rule = UrgentRuleSchema.parse({ minReports: 8, ratio: 3, windowHours: 2 })
const now = Date.parse('2026-11-23T05:30:00.000Z') // 12:30 WIB

function dashboard(counters: Record<string, number>): DashboardState {
  return { utcOffsetMs: WIB, counters: new Map(Object.entries(counters)) } as unknown as DashboardState
}

/** A week of ordinary reports: one every four hours in each kecamatan named. */
function usualWeek(kecamatan: string[]): Record<string, number> {
  const out: Record<string, number> = {}
  for (let h = 3; h < 7 * 24; h += 4) {
    const hour = new Date(now + WIB - h * 3_600_000).toISOString().slice(0, 13)
    for (const k of kecamatan) out[`kh|${hour}|${k}`] = 1
  }
  return out
}

describe('findSpike()', () => {
  it('[WL3] finds the kecamatan whose reports jumped in the last two hours', () => {
    const spike = findSpike(
      dashboard({
        ...usualWeek(['35.22.23', '35.22.15']),
        'kh|2026-11-23T12|35.22.23': 9,
        'kh|2026-11-23T11|35.22.23': 6,
        'kh|2026-11-23T12|35.22.15': 1,
      }),
      rule,
      now,
    )
    expect(spike).toMatchObject({ kecamatanCode: '35.22.23', reports: 15 })
    expect(spike?.usual).toBeCloseTo(0.5, 1)
  })

  it('[WL3] does not call a busy kecamatan urgent when it is always that busy', () => {
    const busy: Record<string, number> = {}
    for (let h = 0; h < 7 * 24; h++)
      busy[`kh|${new Date(now + WIB - h * 3_600_000).toISOString().slice(0, 13)}|35.22.15`] = 5
    expect(findSpike(dashboard(busy), rule, now)).toBeNull()
  })

  it('[WL3] needs a minimum number of reports, however quiet the kecamatan was', () => {
    expect(findSpike(dashboard({ 'kh|2026-11-23T12|35.22.27': 4 }), rule, now)).toBeNull()
    expect(findSpike(dashboard({ 'kh|2026-11-23T12|35.22.27': 8 }), rule, now)?.kecamatanCode).toBe(
      '35.22.27',
    )
  })
})
