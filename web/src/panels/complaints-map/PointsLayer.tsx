import { type MapPoint, TEST_IDS } from '@pendopo/shared'
import type { Map as LeafletMap } from 'leaflet'
import { useEffect, useRef, useState } from 'react'

import { useWall } from '../../store/WallProvider.js'

import styles from './MapPanel.module.css'
import { type PointFilter, PointsCanvas } from './PointsCanvas.js'

const NO_POINTS: ReadonlyMap<number, MapPoint> = new Map()

/**
 * The canvas of the points, over the map. This component re-renders when the points change (at most once
 * per frame: the store applies what arrives once per frame) and only hands them on; the drawing happens in
 * `PointsCanvas`, in an animation frame.
 */
export function PointsLayer({ map, filter }: { map: LeafletMap | null; filter: PointFilter | null }) {
  const canvas = useRef<HTMLCanvasElement>(null)
  const [drawer, setDrawer] = useState<PointsCanvas | null>(null)
  const points = useWall((s) => s.dashboard?.points ?? NO_POINTS)

  useEffect(() => {
    if (!map || !canvas.current) return
    const d = new PointsCanvas({ map, canvas: canvas.current })
    setDrawer(d)
    return () => {
      d.destroy()
      setDrawer(null)
    }
  }, [map])
  useEffect(() => drawer?.setPoints(points, filter), [drawer, points, filter])

  return (
    <canvas
      ref={canvas}
      className={styles.canvas}
      data-testid={TEST_IDS.panel.mapPoints}
      data-count="0"
      aria-hidden="true"
    />
  )
}
