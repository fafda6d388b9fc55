import { categoriesOfTop, CATEGORY_TOPS } from '@pendopo/shared'
import { describe, expect, it } from 'vitest'

import { testReference } from '../../test/support/createTestApp.js'

import { CategoryDraw } from './categoryDraw.js'
import { Places } from './places.js'
import { Random } from './random.js'

const N = 40_000

/** Upper critical value of chi-square with `df` degrees of freedom at p = 0.001 (Wilson–Hilferty). */
function chiSquareCritical(df: number): number {
  const z = 3.09
  const k = 2 / (9 * df)
  return df * (1 - k + z * Math.sqrt(k)) ** 3
}

/** Pearson's statistic for `n` draws, over the cells expected to hold at least 5, the rest pooled into one. */
function chiSquare(
  observed: ReadonlyMap<string, number>,
  expectedShare: ReadonlyMap<string, number>,
  n: number,
) {
  let statistic = 0
  let cells = 0
  let pooledObserved = 0
  let pooledExpected = 0
  for (const [key, share] of expectedShare) {
    const expected = share * n
    const seen = observed.get(key) ?? 0
    if (expected < 5) {
      pooledObserved += seen
      pooledExpected += expected
      continue
    }
    statistic += (seen - expected) ** 2 / expected
    cells++
  }
  if (pooledExpected > 0) {
    statistic += (pooledObserved - pooledExpected) ** 2 / pooledExpected
    cells++
  }
  return { statistic, df: cells - 1 }
}

describe('category draws', () => {
  it('[SIM4] draws tops in proportion to their national share (chi-square, p = 0.001)', () => {
    const draw = new CategoryDraw()
    const rng = new Random('categories')
    const counts = new Map<string, number>()
    for (let i = 0; i < N; i++) {
      const top = draw.national(rng).top
      counts.set(top, (counts.get(top) ?? 0) + 1)
    }
    const total = CATEGORY_TOPS.reduce((sum, t) => sum + t.weight, 0)
    const shares = new Map(CATEGORY_TOPS.map((t) => [t.code as string, t.weight / total]))
    const { statistic, df } = chiSquare(counts, shares, N)
    expect(df).toBeGreaterThan(10)
    expect(statistic).toBeLessThan(chiSquareCritical(df))
    // And the biggest ones are where the sample put them.
    expect((counts.get('lainnya') ?? 0) / N).toBeCloseTo(22.8 / total, 1)
    expect((counts.get('pupr') ?? 0) / N).toBeCloseTo(16.7 / total, 1)
  })

  it('[SIM4] draws sub-categories within a top by their weight', () => {
    const draw = new CategoryDraw()
    const rng = new Random('subs')
    const counts = new Map<string, number>()
    let pupr = 0
    for (let i = 0; i < N; i++) {
      const c = draw.national(rng)
      if (c.top !== 'pupr') continue
      pupr++
      counts.set(c.code, (counts.get(c.code) ?? 0) + 1)
    }
    const subs = categoriesOfTop('pupr')
    const total = subs.reduce((sum, c) => sum + c.weight, 0)
    const shares = new Map(subs.map((c) => [c.code as string, c.weight / total]))
    const { statistic, df } = chiSquare(counts, shares, pupr)
    expect(df).toBe(subs.length - 1)
    expect(statistic).toBeLessThan(chiSquareCritical(df))
  })

  it('[SIM4] asks for water in the dry season in drought-prone kecamatan, more than in the rainy season', () => {
    const places = new Places(testReference().geo)
    const draw = new CategoryDraw()
    const rng = new Random('water')
    const temayang = testReference().geo.kecamatan.find((k) => k.name === 'Temayang')
    const desa = temayang && testReference().geo.desaByCode(temayang.desaCodes[0] ?? '')
    if (!desa) throw new Error('the reference has no Temayang')
    const water = (season: 'dry' | 'rainy') => {
      let n = 0
      for (let i = 0; i < 5_000; i++) {
        const c = draw.forPlace(rng, { desa, season, places })
        if (c.villageIssue === 'drought' || c.villageIssue === 'clean_water') n++
      }
      return n
    }
    expect(water('dry')).toBeGreaterThan(3 * water('rainy'))
  })
})
