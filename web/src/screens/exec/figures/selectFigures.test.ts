import { describe, expect, it } from 'vitest'

import { type FigureId, selectFigures } from './selectFigures.js'

const counters = new Map(
  Object.entries({
    'p|DPUBMPR|DISPOSITIONED|red': 2,
    'p|DPUBMPR|DISPOSITIONED|green': 3,
    'p|DPUBMPR|CLOSED|blue': 40,
    'p|DINSOS|FOLLOWED_UP|blue': 1,
    'p|-|RECEIVED|yellow': 4,
    'k|35.22.15|red': 1,
    'k|35.22.15|green': 2,
    'k|35.22.01|yellow': 4,
    'd|35.22.15.1005|red': 1,
    'rh|2026-11-23T09|whatsapp': 5,
    'rh|2026-11-20T09|whatsapp': 7,
    'rh|2026-11-09T09|whatsapp': 100,
    'kh|2026-11-23T09|35.22.15': 2,
    'kh|2026-11-20T10|35.22.15': 3,
    'cd|2026-11-23|DPUBMPR': 1,
    'cd|2026-11-19|DINSOS': 2,
    'fd|2026-11-23|DPUBMPR|met': 3,
    'fd|2026-11-23|DPUBMPR|late': 1,
    'fd|2026-11-20|DINSOS|late': 4,
    'bd|2026-11-23|DPUBMPR|followUp': 1,
    'bd|2026-11-18|DINSOS|verify': 6,
  }),
)
const none = { kecamatan: null, desa: null, opd: null }
const TODAY = ['2026-11-23']
const WEEK_BACK = [
  '2026-11-17',
  '2026-11-18',
  '2026-11-19',
  '2026-11-20',
  '2026-11-21',
  '2026-11-22',
  '2026-11-23',
]

const values = (figures: ReturnType<typeof selectFigures>) =>
  Object.fromEntries(figures.map((f) => [f.id, f.value])) as Record<FigureId, number | null>

describe('selectFigures', () => {
  it('[EX4] counts the regency: open and overdue now, the rest over the range', () => {
    expect(values(selectFigures({ counters, dates: TODAY, scope: none }))).toEqual({
      open: 10,
      overdue: 2,
      received: 5,
      closed: 1,
      onTime: 0.75,
      breached: 1,
    })
  })

  it('[EX2] a longer range counts more of the dated figures and leaves "now" alone', () => {
    const figures = values(selectFigures({ counters, dates: WEEK_BACK, scope: none }))
    expect(figures).toEqual({ open: 10, overdue: 2, received: 12, closed: 3, onTime: 3 / 8, breached: 7 })
  })

  it('[EX4] narrows to a kecamatan what its counters carry, and says the rest is the regency’s', () => {
    const figures = selectFigures({ counters, dates: WEEK_BACK, scope: { ...none, kecamatan: '35.22.15' } })
    expect(values(figures)).toMatchObject({ open: 3, overdue: 1, received: 5 })
    const covers = Object.fromEntries(figures.map((f) => [f.id, f.covers.kind]))
    expect(covers).toEqual({
      open: 'kecamatan',
      overdue: 'kecamatan',
      received: 'kecamatan',
      closed: 'regency',
      onTime: 'regency',
      breached: 'regency',
    })
  })

  it('[EX4] narrows open and overdue to a desa, received to its kecamatan', () => {
    const figures = selectFigures({
      counters,
      dates: TODAY,
      scope: { kecamatan: '35.22.15', desa: '35.22.15.1005', opd: null },
    })
    expect(values(figures)).toMatchObject({ open: 1, overdue: 1, received: 2 })
    expect(figures.find((f) => f.id === 'open')?.covers).toEqual({ kind: 'desa', code: '35.22.15.1005' })
  })

  it('[EX4] narrows to an OPD its positions and what it did in the range', () => {
    const figures = selectFigures({ counters, dates: WEEK_BACK, scope: { ...none, opd: 'DINSOS' } })
    expect(values(figures)).toEqual({ open: 1, overdue: 0, received: 12, closed: 2, onTime: 0, breached: 6 })
    expect(figures.find((f) => f.id === 'received')?.covers.kind).toBe('regency')
    expect(figures.find((f) => f.id === 'onTime')?.of).toBe(4)
  })

  it('has no on-time rate without a follow-up', () => {
    const figures = selectFigures({ counters, dates: ['2026-11-01'], scope: none })
    expect(figures.find((f) => f.id === 'onTime')).toMatchObject({ value: null, of: 0 })
  })
})
