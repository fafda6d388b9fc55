import type { Map as LeafletMap } from 'leaflet'
import { useEffect, useMemo, useRef, useState } from 'react'

import { useWall } from '../../store/WallProvider.js'

import { FLASH_MS, selectFlashes } from './flashes.js'
import styles from './MapPanel.module.css'
import { type PointFilter, viewOf } from './PointsCanvas.js'
import { useMapView } from './useMapView.js'

/**
 * The flash of each new complaint: a dot and a ring that widens and fades, once, for two seconds. CSS
 * animations of transform and opacity only, so the compositor plays them without the main thread and
 * repaints only the rings (a canvas redrawn every frame dirtied the whole map: at 4K it cost frames).
 * The elements leave when their flash is over; with nothing new, nothing on the map moves.
 */
export function FlashLayer({ map, filter }: { map: LeafletMap | null; filter: PointFilter | null }) {
  const arrivals = useWall((s) => s.arrivals)
  const view = useMapView(map)
  const [expired, setExpired] = useState(0)
  /**
   * When each flash started, on the animation's clock, fixed at its first render: a later render must not
   * restart or shift an animation that is running.
   */
  const started = useRef(new Map<number, number>())

  const flashes = useMemo(() => {
    const v = map ? viewOf(map) : null
    return v ? selectFlashes(arrivals, { view: v, now: Date.now(), filter }) : []
    // `view` and `expired` are not read: each says the flashes are stale (the map moved, a flash ended).
  }, [map, arrivals, filter, view, expired])

  for (const f of flashes) if (!started.current.has(f.tracking)) started.current.set(f.tracking, f.age)
  for (const tracking of started.current.keys())
    if (!flashes.some((f) => f.tracking === tracking)) started.current.delete(tracking)

  const oldest = flashes.at(-1)?.age
  useEffect(() => {
    if (oldest === undefined) return
    const timer = setTimeout(() => setExpired((n) => n + 1), FLASH_MS - oldest + 50)
    return () => clearTimeout(timer)
  }, [oldest, flashes])

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
