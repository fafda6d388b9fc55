import { latLngBounds, type LatLngBoundsLiteral, type Map as LeafletMap, point } from 'leaflet'
import { useEffect, useState } from 'react'

import { rootRem } from '../../theme/rem.js'

import { type LegendLayout, SIDE_LEGEND_REM } from './MapLegend.js'

const VIEW_EVENTS = 'zoomend moveend resize viewreset'

/** A number that changes whenever the map's view does: what DOM overlays re-place themselves on. */
export function useMapView(map: LeafletMap | null): number {
  const [version, setVersion] = useState(0)
  useEffect(() => {
    if (!map) return
    const bump = () => setVersion((v) => v + 1)
    map.on(VIEW_EVENTS, bump)
    return () => {
      map.off(VIEW_EVENTS, bump)
    }
  }, [map])
  return version
}

/**
 * Keeps `bounds` fitted to the panel beside its legends: now, and whenever the panel or the legends change
 * size (a scene's grid settles, the window goes from 1080p to 4K, an issue kind appears). Of the two places
 * for the legends, the one that leaves the map bigger wins: a strip along the bottom for the regency and
 * wide areas, a column on the left for a compact kecamatan in a wide panel. Never animated.
 */
export function useFitView(
  map: LeafletMap | null,
  bounds: LatLngBoundsLiteral,
  o: { paddingRem: number; stripHeight: number },
): LegendLayout {
  const [layout, setLayout] = useState<LegendLayout>('bottom')
  // Callers may build an equal array on every render: the effect depends on its value, not its identity.
  const key = JSON.stringify(bounds)
  const { paddingRem, stripHeight } = o
  useEffect(() => {
    if (!map) return
    const fitted = latLngBounds(JSON.parse(key) as LatLngBoundsLiteral)
    const fit = () => {
      map.invalidateSize({ animate: false, pan: false })
      const rem = rootRem()
      const pad = paddingRem * rem
      const size = map.getSize()
      if (size.x <= 4 * pad || size.y <= 4 * pad) return // not laid out yet
      const column = SIDE_LEGEND_REM * rem
      const below = map.getBoundsZoom(fitted, false, point(2 * pad, 2 * pad + stripHeight))
      const beside = map.getBoundsZoom(fitted, false, point(2 * pad + column, 2 * pad))
      const side = beside > below
      map.fitBounds(fitted, {
        animate: false,
        paddingTopLeft: [pad + (side ? column : 0), pad],
        paddingBottomRight: [pad, pad + (side ? 0 : stripHeight)],
      })
      setLayout(side ? 'side' : 'bottom')
    }
    fit()
    if (typeof ResizeObserver === 'undefined') return
    const observer = new ResizeObserver(fit)
    observer.observe(map.getContainer())
    return () => observer.disconnect()
  }, [map, key, paddingRem, stripHeight])
  return layout
}

/** Whether the web fonts have loaded: text measured before is measured in the fallback font. */
export function useFontsReady(): boolean {
  const [ready, setReady] = useState(
    () => typeof document === 'undefined' || !('fonts' in document) || document.fonts.status === 'loaded',
  )
  useEffect(() => {
    if (ready) return
    let live = true
    void document.fonts.ready.then(() => {
      if (live) setReady(true)
    })
    return () => {
      live = false
    }
  }, [ready])
  return ready
}
