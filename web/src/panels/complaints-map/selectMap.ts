import type { MapPoint } from '@pendopo/shared'

import type { GeoFeature, GeoLayer } from './geoData.js'
import type { KecamatanLocator } from './locateKecamatan.js'
import type { PointFilter } from './PointsCanvas.js'

export type Emphasis = 'regency' | 'area' | 'urgent'

/** What the choropleth colours: which polygons, and by what. */
export interface ChoroplethScope {
  readonly level: 'kecamatan' | 'desa'
  /** `open`: open complaints; `overdueShare`: the share of them past a deadline (red). */
  readonly measure: 'open' | 'overdueShare'
  /** Kecamatan codes the scene is about; null for the whole regency. */
  readonly focus: readonly string[] | null
}

/**
 * The regency scene compares kecamatan; an area scene looks inside its kecamatan, desa by desa; an urgent
 * scene asks where complaints are already late.
 */
export function scopeOf(emphasis: Emphasis, focus: readonly string[] | undefined): ChoroplethScope {
  const f = focus && focus.length > 0 ? focus : null
  switch (emphasis) {
    case 'regency':
      return { level: 'kecamatan', measure: 'open', focus: null }
    case 'area':
      return { level: 'desa', measure: 'open', focus: f }
    case 'urgent':
      return { level: 'desa', measure: 'overdueShare', focus: f }
  }
}

/** Whether a kecamatan or desa code lies in the focus (a desa code starts with its kecamatan's). */
export function inFocus(code: string, focus: readonly string[] | null): boolean {
  return !focus || focus.some((k) => code === k || code.startsWith(`${k}.`))
}

/** Open complaints and the overdue (red) among them, per kecamatan (`k`) or desa (`d`) counter family. */
export function tallies(
  counters: ReadonlyMap<string, number>,
  family: 'k' | 'd',
): Map<string, { open: number; red: number }> {
  const prefix = `${family}|`
  const out = new Map<string, { open: number; red: number }>()
  for (const [key, n] of counters) {
    if (!key.startsWith(prefix) || n <= 0) continue
    const bar = key.indexOf('|', 2)
    const code = key.slice(2, bar)
    const t = out.get(code) ?? { open: 0, red: 0 }
    t.open += n
    if (key.endsWith('|red')) t.red += n
    out.set(code, t)
  }
  return out
}

/** Fixed classes for a share: under 10 %, 10–25 %, 25–50 %, 50–75 %, 75 % and more. */
export const SHARE_BREAKS: readonly number[] = [0, 0.1, 0.25, 0.5, 0.75]
export const CLASSES = 5

export interface Choropleth {
  readonly scope: ChoroplethScope
  /** The measure per code in focus (absent: nothing open there). */
  readonly values: ReadonlyMap<string, number>
  /** Lower bound of each class, ascending; at most `CLASSES`. */
  readonly breaks: readonly number[]
}

export function selectChoropleth(counters: ReadonlyMap<string, number>, scope: ChoroplethScope): Choropleth {
  const values = new Map<string, number>()
  for (const [code, t] of tallies(counters, scope.level === 'kecamatan' ? 'k' : 'd')) {
    if (!inFocus(code, scope.focus) || t.open === 0) continue
    values.set(code, scope.measure === 'open' ? t.open : t.red / t.open)
  }
  const breaks = scope.measure === 'open' ? niceBreaks([...values.values()]) : SHARE_BREAKS
  return { scope, values, breaks }
}

/**
 * Class lower bounds at the quintiles of the values, rounded to 1-2-5 steps: the classes spread the polygons
 * over the ramp (a few busy kecamatan do not flatten the rest), and round bounds change only when the counts
 * really move, so the map does not re-colour itself with every complaint.
 */
export function niceBreaks(values: readonly number[]): number[] {
  const sorted = values.filter((v) => v > 0).sort((a, b) => a - b)
  const breaks = [1]
  for (let q = 1; q < CLASSES; q++) {
    const v = nice(sorted[Math.floor((q * sorted.length) / CLASSES)] ?? 0)
    if (v > (breaks.at(-1) ?? 0)) breaks.push(v)
  }
  return breaks
}

