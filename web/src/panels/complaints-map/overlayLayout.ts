import type { GeoFeature } from './geoData.js'
import { type Box, type LabelPreference, type PlacedLabel, placeLabels } from './placeLabels.js'
import type { IssueMarker } from './selectIssues.js'

/** Symbol size by severity (1 waspada, 2 siaga, 3 awas), in rem: even the smallest is legible from 8 m. */
export const SYMBOL_REM: Readonly<Record<1 | 2 | 3, number>> = { 1: 1.25, 2: 1.55, 3: 1.85 }
/** Label line box, in rem (the text is 1rem). */
const LABEL_HEIGHT_REM = 1.2

export interface PlacedSymbol {
  readonly marker: IssueMarker
  readonly size: number
  readonly x: number
  readonly y: number
}

/**
 * Where the symbols and names go on screen. Symbols first, the most severe first: each takes its desa's
 * point (several in one desa side by side) or the nearest free place, and none is ever left out. Names then
 * fit around the symbols and the legend, the most important first; those with no room are left out.
 */
export function layoutOverlay(o: {
  /** Container px of a `[lat, lon]`. */
  project: (lat: number, lon: number) => { x: number; y: number }
  width: number
  height: number
  rem: number
  measure: (text: string) => number
  markers: readonly IssueMarker[]
  labelled: readonly GeoFeature[]
  obstacles: readonly Box[]
  symbolScale: number
  prefer: LabelPreference
}): { symbols: PlacedSymbol[]; labels: PlacedLabel[] } {
  const { rem } = o
  const sizeOf = (m: IssueMarker) => SYMBOL_REM[m.severity] * o.symbolScale * rem
  const bySeverity = [...o.markers].sort((a, b) => b.severity - a.severity)
  const places = placeLabels(
    bySeverity.map((m) => {
      const p = o.project(m.lat, m.lon)
      const size = sizeOf(m)
      const x = p.x + (m.slot - (m.slots - 1) / 2) * size * 1.1
      return { id: m.id, text: '', x, y: p.y, width: size, height: size }
    }),
    {
      width: o.width,
      height: o.height,
      obstacles: o.obstacles,
      gap: 0.06 * rem,
      prefer: 'around',
      keepAll: true,
    },
  )
  const placeOf = new Map(places.map((p) => [p.id, p]))
  const symbols = o.markers.map((marker) => {
    const p = placeOf.get(marker.id)
    return { marker, size: sizeOf(marker), x: p?.x ?? 0, y: p?.y ?? 0 }
  })

  const half = (s: PlacedSymbol) => s.size / 2
  const blocked = [
    ...o.obstacles,
    ...symbols.map((s) => ({ x0: s.x - half(s), y0: s.y - half(s), x1: s.x + half(s), y1: s.y + half(s) })),
  ]
  const candidates = o.labelled.map((f) => {
    const p = o.project(f.properties.label[1], f.properties.label[0])
    const text = f.properties.name
    return {
      id: f.properties.code,
      text,
      x: p.x,
      y: p.y,
      width: o.measure(text),
      height: LABEL_HEIGHT_REM * rem,
    }
  })
  const labels = placeLabels(candidates, {
    width: o.width,
    height: o.height,
    obstacles: blocked,
    gap: 0.12 * rem,
    prefer: o.prefer,
  })
  return { symbols, labels }
}
