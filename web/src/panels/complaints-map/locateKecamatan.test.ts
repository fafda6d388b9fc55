import type { Polygon } from 'geojson'
import { describe, expect, it } from 'vitest'

import kecamatanText from '../../../../shared/data/geo/bojonegoro-kecamatan.geojson?raw'
import wilayah from '../../../../shared/data/geo/bojonegoro-wilayah.json'

import { asGeoLayer } from './geoData.js'
import { createKecamatanLocator } from './locateKecamatan.js'

const kecamatan = asGeoLayer(JSON.parse(kecamatanText))
const realLocator = () =>
  createKecamatanLocator(kecamatan.features.map((f) => ({ code: f.properties.code, geometry: f.geometry })))

const square = (x: number, y: number, size: number): number[][] => [
  [x, y],
  [x + size, y],
  [x + size, y + size],
  [x, y + size],
  [x, y],
]

describe('createKecamatanLocator()', () => {
  it('finds the polygon a point lies in, and -1 outside all', () => {
    const locator = createKecamatanLocator([
      { code: 'a', geometry: { type: 'Polygon', coordinates: [square(0, 0, 1)] } },
      { code: 'b', geometry: { type: 'Polygon', coordinates: [square(1, 0, 1)] } },
    ])
    expect(locator.codes).toEqual(['a', 'b'])
    expect([
      locator.locate(0.5, 0.5),
      locator.locate(1.5, 0.5),
      locator.locate(2.5, 0.5),
      locator.locate(0.5, 3),
    ]).toEqual([0, 1, -1, -1])
  })

  it('respects holes and the parts of a multipolygon', () => {
    const withHole: Polygon = {
      type: 'Polygon',
      coordinates: [square(0, 0, 1), square(0.4, 0.4, 0.2).reverse()],
    }
    const locator = createKecamatanLocator([
      { code: 'ring', geometry: withHole },
      {
        code: 'parts',
        geometry: { type: 'MultiPolygon', coordinates: [[square(0.45, 0.45, 0.1)], [square(5, 5, 1)]] },
      },
    ])
    expect(locator.locate(0.2, 0.2)).toBe(0)
    expect(locator.locate(0.5, 0.5)).toBe(1) // in the hole, on the enclave
    expect(locator.locate(0.42, 0.42)).toBe(-1) // in the hole, off the enclave
    expect(locator.locate(5.5, 5.5)).toBe(1)
  })

  it('puts every kecamatan label point of Bojonegoro in its own kecamatan', () => {
    const locator = realLocator()
    for (const f of kecamatan.features) {
      expect(locator.codes[locator.locate(...f.properties.label)]).toBe(f.properties.code)
    }
  })

  it('puts every desa label point in the kecamatan the code list files it under', () => {
    const locator = realLocator()
    const misplaced = wilayah.kecamatan.flatMap((k) =>
      k.desa
        .filter((d) => locator.codes[locator.locate(d.label[0] ?? 0, d.label[1] ?? 0)] !== k.code)
        .map((d) => d.code),
    )
    expect(misplaced).toEqual([])
  })

  it('locates 20,000 points quickly enough to filter a full map at once', () => {
    const locator = realLocator()
    const started = performance.now()
    let found = 0
    for (let i = 0; i < 20_000; i++)
      if (locator.locate(111.45 + (i % 200) * 0.0035, -7.45 + Math.floor(i / 200) * 0.0045) >= 0) found++
    expect(found).toBeGreaterThan(10_000)
    expect(performance.now() - started).toBeLessThan(500) // about 10 ms on a laptop; generous for CI
  })
})
