import { describe, expect, it } from 'vitest'

import { type HeatmapInput, selectHeatmapDays, selectHeatmapStages } from './selectHeatmap.js'

const names = new Map([
  ['DPUBMPR', 'Dinas PU Bina Marga'],
  ['DINSOS', 'Dinsos'],
  ['DISDIK', 'Disdik'],
  ['DLH', 'DLH'],
])

function createInput(counters: Record<string, number>, overrides: Partial<HeatmapInput> = {}): HeatmapInput {
  return {
    counters: new Map(Object.entries(counters)),
    names,
    queueName: 'Verifikasi (Kominfo)',
    opds: undefined,
    limit: 10,
    ...overrides,
  }
}

const days = ['2026-11-19', '2026-11-20', '2026-11-23']

describe('selectHeatmapDays', () => {
  it('puts each OPD-day cohort in its cell, counted and coloured by its worst colour now', () => {
    const view = selectHeatmapDays({
      ...createInput({
        'q|2026-11-19|DINSOS|blue': 4,
        'q|2026-11-19|DINSOS|red': 1, // one overdue among five: the cell is red
        'q|2026-11-20|DINSOS|green': 2,
        'q|2026-11-20|DINSOS|yellow': 1,
        'q|2026-11-23|DINSOS|blue': 3,
      }),
      days,
    })
    expect(view.columns).toEqual(days)
    expect(view.rows).toEqual([
      {
        code: 'DINSOS',
        name: 'Dinsos',
        cells: [
          { n: 5, colour: 'red' },
          { n: 3, colour: 'yellow' },
          { n: 3, colour: 'blue' },
        ],
        overdue: 1,
        base: 11,
      },
    ])
  })

  it('leaves out days outside the window and archived complaints', () => {
    const view = selectHeatmapDays({
      ...createInput({
        'q|2026-11-18|DLH|red': 9, // before the window
        'q|2026-11-19|DLH|grey': 2, // archived: outside the review
        'q|2026-11-20|DLH|green': 1,
      }),
      days,
    })
    expect(view.rows).toHaveLength(1)
    expect(view.rows[0]?.cells).toEqual([
      { n: 0, colour: null },
      { n: 1, colour: 'green' },
      { n: 0, colour: null },
    ])
    expect(view.rows[0]?.overdue).toBe(0)
  })

  it('puts the most overdue OPD on top, then the larger overdue share, and counts the rows that do not fit', () => {
    const view = selectHeatmapDays({
      ...createInput(
        {
          'q|2026-11-19|DLH|red': 1,
          'q|2026-11-19|DLH|blue': 9, // 1 overdue of 10
          'q|2026-11-20|DISDIK|red': 1,
          'q|2026-11-20|DISDIK|blue': 1, // 1 overdue of 2: worse share than DLH
          'q|2026-11-23|DPUBMPR|red': 3, // 3 overdue: the worst
          'q|2026-11-23|DINSOS|blue': 20, // none overdue
        },
        { limit: 3 },
      ),
      days,
    })
    expect(view.rows.map((r) => r.code)).toEqual(['DPUBMPR', 'DISDIK', 'DLH'])
    expect(view.hidden).toBe(1)
    expect(view.overdue).toBe(5) // 3 + 1 + 1
  })

  it('counts the overdue of the rows that do not fit in the total', () => {
    const view = selectHeatmapDays({
      ...createInput({ 'q|2026-11-19|DLH|red': 2, 'q|2026-11-20|DISDIK|red': 1 }, { limit: 1 }),
      days,
    })
    expect(view.rows.map((r) => r.code)).toEqual(['DLH'])
    expect(view.overdue).toBe(3)
  })

  it('with filter.opds shows exactly those OPDs, the quiet ones too', () => {
    const view = selectHeatmapDays({
      ...createInput(
        { 'q|2026-11-19|DINSOS|red': 2, 'q|2026-11-19|DISDIK|red': 5 },
        { opds: ['DINSOS', 'DLH'] },
      ),
      days,
    })
    expect(view.rows.map((r) => [r.code, r.overdue])).toEqual([
      ['DINSOS', 2],
      ['DLH', 0],
    ])
    expect(view.rows[1]?.cells.every((c) => c.n === 0 && c.colour === null)).toBe(true)
  })

  it('names an OPD the reference does not know by its code', () => {
    const view = selectHeatmapDays({ ...createInput({ 'q|2026-11-19|NEWOPD|green': 1 }), days })
    expect(view.rows[0]?.name).toBe('NEWOPD')
  })
})

describe('selectHeatmapStages', () => {
  const counters = {
    'p|-|RECEIVED|green': 10,
    'p|-|VERIFIED|yellow': 2,
    'p|-|ON_HOLD|green': 3,
    'p|-|ARCHIVED|grey': 50, // outside the review
    'p|DINSOS|DISPOSITIONED|red': 4,
    'p|DINSOS|DISPOSITIONED|green': 6,
    'p|DINSOS|FOLLOWED_UP|blue': 10,
    'p|DINSOS|CLOSED|blue': 100,
    'p|DLH|REPORTER_REPLIED|red': 4,
    'p|DLH|CLOSED|blue': 4,
  }

  it('puts Kominfo’s queue first, in its own row, and only the stages that hold something as columns', () => {
    const view = selectHeatmapStages(createInput(counters))
    expect(view.columns).toEqual(['verification', 'dispositioned', 'replied', 'followedUp', 'closed'])
    expect(view.rows[0]?.code).toBe('-')
    expect(view.rows[0]?.name).toBe('Verifikasi (Kominfo)')
    expect(view.rows[0]?.cells).toEqual([
      { n: 15, colour: 'yellow' }, // RECEIVED + VERIFIED + ON_HOLD, still with Kominfo
      { n: 0, colour: null },
      { n: 0, colour: null },
      { n: 0, colour: null },
      { n: 0, colour: null },
    ])
  })

  it('ranks the OPDs by overdue, then by the overdue share of the open complaints (not of all ever closed)', () => {
    const view = selectHeatmapStages(createInput(counters))
    // DINSOS and DLH both have 4 overdue; DLH's share is 4/4 open, DINSOS's 4/20 open.
    expect(view.rows.map((r) => [r.code, r.overdue, r.base])).toEqual([
      ['-', 0, 15],
      ['DLH', 4, 4],
      ['DINSOS', 4, 20],
    ])
    expect(view.rows[2]?.cells).toEqual([
      { n: 0, colour: null },
      { n: 10, colour: 'red' },
      { n: 0, colour: null },
      { n: 10, colour: 'blue' },
      { n: 100, colour: 'blue' },
    ])
  })

  it('keeps Kominfo’s queue when the rows are cut', () => {
    const view = selectHeatmapStages(createInput(counters, { limit: 2 }))
    expect(view.rows.map((r) => r.code)).toEqual(['-', 'DLH'])
    expect(view.hidden).toBe(1)
  })

  it('with filter.opds drops Kominfo’s queue and the stages only it uses', () => {
    const view = selectHeatmapStages(createInput(counters, { opds: ['DINSOS'] }))
    expect(view.columns).toEqual(['dispositioned', 'followedUp', 'closed'])
    expect(view.rows.map((r) => r.code)).toEqual(['DINSOS'])
  })
})
