import { describe, expect, it } from 'vitest'

import { Random, WeightedTable } from './random.js'

const draws = (rng: Random, n: number) => Array.from({ length: n }, () => rng.next())

describe('Random', () => {
  it('gives the same stream for the same seed and another stream for another seed', () => {
    expect(draws(new Random('bojonegoro'), 5)).toEqual(draws(new Random('bojonegoro'), 5))
    expect(draws(new Random('bojonegoro'), 5)).not.toEqual(draws(new Random('bojonegoro2'), 5))
  })

  it('forks independent streams that are themselves repeatable', () => {
    const a = new Random('seed').fork('sambang-desa:2026-11-23')
    const b = new Random('seed').fork('sambang-desa:2026-11-23')
    const c = new Random('seed').fork('sambang-desa:2026-11-24')
    expect(draws(a, 3)).toEqual(draws(b, 3))
    expect(draws(a, 3)).not.toEqual(draws(c, 3))
  })

  it('draws in [0, 1) with the moments of a uniform distribution', () => {
    const xs = draws(new Random('uniform'), 20_000)
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0)
    expect(Math.max(...xs)).toBeLessThan(1)
    expect(xs.reduce((a, b) => a + b, 0) / xs.length).toBeCloseTo(0.5, 1)
  })

  it('draws Poisson counts and log-normal delays with the requested means', () => {
    const rng = new Random('means')
    const mean = (f: () => number) => Array.from({ length: 20_000 }, f).reduce((a, b) => a + b, 0) / 20_000
    expect(mean(() => rng.poisson(3.5))).toBeCloseTo(3.5, 1)
    expect(mean(() => rng.poisson(45))).toBeCloseTo(45, 0)
    expect(mean(() => rng.logNormal(4.6, 0.85))).toBeCloseTo(4.6, 0)
    expect(mean(() => rng.int(1, 6))).toBeCloseTo(3.5, 1)
  })

  it('picks from a weighted table in proportion to the weights', () => {
    const table = new WeightedTable([
      ['a', 1],
      ['b', 3],
      ['never', 0],
    ] as const)
    const rng = new Random('table')
    const counts = { a: 0, b: 0, never: 0 }
    for (let i = 0; i < 20_000; i++) counts[table.draw(rng)]++
    expect(counts.never).toBe(0)
    expect(counts.b / counts.a).toBeGreaterThan(2.7)
    expect(counts.b / counts.a).toBeLessThan(3.3)
  })
})
