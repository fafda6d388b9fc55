import type { Arrival } from '../../store/wallStore.js'

import type { View } from './binPoints.js'
import { mercatorX, mercatorY } from './pointColumns.js'
import type { PointFilter } from './PointsCanvas.js'

/** How long a new complaint flashes: long enough to be seen from across the room, then it is still. */
export const FLASH_MS = 2_000

/**
 * At most this many flashes show at once, the newest: in a burst of 200 a second nobody can follow 400
 * rings, and the page must stay light.
 */
export const FLASHES_MAX = 48

/** A flash at `x, y` (container px) of the complaint `tracking`, `age` ms old. */
export interface Flash {
  readonly tracking: number
  readonly x: number
  readonly y: number
  readonly age: number
}

/** The arrivals young enough to flash, on screen and in the scene, newest first (as arrivals come). */
export function selectFlashes(
  arrivals: readonly Arrival[],
  o: { view: View; now: number; filter: PointFilter | null },
): Flash[] {
  const out: Flash[] = []
  const seen = new Set<number>()
  for (const a of arrivals) {
    const age = Math.max(0, o.now - a.at)
    if (age >= FLASH_MS || out.length === FLASHES_MAX) break
    if (seen.has(a.tracking) || (o.filter && !o.filter.at(a.lon, a.lat))) continue
    seen.add(a.tracking)
    const x = mercatorX(a.lon) * o.view.scale + o.view.ox
    const y = mercatorY(a.lat) * o.view.scale + o.view.oy
    if (x >= 0 && y >= 0 && x < o.view.width && y < o.view.height)
      out.push({ tracking: a.tracking, x, y, age })
  }
  return out
}
