import { dashboardFromSnapshot } from '@pendopo/shared'
import { describe, expect, it } from 'vitest'

import kecamatanText from '../../../../shared/data/geo/bojonegoro-kecamatan.geojson?raw'

import { Binner, type View } from './binPoints.js'
import { asGeoLayer } from './geoData.js'
import { createKecamatanLocator } from './locateKecamatan.js'
import { mercatorX, mercatorY, PointColumns } from './pointColumns.js'
import { createPointFilter, scopeOf, selectChoropleth } from './selectMap.js'
import { syntheticSnapshot } from './stress/syntheticWall.js'

/**
 * The per-update cost of the map's view model with the most points a wall holds (20,000): what runs when
 * the points change. Budgets are generous (CI machines are slow and shared); measured on the dev box: about
 * 1 ms to refill the columns, 0.3 ms to bin, 10 ms to locate all points once for a filtered scene.
 */
const dashboard = dashboardFromSnapshot(syntheticSnapshot({ points: 20_000, issues: 0, seed: 5 }))
const kecamatan = asGeoLayer(JSON.parse(kecamatanText))

/** The regency fitted into the overview's map panel at 1080p (≈ 1000 × 700 px, zoom ≈ 10.4). */
function regencyView(): View {
  const scale = 256 * 2 ** 10.4
  const [west, north] = [111.4235, -6.9864]
  return { scale, ox: -mercatorX(west) * scale, oy: -mercatorY(north) * scale, width: 1000, height: 700 }
}

function timed(run: () => void, times = 20): number {
  run() // warm up
  const started = performance.now()
  for (let i = 0; i < times; i++) run()
  return (performance.now() - started) / times
}

describe('the map pipeline with 20,000 points', () => {
  it('refills the columns and bins them in a few milliseconds, so it can run on every redraw', () => {
    const columns = new PointColumns()
    const binner = new Binner()
    const view = regencyView()
    const fill = timed(() => columns.fill(dashboard.points, null))
    const bin = timed(() => binner.bin(columns, view, 45))
    expect(columns.n).toBe(20_000)
    expect(binner.drawn).toBeGreaterThan(19_000)
    expect(binner.nClusters).toBeLessThan(400) // what is drawn depends on the screen, not on the points
    expect(fill).toBeLessThan(25)
    expect(bin).toBeLessThan(25)
  })

  it('filters a scene to its kecamatan, locating each point once', () => {
    const locator = createKecamatanLocator(
      kecamatan.features.map((f) => ({ code: f.properties.code, geometry: f.geometry })),
    )
    const filter = createPointFilter(locator, ['35.22.15', '35.22.06'])
    const columns = new PointColumns()
    const first = timed(() => columns.fill(dashboard.points, filter.point), 1)
    const again = timed(() => columns.fill(dashboard.points, filter.point))
    expect(columns.n).toBeGreaterThan(0)
    expect(columns.n).toBeLessThan(20_000)
    expect(first).toBeLessThan(400)
    expect(again).toBeLessThan(40)
  })

  it('computes the choropleth from the counters in well under a frame', () => {
    const scope = scopeOf('area', ['35.22.15', '35.22.06'])
    const ms = timed(() => selectChoropleth(dashboard.counters, scope))
    expect(ms).toBeLessThan(10)
  })
})
