import type { MapPoint } from '@pendopo/shared'
import { CRS, latLng } from 'leaflet'
import { describe, expect, it } from 'vitest'

import { mercatorX, mercatorY, PointColumns } from './pointColumns.js'

describe('mercatorX() and mercatorY()', () => {
  it("agree with Leaflet's EPSG:3857 at zoom 0, divided by its 256 px", () => {
    for (const [lat, lon] of [
      [-7.15421, 111.88209],
      [-6.98, 112.17],
      [0, 0],
    ] as const) {
      const p = CRS.EPSG3857.latLngToPoint(latLng(lat, lon), 0)
      expect(mercatorX(lon)).toBeCloseTo(p.x / 256, 12)
      expect(mercatorY(lat)).toBeCloseTo(p.y / 256, 12)
    }
  })
})

describe('PointColumns', () => {
  const points = new Map<number, MapPoint>([
    [1, { lat: -7.1, lon: 111.8, colour: 'red' }],
    [2, { lat: -7.2, lon: 111.9, colour: 'blue' }],
    [3, { lat: -7.3, lon: 112.0, colour: 'grey' }],
  ])

  it('keeps the store order and the colour as an index of COLOURS', () => {
    const c = new PointColumns().fill(points, null)
    expect(c.n).toBe(3)
    expect([...c.colour.subarray(0, 3)]).toEqual([0, 3, 4])
    expect(c.x[1]).toBe(mercatorX(111.9))
  })

  it('keeps only what the filter keeps', () => {
    const c = new PointColumns().fill(points, (p) => p.colour !== 'blue')
    expect(c.n).toBe(2)
    expect(c.x[1]).toBe(mercatorX(112.0))
  })

  it('grows its buffers only when the points outgrow them', () => {
    const c = new PointColumns().fill(points, null)
    const buffer = c.x
    c.fill(new Map([...points].slice(0, 1)), null)
    expect(c.x).toBe(buffer)
    expect(c.n).toBe(1)
  })
})
