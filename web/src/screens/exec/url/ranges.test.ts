import { SNAPSHOT_DAYS } from '@pendopo/shared'
import { describe, expect, it } from 'vitest'

import { comparisonDates, offsetText, rangeDates, rangeInstants, RANGES } from './ranges.js'

const WIB = 7 * 3_600_000

describe('time ranges', () => {
  it('[EX2] gives the local dates of each range, oldest first', () => {
    // 2026-11-25 is a Wednesday.
    expect(rangeDates('today', '2026-11-25')).toEqual(['2026-11-25'])
    expect(rangeDates('week', '2026-11-25')).toEqual(['2026-11-23', '2026-11-24', '2026-11-25'])
    expect(rangeDates('7d', '2026-11-25')).toEqual([
      '2026-11-19',
      '2026-11-20',
      '2026-11-21',
      '2026-11-22',
      '2026-11-23',
      '2026-11-24',
      '2026-11-25',
    ])
    expect(rangeDates('14d', '2026-11-25')[0]).toBe('2026-11-12')
  })

  it('[EX2] starts the week on Monday, and a Sunday ends it', () => {
    expect(rangeDates('week', '2026-11-23')).toEqual(['2026-11-23'])
    expect(rangeDates('week', '2026-11-29')).toHaveLength(7)
    expect(rangeDates('week', '2026-11-29')[0]).toBe('2026-11-23')
  })

  it('[EX2] never asks for more days than a snapshot carries', () => {
    for (const range of RANGES) {
      for (const today of ['2026-11-23', '2026-11-29', '2026-12-31']) {
        expect(rangeDates(range, today).length).toBeLessThanOrEqual(SNAPSHOT_DAYS)
      }
    }
  })

  it('[EX2] spans local midnight to local midnight, with the regency’s offset', () => {
    expect(offsetText(WIB)).toBe('+07:00')
    expect(offsetText(-(3 * 3_600_000 + 30 * 60_000))).toBe('-03:30')
    expect(rangeInstants(['2026-11-23', '2026-11-24', '2026-11-25'], WIB)).toEqual({
      from: '2026-11-23T00:00:00+07:00',
      to: '2026-11-26T00:00:00+07:00',
    })
    expect(rangeInstants([], WIB)).toBeNull()
  })

  it('[EX3] compares a range with the same days a week earlier, when the counters reach back that far', () => {
    expect(comparisonDates(['2026-11-23', '2026-11-24'], '2026-11-09')).toEqual(['2026-11-16', '2026-11-17'])
    expect(comparisonDates(rangeDates('7d', '2026-11-23'), '2026-11-09')?.[0]).toBe('2026-11-10')
    // 14 days back from the 14 days: 28 days, more than the 15 a snapshot holds.
    expect(comparisonDates(rangeDates('14d', '2026-11-23'), '2026-11-09')).toBeNull()
  })
})
