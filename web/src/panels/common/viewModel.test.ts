import { describe, expect, it } from 'vitest'

import type { WallState } from '../../store/wallStore.js'

import { filterKey, memoView, sameData } from './viewModel.js'

describe('sameData', () => {
  it('compares plain data deeply', () => {
    expect(sameData({ a: [1, { b: 'x' }], c: null }, { a: [1, { b: 'x' }], c: null })).toBe(true)
    expect(sameData({ a: [1, 2] }, { a: [1, 3] })).toBe(false)
    expect(sameData({ a: 1 }, { a: 1, b: undefined })).toBe(false)
    expect(sameData([1], { 0: 1 })).toBe(false)
    expect(sameData(Number.NaN, Number.NaN)).toBe(true)
  })
})

describe('memoView', () => {
  const stateWith = (counters: ReadonlyMap<string, number>, status = 'live') =>
    ({ dashboard: { counters }, connection: { status } }) as unknown as WallState

  it('does not recompute while its inputs keep their identity', () => {
    let computed = 0
    const select = memoView(
      (s) => [s.dashboard?.counters] as const,
      (counters) => {
        computed++
        return { n: counters?.size ?? 0 }
      },
    )
    const counters = new Map([['p|-|RECEIVED|green', 1]])
    const first = select(stateWith(counters))
    expect(select(stateWith(counters, 'offline'))).toBe(first) // another part of the store changed
    expect(computed).toBe(1)
  })

  it('hands back the previous view when a new batch leaves it the same, a new one when it changes', () => {
    const select = memoView(
      (s) => [s.dashboard?.counters] as const,
      (counters) => ({ open: counters?.get('p|-|RECEIVED|green') ?? 0 }),
    )
    const first = select(stateWith(new Map([['p|-|RECEIVED|green', 1]])))
    const same = select(
      stateWith(
        new Map([
          ['p|-|RECEIVED|green', 1],
          ['rh|2026-11-23T08|lapor', 1],
        ]),
      ),
    )
    expect(same).toBe(first)
    const changed = select(stateWith(new Map([['p|-|RECEIVED|green', 2]])))
    expect(changed).toEqual({ open: 2 })
  })
})

describe('filterKey', () => {
  it('tells filters apart by content, not by identity', () => {
    expect(filterKey({ kecamatan: ['35.22.15'] })).toBe(filterKey({ kecamatan: ['35.22.15'] }))
    expect(filterKey({})).not.toBe(filterKey({ opds: [] }))
    expect(filterKey({ kecamatan: ['A'] })).not.toBe(filterKey({ opds: ['A'] }))
  })
})
