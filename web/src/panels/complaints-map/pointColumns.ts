import { COLOURS, type MapPoint } from '@pendopo/shared'

/** Web Mercator, scaled to the unit square (Leaflet's EPSG:3857 at zoom 0, divided by its 256 px). */
export const mercatorX = (lon: number): number => lon / 360 + 0.5
export const mercatorY = (lat: number): number =>
  0.5 - Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) / (2 * Math.PI)

const COLOUR_INDEX = new Map<string, number>(COLOURS.map((c, i) => [c, i]))

/** Which points a scene shows; null shows all. */
export type KeepPoint = ((point: MapPoint) => boolean) | null

/**
 * The points as columns in Web Mercator, ready to project with one multiply-add per axis: what the canvas
 * draws from. The arrays are reused and grow only to the largest set seen (at most `MAP_POINTS_MAX`), so a
 * wall that runs for weeks allocates nothing per frame.
 */
export class PointColumns {
  x = new Float64Array(0)
  y = new Float64Array(0)
  colour = new Uint8Array(0)
  n = 0

  /** Refills the columns from the store's points, in their order (oldest first), keeping what `keep` keeps. */
  fill(points: ReadonlyMap<number, MapPoint>, keep: KeepPoint): this {
    this.reserve(points.size)
    let n = 0
    for (const p of points.values()) {
      if (keep && !keep(p)) continue
      this.x[n] = mercatorX(p.lon)
      this.y[n] = mercatorY(p.lat)
      this.colour[n] = COLOUR_INDEX.get(p.colour) ?? 0
      n++
    }
    this.n = n
    return this
  }

  private reserve(size: number): void {
    if (this.x.length >= size) return
    const capacity = Math.max(size, this.x.length * 2, 1_024)
    this.x = new Float64Array(capacity)
    this.y = new Float64Array(capacity)
    this.colour = new Uint8Array(capacity)
  }
}
