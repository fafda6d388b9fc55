import type { MapPoint } from '@pendopo/shared'
import { describe, expect, it } from 'vitest'

import type { GeoFeature } from './geoData.js'
import type { KecamatanLocator } from './locateKecamatan.js'
import {
  boundsOf,
  createPointFilter,
  inFocus,
  labelledFeatures,
  legendSteps,
  nice,
  niceBreaks,
  rampIndex,
  scopeOf,
  selectChoropleth,
  SHARE_BREAKS,
  tallies,
} from './selectMap.js'

const counters = (entries: Record<string, number>) => new Map(Object.entries(entries))

describe('scopeOf()', () => {
  it('compares kecamatan by open complaints in the regency scene, whatever the focus', () => {
    expect(scopeOf('regency', ['35.22.01'])).toEqual({ level: 'kecamatan', measure: 'open', focus: null })
  })

  it('looks inside the focus desa by desa in an area scene', () => {
    expect(scopeOf('area', ['35.22.01', '35.22.02'])).toEqual({
      level: 'desa',
      measure: 'open',
      focus: ['35.22.01', '35.22.02'],
    })
  })

  it('shows the overdue share per desa in an urgent scene, and treats an empty focus as none', () => {
    expect(scopeOf('urgent', [])).toEqual({ level: 'desa', measure: 'overdueShare', focus: null })
  })
})

describe('inFocus()', () => {
  it('takes a kecamatan and its desa, and nothing that only starts with the same digits', () => {
    expect(inFocus('35.22.01', ['35.22.01'])).toBe(true)
    expect(inFocus('35.22.01.2003', ['35.22.01'])).toBe(true)
    expect(inFocus('35.22.011', ['35.22.01'])).toBe(false)
    expect(inFocus('35.22.02.2003', ['35.22.01'])).toBe(false)
    expect(inFocus('35.22.02.2003', null)).toBe(true)
  })
})

describe('tallies()', () => {
  it('adds up the colours of one family per code and counts the red among them', () => {
    const c = counters({
      'k|35.22.01|red': 2,
      'k|35.22.01|blue': 5,
      'k|35.22.02|green': 1,
      'd|35.22.01.2001|red': 9,
      'p|-|RECEIVED|red': 4,
    })
    expect(tallies(c, 'k')).toEqual(
      new Map([
        ['35.22.01', { open: 7, red: 2 }],
        ['35.22.02', { open: 1, red: 0 }],
      ]),
    )
  })

  it('ignores counters at zero or below', () => {
    expect(tallies(counters({ 'd|35.22.01.2001|red': 0 }), 'd').size).toBe(0)
  })
})

describe('selectChoropleth()', () => {
  it('counts open complaints per kecamatan for the regency', () => {
    const c = selectChoropleth(
      counters({ 'k|35.22.01|red': 2, 'k|35.22.01|blue': 5, 'k|35.22.02|green': 1 }),
      scopeOf('regency', undefined),
    )
    expect(c.values).toEqual(
      new Map([
        ['35.22.01', 7],
        ['35.22.02', 1],
      ]),
    )
  })

  it('keeps only the desa of the focus kecamatan, and takes its classes from them alone', () => {
    const c = selectChoropleth(
      counters({ 'd|35.22.01.2001|green': 3, 'd|35.22.01.2002|green': 40, 'd|35.22.02.2001|green': 5000 }),
      scopeOf('area', ['35.22.01']),
    )
    expect([...c.values.keys()]).toEqual(['35.22.01.2001', '35.22.01.2002'])
    expect(Math.max(...c.breaks)).toBeLessThan(5000)
  })

  it('gives the overdue share in an urgent scene, on fixed classes', () => {
    const c = selectChoropleth(
      counters({ 'd|35.22.01.2001|red': 1, 'd|35.22.01.2001|green': 3, 'd|35.22.01.2002|blue': 2 }),
      scopeOf('urgent', ['35.22.01']),
    )
    expect(c.values).toEqual(
      new Map([
        ['35.22.01.2001', 0.25],
        ['35.22.01.2002', 0],
      ]),
    )
    expect(c.breaks).toBe(SHARE_BREAKS)
  })
})

describe('niceBreaks()', () => {
  it('starts at 1 and puts round bounds at the quintiles', () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1)
    expect(niceBreaks(values)).toEqual([1, 20, 50, 100])
  })

  it('gives fewer classes when the values are few and alike', () => {
    expect(niceBreaks([3, 3, 3])).toEqual([1, 3])
    expect(niceBreaks([])).toEqual([1])
  })

  it('holds still when counts move a little', () => {
    const values = Array.from({ length: 28 }, (_, i) => 10 + i * 13)
    const moved = values.map((v, i) => (i === 5 ? v + 1 : v))
    expect(niceBreaks(moved)).toEqual(niceBreaks(values))
  })
})

