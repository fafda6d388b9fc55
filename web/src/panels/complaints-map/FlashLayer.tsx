import type { Map as LeafletMap } from 'leaflet'
import { useMemo, useRef } from 'react'

import { useNow } from '../../components/useNow.js'
import { useWall } from '../../store/WallProvider.js'

import { selectFlashes } from './flashes.js'
import styles from './MapPanel.module.css'
import { type PointFilter, viewOf } from './PointsCanvas.js'
import { useMapView } from './useMapView.js'

/** How often ended flashes leave the page: they are invisible once their animation has played. */
const SWEEP_MS = 1_000

/**
 * The flash of each new complaint: a dot and a ring that widens and fades, once, for two seconds. CSS
 * animations of transform and opacity only, so the compositor plays them without the main thread and
 * repaints only the rings (a canvas redrawn every frame dirtied the whole map: at 4K it cost frames).
 * The elements leave when their flash is over; with nothing new, nothing on the map moves.
 */
export function FlashLayer({ map, filter }: { map: LeafletMap | null; filter: PointFilter | null }) {
  const arrivals = useWall((s) => s.arrivals)
  const view = useMapView(map)
  // Ended flashes are swept on the wall's one-second clock, which ticks in a frame with the store's updates
  // (store/frames.ts): a timer for each flash's end cost a commit of its own, outside any frame.
  const sweep = useNow(SWEEP_MS)
  /**
   * When each flash started, on the animation's clock, fixed at its first render: a later render must not
   * restart or shift an animation that is running.
   */
  const started = useRef(new Map<number, number>())

  const flashes = useMemo(() => {
    const v = map ? viewOf(map) : null
    return v ? selectFlashes(arrivals, { view: v, now: Date.now(), filter }) : []
    // `view` and `sweep` are not read: each says the flashes are stale (the map moved, a flash may have ended).
  }, [map, arrivals, filter, view, sweep])

  for (const f of flashes) if (!started.current.has(f.tracking)) started.current.set(f.tracking, f.age)
  for (const tracking of started.current.keys())
    if (!flashes.some((f) => f.tracking === tracking)) started.current.delete(tracking)

  return (
    <div className={styles.flashes} aria-hidden="true">
      {flashes.map((f) => (
        <span
          key={f.tracking}
          className={styles.flash}
          style={{ left: f.x, top: f.y, animationDelay: `-${started.current.get(f.tracking) ?? 0}ms` }}
        >
          <span className={styles.flashRing} />
          <span className={styles.flashDot} />
        </span>
      ))}
    </div>
  )
}
