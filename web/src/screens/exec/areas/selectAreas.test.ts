import type { ReferenceData } from '@pendopo/shared'
import { describe, expect, it } from 'vitest'

import { selectDesaRows, selectKecamatanRows } from './selectAreas.js'

const reference = {
  kecamatan: [
    { code: '35.22.01', name: 'Margomulyo' },
    { code: '35.22.15', name: 'Kapas' },
    { code: '35.22.16', name: 'Bojonegoro' },
  ],
  desa: [
    { code: '35.22.15.2001', name: 'Bendo', kecamatanCode: '35.22.15' },
    { code: '35.22.15.2002', name: 'Kapas', kecamatanCode: '35.22.15' },
    { code: '35.22.15.2003', name: 'Tanjungharjo', kecamatanCode: '35.22.15' },
    { code: '35.22.01.2001', name: 'Sumberjo', kecamatanCode: '35.22.01' },
  ],
} as unknown as ReferenceData

const counters = new Map(
  Object.entries({
    'k|35.22.15|red': 2,
    'k|35.22.15|green': 5,
    'k|35.22.16|yellow': 9,
    'k|35.22.16|blue': 1,
    'kh|2026-11-23T08|35.22.16': 4,
    'kh|2026-11-22T08|35.22.16': 6,
    'd|35.22.15.2002|red': 2,
    'd|35.22.15.2002|green': 1,
    'd|35.22.15.2001|green': 4,
    'd|35.22.01.2001|red': 9,
  }),
)

describe('selectKecamatanRows', () => {
  it('[EX5] lists every kecamatan with its open complaints by colour, the most overdue first', () => {
    const rows = selectKecamatanRows({ counters, reference, dates: ['2026-11-23'] })
    expect(rows.map((r) => r.name)).toEqual(['Kapas', 'Bojonegoro', 'Margomulyo'])
    expect(rows[0]).toMatchObject({ open: 7, overdue: 2, tally: { red: 2, yellow: 0, green: 5, blue: 0 } })
    expect(rows[2]).toMatchObject({ open: 0, overdue: 0, received: 0 })
  })

  it('[EX2] counts what each received over the range’s dates', () => {
    const today = selectKecamatanRows({ counters, reference, dates: ['2026-11-23'] })
    const twoDays = selectKecamatanRows({ counters, reference, dates: ['2026-11-22', '2026-11-23'] })
    expect(today.find((r) => r.name === 'Bojonegoro')?.received).toBe(4)
    expect(twoDays.find((r) => r.name === 'Bojonegoro')?.received).toBe(10)
  })
})

describe('selectDesaRows', () => {
  it('[EX5] lists the desa of one kecamatan, the most overdue first, the quiet ones too', () => {
    const rows = selectDesaRows({ counters, reference, kecamatan: '35.22.15' })
    expect(rows.map((r) => [r.name, r.open, r.overdue])).toEqual([
      ['Kapas', 3, 2],
      ['Bendo', 4, 0],
      ['Tanjungharjo', 0, 0],
    ])
    expect(rows.every((r) => r.received === null)).toBe(true)
  })
})
