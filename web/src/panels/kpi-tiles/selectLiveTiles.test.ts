import { describe, expect, it } from 'vitest'

import { type LiveTilesInput, medianHours, selectLiveTiles } from './selectLiveTiles.js'

const counters = {
  'p|-|RECEIVED|green': 5,
  'p|-|ARCHIVED|grey': 9, // final: not open
  'p|DINSOS|DISPOSITIONED|red': 3,
  'p|DINSOS|DISPOSITIONED|green': 4,
  'p|DINSOS|FOLLOWED_UP|blue': 6, // open: waits for the reporter
  'p|DINSOS|CLOSED|blue': 40, // final
  'p|DLH|REPORTER_REPLIED|red': 2,
  'k|35.22.15|red': 4,
  'k|35.22.15|green': 6,
  'k|35.22.16|red': 1,
  'k|35.22.16|blue': 9,
  'rh|2026-11-23T07|lapor': 3,
  'rh|2026-11-23T08|whatsapp': 2,
  'rh|2026-11-22T08|whatsapp': 50, // yesterday
  'kh|2026-11-23T07|35.22.15': 2,
  'kh|2026-11-23T08|35.22.16': 3,
  'cd|2026-11-23|DINSOS': 4,
  'cd|2026-11-23|-': 1,
  'cd|2026-11-22|DINSOS': 7, // yesterday
  'fh|2026-11-22|0': 2,
  'fh|2026-11-23|4': 2,
  'fh|2026-11-23|8': 4,
  'fh|2026-10-01|200': 99, // outside the window
  'rt|2026-11-22|sangat_puas': 5,
  'rt|2026-11-23|puas': 3,
  'rt|2026-11-23|cukup_puas': 1,
  'rt|2026-11-23|tidak_puas': 1,
}

function createInput(overrides: Partial<LiveTilesInput> = {}): LiveTilesInput {
  return {
    counters: new Map(Object.entries(counters)),
    today: '2026-11-23',
    window: ['2026-11-21', '2026-11-22', '2026-11-23'],
    kecamatan: undefined,
    opds: undefined,
    ...overrides,
  }
}

const values = (input: LiveTilesInput) =>
  Object.fromEntries(selectLiveTiles(input).map((t) => [t.id, t.value]))
const wide = (input: LiveTilesInput) =>
  selectLiveTiles(input)
    .filter((t) => t.regencyWide)
    .map((t) => t.id)

describe('medianHours', () => {
  it('places the median inside its 4-hour bucket', () => {
    expect(
      medianHours(
        new Map([
          [0, 2],
          [4, 2],
          [8, 4],
        ]),
      ),
    ).toBe(8) // 4th of 8 ends the [4, 8) bucket
    expect(medianHours(new Map([[20, 1]]))).toBe(22) // half of one value: mid-bucket
    expect(
      medianHours(
        new Map([
          [12, 1],
          [0, 3],
        ]),
      ),
    ).toBeCloseTo(2.667, 3) // 2 of 3 in [0, 4): 0 + 4 × 2/3
  })

  it('has none for an empty histogram', () => {
    expect(medianHours(new Map())).toBeNull()
  })
})

describe('selectLiveTiles', () => {
  it('counts the whole regency without a filter', () => {
    expect(values(createInput())).toEqual({
      open: 20, // 5 + 3 + 4 + 6 + 2
      overdue: 5, // 3 + 2
      receivedToday: 5, // 3 + 2
      closedToday: 5, // 4 + 1
      followUpMedian: 8, // 8 follow-ups, the 4th ends [4, 8)
      satisfaction: 0.8, // (5 + 3) / 10
    })
    expect(wide(createInput())).toEqual([])
  })

  it('narrows to the scene’s OPDs where the counters carry one, and says which tiles cannot', () => {
    const input = createInput({ opds: ['DINSOS'] })
    expect(values(input)).toMatchObject({ open: 13, overdue: 3, receivedToday: 5, closedToday: 4 })
    expect(wide(input)).toEqual(['receivedToday', 'followUpMedian', 'satisfaction'])
  })

  it('narrows to the scene’s kecamatan where the counters carry one, and says which tiles cannot', () => {
    const input = createInput({ kecamatan: ['35.22.15'] })
    expect(values(input)).toMatchObject({ open: 10, overdue: 4, receivedToday: 2, closedToday: 5 })
    expect(wide(input)).toEqual(['closedToday', 'followUpMedian', 'satisfaction'])
  })

  it('has no median and no satisfaction before the first follow-up and rating', () => {
    const input = createInput({ window: ['2026-11-01'] })
    expect(values(input)).toMatchObject({ followUpMedian: null, satisfaction: null })
  })
})