/** The 1-2-5 number nearest to `v` (in ratio); small counts stay exact. */
export function nice(v: number): number {
  if (v <= 5) return Math.round(v)
  const magnitude = 10 ** Math.floor(Math.log10(v))
  let best = magnitude
  for (const step of [1, 2, 5, 10]) {
    if (Math.abs(Math.log(v / (step * magnitude))) < Math.abs(Math.log(v / best))) best = step * magnitude
  }
  return best
}

/**
 * The ramp index (0 = nothing open, 1–5) of a value. With fewer classes than the ramp has (few distinct
 * counts), the classes are spread over it so that the brightest still means "the most".
 */
export function rampIndex(value: number | undefined, breaks: readonly number[]): number {
  if (value === undefined) return 0
  let cls = 0
  for (const b of breaks) if (value >= b) cls++
  if (cls === 0) return 0
  if (breaks.length === 1) return CLASSES
  return 1 + Math.round(((cls - 1) * (CLASSES - 1)) / (breaks.length - 1))
}

/** The legend's classes: ramp index and lower bound; each runs up to the next, the last is open-ended. */
export function legendSteps(c: Choropleth): Array<{ ramp: number; from: number; last: boolean }> {
  return c.breaks.map((from, i) => ({
    ramp: rampIndex(from, c.breaks),
    from,
    last: i === c.breaks.length - 1,
  }))
}

/** South-west and north-east corners of the features (all of them when `codes` is null). */
export function boundsOf(
  features: readonly GeoFeature[],
  codes: readonly string[] | null,
): [[number, number], [number, number]] | null {
  let s = Infinity
  let w = Infinity
  let n = -Infinity
  let e = -Infinity
  for (const f of features) {
    if (codes && !codes.includes(f.properties.code)) continue
    const rings = f.geometry.type === 'Polygon' ? f.geometry.coordinates : f.geometry.coordinates.flat()
    for (const ring of rings)
      for (const [lon = 0, lat = 0] of ring) {
        s = Math.min(s, lat)
        n = Math.max(n, lat)
        w = Math.min(w, lon)
        e = Math.max(e, lon)
      }
  }
  return Number.isFinite(s)
    ? [
        [s, w],
        [n, e],
      ]
    : null
}

/**
 * The scene's point filter: a point is shown when it lies in one of `kecamatan`. Where a point lies is
 * remembered per point object (points are immutable; a colour change makes a new one), in a WeakMap, so
 * each is located once and the memory goes with the point.
 */
export function createPointFilter(locator: KecamatanLocator, kecamatan: readonly string[]): PointFilter {
  const wanted = locator.codes.map((code) => kecamatan.includes(code))
  return {
    point: (p) => wanted[locatedIndex(locator, p)] === true,
    at: (lon, lat) => wanted[locator.locate(lon, lat)] === true,
  }
}

const located = new WeakMap<KecamatanLocator, WeakMap<MapPoint, number>>()
function locatedIndex(locator: KecamatanLocator, p: MapPoint): number {
  let cache = located.get(locator)
  if (!cache) located.set(locator, (cache = new WeakMap()))
  let index = cache.get(p)
  if (index === undefined) cache.set(p, (index = locator.locate(p.lon, p.lat)))
  return index
}

/** A filter that shows nothing: a scene limited to some kecamatan, before the map knows where they are. */
export const SHOW_NOTHING: PointFilter = { point: () => false, at: () => false }

/**
 * Which polygons get a name, most important first: the kecamatan of the regency (the town first, then by
 * area: the big ones have room), the focus kecamatan of an area, the desa of an urgent kecamatan.
 */
export function labelledFeatures(
  scope: ChoroplethScope,
  layers: { kecamatan: GeoLayer | null; desa: GeoLayer | null },
): GeoFeature[] {
  const byImportance = (a: GeoFeature, b: GeoFeature) =>
    (b.properties.kelurahanCount ?? 0) - (a.properties.kelurahanCount ?? 0) ||
    b.properties.areaKm2 - a.properties.areaKm2
  const source = labelsDesa(scope) ? layers.desa : layers.kecamatan
  return (source?.features ?? []).filter((f) => inFocus(f.properties.code, scope.focus)).sort(byImportance)
}

/** A single kecamatan seen desa by desa names its desa; anything larger names kecamatan. */
export const labelsDesa = (scope: ChoroplethScope): boolean =>
  scope.level === 'desa' && scope.focus?.length === 1
