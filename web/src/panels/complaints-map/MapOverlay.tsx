import type { Map as LeafletMap } from 'leaflet'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'

import { rootRem } from '../../theme/rem.js'

import type { GeoFeature } from './geoData.js'
import { IssueSymbol } from './IssueSymbol.js'
import styles from './MapPanel.module.css'
import { layoutOverlay } from './overlayLayout.js'
import type { Box, LabelPreference } from './placeLabels.js'
import { viewOf } from './PointsCanvas.js'
import type { IssueMarker } from './selectIssues.js'
import { useFontsReady, useMapView } from './useMapView.js'

/** The names' font: as `.label` in MapPanel.module.css, at 1rem. */
const LABEL_FONT = `650 {px}px "Inter Variable", "DejaVu Sans", "Liberation Sans", sans-serif`

/**
 * What sits above the points: the village issues' symbols, then the names, placed where they collide with
 * nothing (symbols and the legend are obstacles). DOM, not canvas: a few dozen elements, crisp text with a
 * halo, re-placed only when the view changes (scene change or resize), never per frame.
 */
export function MapOverlay(props: {
  map: LeafletMap | null
  /** Polygons to name, most important first. */
  labelled: readonly GeoFeature[]
  markers: readonly IssueMarker[]
  obstacles: readonly Box[]
  /** Symbols larger than usual (the urgent scene is about them). */
  symbolScale: number
  /** Names on their polygon's label point, or just below it (to leave what gathers there visible). */
  prefer: LabelPreference
}) {
  const { t } = useTranslation('map')
  const { map, labelled, markers, obstacles, symbolScale, prefer } = props
  const view = useMapView(map)
  const fontsReady = useFontsReady()

  const layout = useMemo(() => {
    const v = map ? viewOf(map) : null
    if (!map || !v) return null
    const rem = rootRem()
    return layoutOverlay({
      project: (lat, lon) => map.latLngToContainerPoint([lat, lon]),
      width: v.width,
      height: v.height,
      rem,
      measure: textMeasure(rem),
      markers,
      labelled,
      obstacles,
      symbolScale,
      prefer,
    })
    // `view` and `fontsReady` are not read, but each means the layout is stale (the map moved, text widths changed).
  }, [map, view, fontsReady, markers, labelled, obstacles, symbolScale, prefer])

  if (!layout) return null
  return (
    <div className={styles.overlay}>
      {layout.symbols.map(({ marker: m, size, x, y }) => (
        <div
          key={m.id}
          className={styles.issue}
          style={{ left: x, top: y, width: size, height: size }}
          role="img"
          aria-label={t('issue', {
            kind: t(`kind.${m.kind}`),
            severity: t(`severity.${m.severity}`),
            title: m.title,
          })}
          data-kind={m.kind}
          data-severity={m.severity}
        >
          <IssueSymbol kind={m.kind} severity={m.severity} />
        </div>
      ))}
      {layout.labels.map((l) => (
        <span key={l.id} className={styles.label} style={{ left: l.x, top: l.y }}>
          {l.text}
        </span>
      ))}
    </div>
  )
}

let measureContext: CanvasRenderingContext2D | null | undefined
/** Text width at 1rem in the label font; an estimate where canvas is unavailable (tests). */
function textMeasure(rem: number): (text: string) => number {
  measureContext ??= document.createElement('canvas').getContext('2d')
  const ctx = measureContext
  if (!ctx) return (text) => text.length * 0.6 * rem
  ctx.font = LABEL_FONT.replace('{px}', String(rem))
  return (text) => ctx.measureText(text).width
}
