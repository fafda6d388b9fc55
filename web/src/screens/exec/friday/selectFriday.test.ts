import { describe, expect, it } from 'vitest'

import { selectFriday } from './selectFriday.js'

const names = new Map([
  ['DPUBMPR', 'PU Bina Marga'],
  ['DINSOS', 'Dinsos'],
  ['DINKES', 'Dinkes'],
  ['BPBD', 'BPBD'],
  ['BAPPEDA', 'Bappeda'],
])
const THIS_WEEK = ['2026-11-23', '2026-11-24']
const LAST_WEEK = ['2026-11-16', '2026-11-17']

/** Follow-ups on time and late for one OPD on one day. */
const fd = (day: string, opd: string, met: number, late: number) => ({
  ...(met ? { [`fd|${day}|${opd}|met`]: met } : {}),
  ...(late ? { [`fd|${day}|${opd}|late`]: late } : {}),
})

const counters = new Map(
  Object.entries({
    ...fd('2026-11-23', 'DPUBMPR', 3, 3), // 50 % this week
    ...fd('2026-11-16', 'DPUBMPR', 3, 1), // 75 % last week: down 25 points
    ...fd('2026-11-24', 'DINSOS', 9, 1), // 90 %
    ...fd('2026-11-17', 'DINSOS', 4, 1), // 80 %: up 10
    ...fd('2026-11-23', 'DINKES', 2, 6), // 25 %, nothing last week
    ...fd('2026-11-10', 'DINKES', 0, 5), // outside both periods
    ...fd('2026-11-24', 'BAPPEDA', 0, 2), // 0 %, but two follow-ups are too few to rank on
    'p|DPUBMPR|DISPOSITIONED|red': 5,
    'p|DINKES|DISPOSITIONED|red': 1,
    'p|DINSOS|DISPOSITIONED|green': 3,
    'p|BPBD|DISPOSITIONED|red': 2, // overdue, but no follow-up in either period
    'p|-|RECEIVED|red': 7, // the verification queue is not an OPD to rank
    'q|2026-11-23|DPUBMPR|red': 2,
    'q|2026-11-24|DPUBMPR|green': 3,
    'q|2026-11-16|DPUBMPR|red': 9,
    'bd|2026-11-23|DPUBMPR|followUp': 2,
    'bd|2026-11-17|DPUBMPR|followUp': 1,
  }),
)

describe('selectFriday', () => {
  it('[EX3] ranks OPDs by on-time rate, lowest first; too few follow-ups after, none last', () => {
    const view = selectFriday({ counters, names, dates: THIS_WEEK, before: LAST_WEEK })
    expect(view.rows.map((r) => [r.code, r.onTime.share])).toEqual([
      ['DINKES', 0.25],
      ['DPUBMPR', 0.5],
      ['DINSOS', 0.9],
      ['BAPPEDA', 0],
      ['BPBD', null],
    ])
  })

  it('[EX3] gives the change against the same days last week, in points, where both are known', () => {
    const rows = new Map(
      selectFriday({ counters, names, dates: THIS_WEEK, before: LAST_WEEK }).rows.map((r) => [r.code, r]),
    )
    expect(rows.get('DPUBMPR')?.change).toBeCloseTo(-0.25)
    expect(rows.get('DINSOS')?.change).toBeCloseTo(0.1)
    expect(rows.get('DINKES')).toMatchObject({ change: null, before: { of: 0, share: null } })
  })

  it('[EX3] shows what is overdue now, the period’s dispositions and missed deadlines against last week', () => {
    const view = selectFriday({ counters, names, dates: THIS_WEEK, before: LAST_WEEK })
    expect(view.rows.find((r) => r.code === 'DPUBMPR')).toMatchObject({
      overdue: 5,
      dispositioned: 5,
      dispositionedOverdue: 2,
      breached: 2,
      breachedBefore: 1,
    })
    expect(view.overdue).toBe(8) // the OPDs' red, not the verification queue's
    expect(view.onTime).toEqual({ n: 14, of: 26, share: 14 / 26 })
    expect(view.change).toBeCloseTo(14 / 26 - 7 / 9)
  })

  it('[EX3] has no change when the week before is not held', () => {
    const view = selectFriday({ counters, names, dates: THIS_WEEK, before: null })
    expect(view.change).toBeNull()
    expect(view.rows.every((r) => r.change === null && r.before === null && r.breachedBefore === null)).toBe(
      true,
    )
  })
})
