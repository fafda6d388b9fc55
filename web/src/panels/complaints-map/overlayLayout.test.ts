import { describe, expect, it } from 'vitest'

import type { GeoFeature } from './geoData.js'
import { layoutOverlay, SYMBOL_REM } from './overlayLayout.js'
import type { IssueMarker } from './selectIssues.js'

const marker = (id: string, severity: 1 | 2 | 3, at: [number, number]): IssueMarker => ({
  id,
  kind: 'flood',
  severity,
  title: id,
  desaCode: `d-${id}`,
  lon: at[0],
  lat: at[1],
  slot: 0,
  slots: 1,
})
const feature = (code: string, at: [number, number]): GeoFeature => ({
  type: 'Feature',
  properties: { code, name: code, label: at, areaKm2: 1 },
  geometry: { type: 'Polygon', coordinates: [] },
})

/** A flat projection for the test: lon, lat are already pixels. */
const base = {
  project: (lat: number, lon: number) => ({ x: lon, y: lat }),
  width: 1000,
  height: 600,
  rem: 20,
  measure: (text: string) => text.length * 10,
  labelled: [],
  obstacles: [],
  symbolScale: 1,
  prefer: 'centre' as const,
}

describe('layoutOverlay()', () => {
  it('keeps every symbol, moving the less severe of two that would overlap', () => {
    const { symbols } = layoutOverlay({
      ...base,
      markers: [marker('minor', 1, [500, 300]), marker('major', 3, [505, 300])],
    })
    const byId = Object.fromEntries(symbols.map((s) => [s.marker.id, s]))
    expect(byId['major']).toMatchObject({ x: 505, y: 300, size: SYMBOL_REM[3] * 20 })
    expect(byId['minor']?.x).toBeGreaterThan(505 + (SYMBOL_REM[3] * 20) / 2)
    expect(symbols.map((s) => s.marker.id)).toEqual(['minor', 'major']) // drawn in the given order
  })

  it('keeps names off the symbols', () => {
    const { labels } = layoutOverlay({
      ...base,
      markers: [marker('flood', 2, [500, 300])],
      labelled: [feature('Kapas', [500, 300])],
    })
    expect(labels).toHaveLength(1)
    expect(Math.abs((labels[0]?.y ?? 300) - 300)).toBeGreaterThan(20)
  })
})
