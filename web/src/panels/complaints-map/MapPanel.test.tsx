import { TEST_IDS } from '@pendopo/shared'
import { cleanup, render, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import kecamatanText from '../../../../shared/data/geo/bojonegoro-kecamatan.geojson?raw'
import { manualFrames } from '../../store/frames.js'
import { WallProvider } from '../../store/WallProvider.js'
import { createWallStore } from '../../store/wallStore.js'

import { MapPanel } from './MapPanel.js'
import { syntheticReference, syntheticSnapshot } from './stress/syntheticWall.js'

/** The boundary files, as the server would serve them (the kabupaten and desa are not needed here). */
function serveGeo() {
  vi.stubGlobal('fetch', (url: string) =>
    Promise.resolve({
      ok: true,
      status: 200,
      json: () =>
        Promise.resolve(
          url.includes('kecamatan') ? JSON.parse(kecamatanText) : { type: 'FeatureCollection', features: [] },
        ),
    }),
  )
}

function createWall() {
  const frames = manualFrames()
  const wall = createWallStore({ frames, now: () => 1_000_000 })
  wall.setReference(syntheticReference())
  wall.receiveSnapshot(syntheticSnapshot({ points: 200, issues: 16, seed: 3 }))
  frames.frame()
  return wall
}

describe('MapPanel', () => {
  beforeEach(serveGeo)
  afterEach(() => {
    cleanup()
    vi.unstubAllGlobals()
  })

  it('is a titled panel whose points canvas carries the test id and a count', () => {
    render(
      <WallProvider wall={createWall()}>
        <MapPanel filter={{}} emphasis="regency" />
      </WallProvider>,
    )
    const panel = screen.getByTestId(TEST_IDS.panel.map)
    expect(panel.querySelector('h2')?.textContent).toBe('Peta pengaduan')
    const points = screen.getByTestId(TEST_IDS.panel.mapPoints)
    expect(points.tagName).toBe('CANVAS')
    expect(points.dataset['count']).toMatch(/^\d+$/)
  })

  it("names the choropleth's measure and the SLA colours in its legend, in Indonesian", () => {
    render(
      <WallProvider wall={createWall()}>
        <MapPanel filter={{ kecamatan: ['35.22.01'] }} focus={['35.22.01']} emphasis="urgent" />
      </WallProvider>,
    )
    const legend = screen.getByTestId(TEST_IDS.panel.map).textContent ?? ''
    expect(legend).toContain('Porsi terlambat per desa')
    expect(legend).toContain('Terlambat')
    expect(legend).toContain('Batas wilayah © Cahya DSN, MIT')
  })
})
