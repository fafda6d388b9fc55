import { performance } from 'node:perf_hooks'

import type { GeoIndex } from '@pendopo/shared'
import { createGeoIndex } from '@pendopo/shared'
import { beforeAll, describe, expect, it } from 'vitest'

import type { DesaLocator } from './desaLocator.js'
import { createDesaLocator } from './desaLocator.js'
import { loadDesaLocator, loadWilayah } from './loadGeoFiles.js'

// Built once: parsing 48,000 vertices is the expensive part, and every test only reads.
let locator: DesaLocator
let geo: GeoIndex
beforeAll(() => {
  locator = loadDesaLocator()
  geo = createGeoIndex(loadWilayah())
})

/** A tiny FeatureCollection with two unit squares side by side, sharing the edge lon = 1. */
const createTwoSquares = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
  type: 'FeatureCollection',
  features: [
    ['35.22.01.2001', 0],
    ['35.22.01.2002', 1],
  ].map(([code, west]) => ({
    type: 'Feature',
    id: code,
    properties: { code },
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [west, 0],
          [Number(west) + 1, 0],
          [Number(west) + 1, 1],
          [west, 1],
          [west, 0],
        ],
      ],
    },
  })),
  ...overrides,
})

describe('loadDesaLocator', () => {
  it('resolves every desa label point to that desa (all 430)', () => {
    const wrong = geo.desa
      .map((d) => ({ code: d.code, found: locator.locate(d.label[1], d.label[0]) }))
      .filter(({ code, found }) => found !== code)
    expect(wrong).toEqual([])
    expect(geo.desa).toHaveLength(430)
  })

  it('takes latitude first: the swapped pair is nowhere', () => {
    const [lon, lat] = geo.desaByCode('35.22.01.2001')!.label // Luwihaji, far west
    expect(locator.locate(lat, lon)).toBe('35.22.01.2001')
    expect(locator.locate(lon, lat)).toBeNull()
  })

  it('moves east when the second argument grows', () => {
    // Along latitude -7.2, west to east: Padangan, Kapas, Kepohbaru.
    const kecamatanAt = (lon: number): string | undefined =>
      geo.kecamatanOfDesa(locator.locate(-7.2, lon) ?? '')?.name
    expect([111.6, 111.9, 112.1].map(kecamatanAt)).toEqual(['Padangan', 'Kapas', 'Kepohbaru'])
  })

  it('answers null outside the regency', () => {
    expect(locator.locate(-7.2575, 112.7521)).toBeNull() // Surabaya
    expect(locator.locate(-6.97, 111.42)).toBeNull() // Blora, Central Java
    expect(locator.locate(0, 0)).toBeNull()
  })

  it('answers null inside the bounding box but outside the regency', () => {
    const [west, south, east, north] = locator.bounds
    // Just north of the Bengawan Solo border above the town (the border crosses lon 111.88 at lat ≈ -7.132).
    const point = { lat: -7.125, lon: 111.88 }
    expect(point.lon).toBeGreaterThan(west)
    expect(point.lon).toBeLessThan(east)
    expect(point.lat).toBeGreaterThan(south)
    expect(point.lat).toBeLessThan(north)
    expect(locator.locate(point.lat, point.lon)).toBeNull()
    expect(locator.locate(-7.132 - 0.01, 111.88)).not.toBeNull() // and 1 km south of it, inside
    expect(locator.locate(south + 0.001, west + 0.001)).toBeNull() // the bounding box's south-west corner
  })

  it('answers null for numbers that are not coordinates', () => {
    expect(locator.locate(Number.NaN, 111.88)).toBeNull()
    expect(locator.locate(-7.15, Number.POSITIVE_INFINITY)).toBeNull()
  })

  it('reports the bounds of SOURCE.md, longitude first', () => {
    expect(locator.bounds).toEqual([111.423515, -7.46964, 112.165688, -6.986355])
  })

  it('finishes 10,000 lookups (cost annotated, not asserted)', async ({ annotate }) => {
    const [west, south, east, north] = locator.bounds
    let seed = 1
    const random = (): number => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646
    const points = Array.from({ length: 10_000 }, () => [
      south + random() * (north - south),
      west + random() * (east - west),
    ])
    const started = performance.now()
    let found = 0
    for (const [lat, lon] of points) if (locator.locate(lat!, lon!) !== null) found++
    const micros = ((performance.now() - started) * 1000) / points.length
    // Roughly 60 % of the bounding box is regency; most points must land in a desa.
    expect(found).toBeGreaterThan(4000)
    await annotate(`${micros.toFixed(1)} µs per lookup, ${found} of 10,000 random points in the box inside`)
  })
})

describe('createDesaLocator', () => {
  it('puts a point on a shared border in one of the two neighbours', () => {
    const squares = createDesaLocator(createTwoSquares())
    expect(squares.locate(0.5, 0.5)).toBe('35.22.01.2001')
    expect(squares.locate(0.5, 1.5)).toBe('35.22.01.2002')
    expect(['35.22.01.2001', '35.22.01.2002']).toContain(squares.locate(0.5, 1))
    expect(squares.bounds).toEqual([0, 0, 2, 1])
  })

  it('refuses a feature whose code is not a desa code, naming the feature', () => {
    const fc = createTwoSquares()
    const features = fc.features as { properties: { code: string }; id?: string }[]
    features[1]!.properties.code = '35.22.01'
    delete features[1]!.id
    expect(() => createDesaLocator(fc)).toThrow(/features.*1.*properties.*code/s)
  })

  it('refuses an id that disagrees with properties.code, and a duplicate code', () => {
    const mismatched = createTwoSquares()
    ;(mismatched.features as { id: string }[])[0]!.id = '35.22.01.2003'
    expect(() => createDesaLocator(mismatched)).toThrow(/must equal properties.code/)

    const duplicated = createTwoSquares()
    const features = duplicated.features as { id: string; properties: { code: string } }[]
    features[1]!.id = features[1]!.properties.code = '35.22.01.2001'
    expect(() => createDesaLocator(duplicated)).toThrow(/duplicate code 35.22.01.2001/)
  })

  it('refuses a geometry that is not a polygon', () => {
    const fc = createTwoSquares()
    ;(fc.features as { geometry: unknown }[])[0]!.geometry = { type: 'Point', coordinates: [0.5, 0.5] }
    expect(() => createDesaLocator(fc)).toThrow()
  })
})
