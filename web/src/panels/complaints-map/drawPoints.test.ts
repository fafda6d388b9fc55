import type { MapPoint } from '@pendopo/shared'
import { describe, expect, it } from 'vitest'

import { Binner } from './binPoints.js'
import { ceilNice, clusterRadius, drawBins, pointSizes } from './drawPoints.js'
import { OUTLINE_HEX, SLA_HEX } from './palette.js'
import { PointColumns } from './pointColumns.js'

/** A 2D context that records what is filled: each fill's colour and the arcs of its path. */
function recordingContext() {
  const fills: Array<{ colour: string; arcs: number[][] }> = []
  let arcs: number[][] = []
  const ctx = {
    fillStyle: '',
    strokeStyle: '',
    lineWidth: 1,
    globalAlpha: 1,
    beginPath: () => (arcs = []),
    moveTo: () => undefined,
    closePath: () => undefined,
    arc: (...a: number[]) => arcs.push(a),
    fill: () => fills.push({ colour: ctx.fillStyle, arcs }),
    stroke: () => fills.push({ colour: `stroke ${ctx.strokeStyle}`, arcs }),
  }
  return { ctx: ctx as unknown as CanvasRenderingContext2D, fills }
}

function binned(points: Array<[number, number, MapPoint['colour']]>): Binner {
  const columns = new PointColumns().fill(
    new Map(points.map(([, , colour], i) => [i, { lat: 0, lon: 0, colour }])),
    null,
  )
  points.forEach(([x, y], i) => {
    columns.x[i] = x / 1000
    columns.y[i] = y / 1000
  })
  return new Binner().bin(columns, { scale: 1000, ox: 0, oy: 0, width: 200, height: 200 }, 50)
}

describe('drawBins()', () => {
  const sizes = pointSizes(28)

  it('draws a cluster as a pie, red first from 12 o’clock, wedges in proportion', () => {
    const { ctx, fills } = recordingContext()
    drawBins(
      ctx,
      binned([
        [10, 10, 'red'],
        [12, 10, 'blue'],
        [10, 12, 'blue'],
        [12, 12, 'blue'],
      ]),
      sizes,
    )
    expect(fills.map((f) => f.colour)).toEqual([OUTLINE_HEX, SLA_HEX.red, SLA_HEX.blue])
    const [, red, blue] = fills
    expect(red?.arcs[0]?.slice(3)).toEqual([-Math.PI / 2, 0]) // a quarter
    expect(blue?.arcs[0]?.[4]).toBeCloseTo((3 * Math.PI) / 2) // the rest, round to the top
  })

  it('draws a sparse point as a dot on a dark outline, in its colour', () => {
    const { ctx, fills } = recordingContext()
    drawBins(ctx, binned([[150, 150, 'yellow']]), sizes)
    expect(fills.map((f) => [f.colour, f.arcs[0]?.[2]])).toEqual([
      [OUTLINE_HEX, sizes.dot + sizes.outline],
      [SLA_HEX.yellow, sizes.dot],
    ])
  })
})

describe('clusterRadius()', () => {
  const sizes = pointSizes(28)

  it('grows with the area of the count, between the smallest and the biggest cluster', () => {
    expect(clusterRadius(100, { biggest: 100, sizes })).toBe(sizes.clusterMax)
    expect(clusterRadius(25, { biggest: 100, sizes })).toBeCloseTo(sizes.clusterMax / 2)
    expect(clusterRadius(4, { biggest: 10_000, sizes })).toBe(sizes.clusterMin)
  })

  it('keeps its scale while the biggest cluster grows within a 1-2-5 step', () => {
    expect(clusterRadius(30, { biggest: 120, sizes })).toBe(clusterRadius(30, { biggest: 190, sizes }))
  })
})

describe('ceilNice()', () => {
  it('rounds up to 1, 2 or 5 times a power of ten', () => {
    expect([0, 1, 3, 20, 21, 120, 501].map(ceilNice)).toEqual([1, 1, 5, 20, 50, 200, 1000])
  })
})
