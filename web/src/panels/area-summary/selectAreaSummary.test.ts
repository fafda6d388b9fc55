import type { DashboardState, ReferenceData } from '@pendopo/shared'
import { describe, expect, it } from 'vitest'

import { selectAreaSummary } from './selectAreaSummary.js'

const reference = {
  kecamatan: [
    { code: '35.22.15', name: 'Bojonegoro' },
    { code: '35.22.23', name: 'Trucuk' },
    { code: '35.22.28', name: 'Gayam' },
  ],
} as unknown as ReferenceData

const dashboard = {
  utcOffsetMs: 7 * 3_600_000,
  counters: new Map([
    ['k|35.22.15|green', 10],
    ['k|35.22.15|yellow', 2],
    ['k|35.22.23|red', 4],
    ['k|35.22.23|green', 1],
    ['kh|2026-11-23T08|35.22.23', 3],
    ['kh|2026-11-23T09|35.22.23', 2],
    ['kh|2026-11-22T09|35.22.23', 7], // yesterday
  ]),
  villageIssues: new Map([['i1', { kecamatanCode: '35.22.23' }]]),
} as unknown as DashboardState

const now = Date.parse('2026-11-23T03:00:00.000Z') // 10:00 WIB

describe('selectAreaSummary()', () => {
  it('[AS1] counts open, overdue, today and village issues per kecamatan, most overdue first', () => {
    expect(selectAreaSummary(dashboard, { reference, filter: {}, now })).toEqual([
      { code: '35.22.23', name: 'Trucuk', open: 5, overdue: 4, today: 5, issues: 1 },
      { code: '35.22.15', name: 'Bojonegoro', open: 12, overdue: 0, today: 0, issues: 0 },
      { code: '35.22.28', name: 'Gayam', open: 0, overdue: 0, today: 0, issues: 0 },
    ])
  })

  it("[AS1] keeps to the scene's kecamatan", () => {
    expect(
      selectAreaSummary(dashboard, { reference, filter: { kecamatan: ['35.22.15'] }, now }).map(
        (r) => r.name,
      ),
    ).toEqual(['Bojonegoro'])
  })
})
