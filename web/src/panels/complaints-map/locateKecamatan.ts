import type { MultiPolygon, Polygon } from 'geojson'

/** Latitude bands of the edge index: about 550 m, so a lookup tests ~150 edges instead of 13,664. */
const BAND_DEG = 0.005

export interface KecamatanLocator {
  /** The codes, in the order the polygons were given. */
  readonly codes: readonly string[]
  /** Index into `codes` of the polygon that contains the point, or -1 when none does. */
  locate(lon: number, lat: number): number
}

/**
 * Which kecamatan a point lies in. The map points carry only their position (the wall's snapshot keeps
 * them small), yet an area scene shows only its own kecamatan: this answers exactly, by even-odd ray
 * casting, over edges indexed by latitude band. Holes and multipolygons need no special case: every ring's
 * edges count towards its own polygon's parity.
 */
export function createKecamatanLocator(
  polygons: readonly { readonly code: string; readonly geometry: Polygon | MultiPolygon }[],
): KecamatanLocator {
  const codes = polygons.map((p) => p.code)
  const edges: number[][] = [] // per band: ax, ay, bx, by, polygon index, …
  let south = Infinity
  for (const p of polygons)
    for (const ring of ringsOf(p.geometry)) for (const [, lat] of ring) south = Math.min(south, lat ?? 0)
  const bandOf = (lat: number) => Math.floor((lat - south) / BAND_DEG)

  polygons.forEach((p, index) => {
    for (const ring of ringsOf(p.geometry)) {
      for (let i = 1; i < ring.length; i++) {
        const [ax = 0, ay = 0] = ring[i - 1] ?? []
        const [bx = 0, by = 0] = ring[i] ?? []
        for (let b = bandOf(Math.min(ay, by)); b <= bandOf(Math.max(ay, by)); b++) {
          ;(edges[b] ??= []).push(ax, ay, bx, by, index)
        }
      }
    }
  })
  const bands = Array.from(edges, (list) => Float64Array.from(list ?? []))
  const parity = new Uint8Array(polygons.length)

  return {
    codes,
    locate(lon, lat) {
      const band = bands[bandOf(lat)]
      if (!band) return -1
      parity.fill(0)
      for (let i = 0; i < band.length; i += 5) {
        const ay = band[i + 1] as number
        const by = band[i + 3] as number
        if (ay > lat === by > lat) continue
        const ax = band[i] as number
        const bx = band[i + 2] as number
        if (ax + ((lat - ay) * (bx - ax)) / (by - ay) <= lon) continue
        const polygon = band[i + 4] as number
        parity[polygon] = (parity[polygon] as number) ^ 1
      }
      return parity.indexOf(1)
    },
  }
}

function ringsOf(geometry: Polygon | MultiPolygon): number[][][] {
  return geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat()
}
