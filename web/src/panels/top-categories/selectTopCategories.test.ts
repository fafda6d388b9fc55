import { describe, expect, it } from 'vitest'

import {
  isRising,
  selectTopCategories,
  shortCategoryName,
  type TopCategoriesInput,
} from './selectTopCategories.js'

const categories = [
  { code: 'pupr.jalan-berlubang', name: 'Jalan Berlubang', opd: 'DPUBMPR' },
  { code: 'lingkungan.banjir', name: 'Banjir', opd: 'BPBD' },
  { code: 'sosial.dtks', name: 'Data Terpadu Kesejahteraan Sosial (DTKS)', opd: 'DINSOS' },
  { code: 'lainnya.umum', name: 'Topik Lainnya', opd: 'SETDA' },
]

function createInput(
  counters: Record<string, number>,
  overrides: Partial<TopCategoriesInput> = {},
): TopCategoriesInput {
  return {
    counters: new Map(Object.entries(counters)),
    thisWeek: [
      '2026-11-17',
      '2026-11-18',
      '2026-11-19',
      '2026-11-20',
      '2026-11-21',
      '2026-11-22',
      '2026-11-23',
    ],
    lastWeek: [
      '2026-11-10',
      '2026-11-11',
      '2026-11-12',
      '2026-11-13',
      '2026-11-14',
      '2026-11-15',
      '2026-11-16',
    ],
    categories,
    limit: 8,
    kecamatan: undefined,
    opds: undefined,
    ...overrides,
  }
}

describe('isRising', () => {
  it('needs both RISE_MIN more and a quarter more', () => {
    expect(isRising(10, 8)).toBe(false) // +2
    expect(isRising(23, 20)).toBe(false) // +3 but +15 %
    expect(isRising(10, 7)).toBe(true) // +3, +43 %
    expect(isRising(3, 0)).toBe(true) // new
    expect(isRising(2, 0)).toBe(false)
  })
})

describe('shortCategoryName', () => {
  it('keeps short names, drops a long name’s parenthesis or keeps only its acronym', () => {
    expect(shortCategoryName('Jalan Berlubang')).toBe('Jalan Berlubang')
    expect(shortCategoryName('Drainase (Gorong-gorong/Parit)')).toBe('Drainase')
    expect(shortCategoryName('Data Terpadu Kesejahteraan Sosial (DTKS)')).toBe('DTKS')
    expect(shortCategoryName('Pemanfaatan Fasilitas Negara untuk Kepentingan Politik')).toBe(
      'Pemanfaatan Fasilitas Negara untuk Kepentingan Politik', // left to the row's ellipsis
    )
  })
})

describe('selectTopCategories', () => {
  it('ranks this week’s categories against last week’s and marks the rising ones', () => {
    const view = selectTopCategories(
      createInput({
        'rd|2026-11-17|pupr.jalan-berlubang': 6,
        'rd|2026-11-23|pupr.jalan-berlubang': 4, // 10 this week
        'rd|2026-11-16|pupr.jalan-berlubang': 9, // 9 last week
        'rd|2026-11-20|lingkungan.banjir': 8,
        'rd|2026-11-12|lingkungan.banjir': 2, // 8 against 2: rising
        'rd|2026-11-18|sosial.dtks': 3, // new this week: rising
        'rd|2026-11-09|sosial.dtks': 50, // three weeks ago: neither week
        'rd|2026-11-19|lainnya.umum': 99, // the catch-all is left out
      }),
    )
    expect(view.rows).toEqual([
      { code: 'pupr.jalan-berlubang', name: 'Jalan Berlubang', thisWeek: 10, lastWeek: 9, rising: false },
      { code: 'lingkungan.banjir', name: 'Banjir', thisWeek: 8, lastWeek: 2, rising: true },
      { code: 'sosial.dtks', name: 'DTKS', thisWeek: 3, lastWeek: 0, rising: true },
    ])
  })

  it('leaves out categories quiet this week and keeps to the limit, the larger rise first on a tie', () => {
    const view = selectTopCategories(
      createInput(
        {
          'rd|2026-11-20|pupr.jalan-berlubang': 5,
          'rd|2026-11-13|pupr.jalan-berlubang': 5,
          'rd|2026-11-20|lingkungan.banjir': 5,
          'rd|2026-11-13|lingkungan.banjir': 1,
          'rd|2026-11-13|sosial.dtks': 7, // only last week
        },
        { limit: 1 },
      ),
    )
    expect(view.rows.map((r) => r.code)).toEqual(['lingkungan.banjir'])
  })

  it('with filter.opds keeps the categories routed to them, and marks a kecamatan filter as not applied', () => {
    const counters = { 'rd|2026-11-20|pupr.jalan-berlubang': 5, 'rd|2026-11-20|lingkungan.banjir': 4 }
    const byOpd = selectTopCategories(createInput(counters, { opds: ['BPBD'] }))
    expect(byOpd.rows.map((r) => r.code)).toEqual(['lingkungan.banjir'])
    expect(byOpd.byRoute).toBe(true)
    const byArea = selectTopCategories(createInput(counters, { kecamatan: ['35.22.15'] }))
    expect(byArea.rows).toHaveLength(2)
    expect(byArea.regencyWide).toBe(true)
  })
})