describe('nice()', () => {
  it('rounds to the nearest 1-2-5 step by ratio and keeps small counts exact', () => {
    expect([3, 7, 14, 37, 160, 420, 800].map(nice)).toEqual([3, 5, 10, 50, 200, 500, 1000])
  })
})

describe('rampIndex()', () => {
  it('is 0 where nothing is open and counts the bounds reached otherwise', () => {
    const breaks = [1, 5, 10, 20, 50]
    expect([undefined, 1, 4, 5, 49, 50, 900].map((v) => rampIndex(v, breaks))).toEqual([0, 1, 1, 2, 4, 5, 5])
  })

  it('spreads fewer classes over the whole ramp, so the most is always the brightest', () => {
    expect([1, 3, 9].map((v) => rampIndex(v, [1, 3, 9]))).toEqual([1, 3, 5])
    expect(rampIndex(4, [1])).toBe(5)
  })
})

describe('legendSteps()', () => {
  it('lists each class with its lower bound, the last open-ended', () => {
    const c = selectChoropleth(
      counters({ 'k|35.22.01|red': 1, 'k|35.22.02|red': 9 }),
      scopeOf('regency', undefined),
    )
    expect(legendSteps({ ...c, breaks: [1, 5, 10] })).toEqual([
      { ramp: 1, from: 1, last: false },
      { ramp: 3, from: 5, last: false },
      { ramp: 5, from: 10, last: true },
    ])
  })
})

describe('boundsOf()', () => {
  const square = (code: string, [x, y]: [number, number]): GeoFeature => ({
    type: 'Feature',
    properties: { code, name: code, label: [x + 0.5, y + 0.5], areaKm2: 1 },
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [x, y],
          [x + 1, y],
          [x + 1, y + 1],
          [x, y + 1],
          [x, y],
        ],
      ],
    },
  })

  it('spans the chosen features as [[south, west], [north, east]]', () => {
    const features = [square('a', [111, -8]), square('b', [112, -7]), square('c', [120, 0])]
    expect(boundsOf(features, ['a', 'b'])).toEqual([
      [-8, 111],
      [-6, 113],
    ])
    expect(boundsOf(features, null)).toEqual([
      [-8, 111],
      [1, 121],
    ])
    expect(boundsOf(features, ['zzz'])).toBeNull()
  })
})

describe('createPointFilter()', () => {
  it('shows the points in the wanted kecamatan and locates each point object once', () => {
    let lookups = 0
    const locator: KecamatanLocator = {
      codes: ['35.22.01', '35.22.02'],
      locate: (lon) => (lookups++, lon < 0 ? -1 : lon < 10 ? 0 : 1),
    }
    const filter = createPointFilter(locator, ['35.22.02'])
    const inside: MapPoint = { lat: 0, lon: 20, colour: 'red' }
    const elsewhere: MapPoint = { lat: 0, lon: 5, colour: 'red' }
    const nowhere: MapPoint = { lat: 0, lon: -5, colour: 'red' }
    expect([inside, elsewhere, nowhere].map((p) => filter.point(p))).toEqual([true, false, false])
    expect([inside, elsewhere, nowhere].map((p) => filter.point(p))).toEqual([true, false, false])
    expect(lookups).toBe(3)
    expect(filter.at(20, 0)).toBe(true)
  })
})

describe('labelledFeatures()', () => {
  const feature = (code: string, areaKm2: number, kelurahanCount = 0): GeoFeature => ({
    type: 'Feature',
    properties: { code, name: code, label: [111, -7], areaKm2, kelurahanCount },
    geometry: { type: 'Polygon', coordinates: [] },
  })
  const kecamatan = {
    type: 'FeatureCollection' as const,
    features: [feature('35.22.01', 80), feature('35.22.15', 25, 11), feature('35.22.02', 120)],
  }
  const desa = {
    type: 'FeatureCollection' as const,
    features: [feature('35.22.01.2001', 3), feature('35.22.01.2002', 9), feature('35.22.02.2001', 5)],
  }

  it('names the kecamatan of the regency, the town first, then the biggest', () => {
    const names = labelledFeatures(scopeOf('regency', undefined), { kecamatan, desa }).map(
      (f) => f.properties.code,
    )
    expect(names).toEqual(['35.22.15', '35.22.02', '35.22.01'])
  })

  it('names the focus kecamatan of an area, and the desa of a single kecamatan', () => {
    const area = labelledFeatures(scopeOf('area', ['35.22.01', '35.22.02']), { kecamatan, desa })
    expect(area.map((f) => f.properties.code)).toEqual(['35.22.02', '35.22.01'])
    const urgent = labelledFeatures(scopeOf('urgent', ['35.22.01']), { kecamatan, desa })
    expect(urgent.map((f) => f.properties.code)).toEqual(['35.22.01.2002', '35.22.01.2001'])
  })
})
