import { COLOURS, type MapPoint } from '@pendopo/shared'
import { describe, expect, it } from 'vitest'

import { Binner, SINGLES_MAX, type View } from './binPoints.js'
import { PointColumns } from './pointColumns.js'

/** Columns whose unit-square coordinates are screen pixels / 1000 (a view of scale 1000 at the origin). */
function columnsAt(points: Array<[number, number, MapPoint['colour']]>): PointColumns {
  const c = new PointColumns()
  c.fill(new Map(points.map(([, , colour], i) => [i, { lon: 0, lat: 0, colour }])), null)
  points.forEach(([x, y], i) => {
    c.x[i] = x / 1000
    c.y[i] = y / 1000
  })
  return c
}
const view: View = { scale: 1000, ox: 0, oy: 0, width: 100, height: 100 }

describe('Binner', () => {
  it(`draws up to ${SINGLES_MAX} points of a cell as dots, where they are`, () => {
    const bins = new Binner().bin(
      columnsAt([
        [5, 5, 'red'],
        [6, 6, 'blue'],
        [55, 55, 'green'],
      ]),
      view,
      50,
    )
    expect(bins.nClusters).toBe(0)
    expect([...bins.singles.subarray(0, bins.nSingles)]).toEqual([0, 1, 2])
    expect([bins.px[2], bins.py[2]]).toEqual([55, 55])
    expect(bins.drawn).toBe(3)
  })

  it('makes one cluster of a dense cell, at its centroid, counted by colour', () => {
    const bins = new Binner().bin(
      columnsAt([
        [10, 10, 'red'],
        [20, 10, 'red'],
        [10, 20, 'blue'],
        [20, 20, 'green'],
        [70, 70, 'yellow'],
      ]),
      view,
      50,
    )
    expect(bins.nClusters).toBe(1)
    expect([bins.cx[0], bins.cy[0], bins.total[0]]).toEqual([15, 15, 4])
    const counts = Object.fromEntries(COLOURS.map((c, i) => [c, bins.counts[i]]))
    expect(counts).toEqual({ red: 2, yellow: 0, green: 1, blue: 1, grey: 0 })
    expect(bins.nSingles).toBe(1)
    expect(bins.drawn).toBe(5)
  })

  it('leaves out points off screen, and does not count them as drawn', () => {
    const bins = new Binner().bin(
      columnsAt([
        [-1, 5, 'red'],
        [5, 100, 'red'],
        [99, 99, 'red'],
      ]),
      view,
      50,
    )
    expect(bins.drawn).toBe(1)
    expect(bins.nSingles).toBe(1)
  })

  it('reuses its buffers from one draw to the next', () => {
    const binner = new Binner()
    const columns = columnsAt(
      Array.from({ length: 500 }, (_, i) => [i % 100, Math.floor(i / 5), 'blue'] as [number, number, 'blue']),
    )
    binner.bin(columns, view, 20)
    const buffers = [binner.px, binner.cx, binner.counts]
    binner.bin(columns, view, 20)
    expect([binner.px, binner.cx, binner.counts]).toEqual(buffers)
    expect(binner.px).toBe(buffers[0])
  })
})
