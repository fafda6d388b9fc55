import { describe, expect, it, vi } from 'vitest'

import { asGeoLayer, fetchGeoLayer, type GeoDeps } from './geoData.js'

const layer = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { code: '35.22.01', name: 'Ngraho', label: [111.56, -7.24], areaKm2: 85 },
      geometry: { type: 'Polygon', coordinates: [] },
    },
  ],
}

describe('asGeoLayer()', () => {
  it('takes a FeatureCollection whose features have code, name and label', () => {
    expect(asGeoLayer(layer).features[0]?.properties.name).toBe('Ngraho')
  })

  it('refuses anything else', () => {
    expect(() => asGeoLayer({ type: 'Feature' })).toThrow('not a FeatureCollection')
    expect(() => asGeoLayer({ ...layer, features: [{ properties: { code: 'x' } }] })).toThrow('without code')
  })
})

describe('fetchGeoLayer()', () => {
  it('asks again, waiting longer each time, until the file arrives', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    const waits: number[] = []
    let calls = 0
    const deps: GeoDeps = {
      fetch: () => {
        calls++
        if (calls === 1) return Promise.reject(new Error('offline'))
        if (calls === 2) return Promise.resolve({ ok: false, status: 503, json: () => Promise.resolve(null) })
        return Promise.resolve({ ok: true, status: 200, json: () => Promise.resolve(layer) })
      },
      sleep: (ms) => {
        waits.push(ms)
        return Promise.resolve()
      },
    }
    const loaded = await fetchGeoLayer('/k.geojson', deps)
    expect(loaded.features).toHaveLength(1)
    expect(waits).toEqual([2_000, 4_000])
  })
})
