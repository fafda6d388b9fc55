import { describe, expect, it } from 'vitest'

import { selectSatisfaction } from './selectSatisfaction.js'

const counters = new Map(
  Object.entries({
    'rt|2026-11-22|sangat_puas': 30,
    'rt|2026-11-23|sangat_puas': 10,
    'rt|2026-11-23|puas': 30,
    'rt|2026-11-23|cukup_puas': 15,
    'rt|2026-11-23|tidak_puas': 15,
    'rt|2026-11-01|tidak_puas': 500, // outside the window
  }),
)

describe('selectSatisfaction', () => {
  it('gives each point of the scale its share of the window’s ratings, best first', () => {
    const view = selectSatisfaction({ counters, window: ['2026-11-22', '2026-11-23'], filtered: false })
    expect(view.total).toBe(100)
    expect(view.ratings).toEqual([
      { rating: 'sangat_puas', n: 40, share: 0.4 },
      { rating: 'puas', n: 30, share: 0.3 },
      { rating: 'cukup_puas', n: 15, share: 0.15 },
      { rating: 'tidak_puas', n: 15, share: 0.15 },
    ])
    expect(view.satisfied).toBe(0.7)
    expect(view.days).toBe(2)
    expect(view.regencyWide).toBe(false)
  })

  it('has no shares before the first rating, and says a filtered scene sees the regency’s', () => {
    const view = selectSatisfaction({ counters, window: ['2026-11-20'], filtered: true })
    expect(view.total).toBe(0)
    expect(view.satisfied).toBeNull()
    expect(view.ratings.every((r) => r.share === null)).toBe(true)
    expect(view.regencyWide).toBe(true)
  })
})
