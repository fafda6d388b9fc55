import { describe, expect, it } from 'vitest'

import { selectOpdRows } from './selectOpdRows.js'

const names = new Map([
  ['DPUBMPR', 'PU Bina Marga'],
  ['DINSOS', 'Dinsos'],
  ['DINKES', 'Dinkes'],
])

describe('selectOpdRows', () => {
  it('[EX6] leads with the verification queue, then the most overdue OPD; closed and on time over the range', () => {
    const counters = new Map(
      Object.entries({
        'p|-|RECEIVED|green': 3,
        'p|DINSOS|DISPOSITIONED|red': 1,
        'p|DINSOS|DISPOSITIONED|green': 6,
        'p|DPUBMPR|DISPOSITIONED|red': 4,
        'p|DPUBMPR|FOLLOWED_UP|blue': 2,
        'p|DPUBMPR|CLOSED|blue': 50,
        'cd|2026-11-23|DPUBMPR': 2,
        'cd|2026-11-20|DPUBMPR': 5,
        'fd|2026-11-23|DINSOS|met': 1,
        'fd|2026-11-23|DINSOS|late': 1,
        'fd|2026-11-23|DINKES|met': 2,
      }),
    )
    const rows = selectOpdRows({ counters, names, queueName: 'Verifikasi', dates: ['2026-11-23'] })
    expect(rows.map((r) => r.name)).toEqual(['Verifikasi', 'PU Bina Marga', 'Dinsos', 'Dinkes'])
    expect(rows[1]).toMatchObject({
      code: 'DPUBMPR',
      open: 6,
      overdue: 4,
      closed: 2,
      tally: { red: 4, yellow: 0, green: 0, blue: 2 },
    })
    expect(rows[2]?.onTime).toEqual({ n: 1, of: 2, share: 0.5 })
    // Nothing open, but it followed up in the range: it is listed.
    expect(rows[3]).toMatchObject({ open: 0, onTime: { share: 1 } })
  })
})
