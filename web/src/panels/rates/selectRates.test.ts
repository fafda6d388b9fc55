import { describe, expect, it } from 'vitest'

import { type RatesInput, selectRates } from './selectRates.js'

const names = new Map([
  ['DINSOS', 'Dinsos'],
  ['DLH', 'DLH'],
  ['DISDIK', 'Disdik'],
  ['BPBD', 'BPBD'],
])

const counters = {
  'p|-|RECEIVED|green': 10,
  'p|-|ARCHIVED|grey': 30, // left out of completion
  'p|DINSOS|CLOSED|blue': 30,
  'p|DINSOS|FOLLOWED_UP|blue': 10,
  'p|DINSOS|DISPOSITIONED|red': 10,
  'p|DLH|CLOSED|blue': 5,
  'p|DLH|DISPOSITIONED|green': 15,
  'fd|2026-11-20|DINSOS|met': 8,
  'fd|2026-11-21|DINSOS|late': 2,
  'fd|2026-11-20|DLH|met': 3,
  'fd|2026-11-21|DLH|late': 3,
  'fd|2026-11-20|DISDIK|met': 2,
  'fd|2026-11-20|DISDIK|late': 2, // 4 follow-ups: too few to rank
  'fd|2026-10-01|DINSOS|late': 50, // before the window
}

function createInput(overrides: Partial<RatesInput> = {}): RatesInput {
  return {
    counters: new Map(Object.entries(counters)),
    window: ['2026-11-20', '2026-11-21'],
    names,
    opds: undefined,
    limit: 5,
    ...overrides,
  }
}

describe('selectRates', () => {
  it('takes completion over everything but archived and on-time over the window’s follow-ups', () => {
    const view = selectRates(createInput())
    expect(view.completion).toEqual({ n: 35, of: 80, share: 35 / 80 }) // (30 + 5) / (10 + 50 + 20)
    expect(view.onTime).toEqual({ n: 13, of: 20, share: 13 / 20 }) // (8 + 3 + 2) / (10 + 6 + 4)
    expect(view.days).toBe(2)
  })

  it('lists the OPDs with the lowest on-time rate first, once they have enough follow-ups', () => {
    const view = selectRates(createInput())
    expect(view.worst).toEqual([
      {
        code: 'DLH',
        name: 'DLH',
        onTime: { n: 3, of: 6, share: 0.5 },
        completion: { n: 5, of: 20, share: 0.25 },
      },
      {
        code: 'DINSOS',
        name: 'Dinsos',
        onTime: { n: 8, of: 10, share: 0.8 },
        completion: { n: 30, of: 50, share: 0.6 },
      },
    ])
  })

  it('keeps to the rows that fit', () => {
    expect(selectRates(createInput({ limit: 1 })).worst.map((r) => r.code)).toEqual(['DLH'])
  })

  it('with filter.opds counts only those OPDs and lists each of them, the ones without follow-ups last', () => {
    const view = selectRates(createInput({ opds: ['DINSOS', 'BPBD', 'DISDIK'] }))
    expect(view.completion).toEqual({ n: 30, of: 50, share: 0.6 })
    expect(view.onTime).toEqual({ n: 10, of: 14, share: 10 / 14 })
    expect(view.worst.map((r) => [r.code, r.onTime.share])).toEqual([
      ['DISDIK', 0.5],
      ['DINSOS', 0.8],
      ['BPBD', null],
    ])
  })

  it('has no rate where there is nothing to divide', () => {
    const view = selectRates(createInput({ counters: new Map() }))
    expect(view.completion.share).toBeNull()
    expect(view.onTime.share).toBeNull()
    expect(view.worst).toEqual([])
  })
})
