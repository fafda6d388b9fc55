import 'leaflet/dist/leaflet.css'
import './strings.js'

import { TEST_IDS } from '@pendopo/shared'
import type { Map as LeafletMap } from 'leaflet'
import { useCallback, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { MapContainer, TileLayer } from 'react-leaflet'

import { Panel } from '../../components/Panel.js'
import type { SceneFilter } from '../common/scene.js'

import { ChoroplethLayers } from './ChoroplethLayers.js'
import { FlashLayer } from './FlashLayer.js'
import { useGeoLayer } from './geoData.js'
import { MAP_TILE_URL, REGENCY_BOUNDS, WALL_MAP_OPTIONS } from './mapConfig.js'
import { MapLegends } from './MapLegend.js'
import { MapOverlay } from './MapOverlay.js'
import styles from './MapPanel.module.css'
import type { Box } from './placeLabels.js'
import { PointsLayer } from './PointsLayer.js'
import { kindsShown } from './selectIssues.js'
import {
  boundsOf,
  createPointFilter,
  type Emphasis,
  labelledFeatures,
  labelsDesa,
  scopeOf,
  SHOW_NOTHING,
} from './selectMap.js'
import { locatorOf, useChoropleth, useIssueMarkers } from './useMapData.js'
import { useFitView } from './useMapView.js'

/**
 * Bojonegoro, live: a choropleth of open complaints (or of the overdue share) by kecamatan or desa, the open
 * complaints as points that flash when new, and the active village issues as symbols.
 */
export function MapPanel({
  filter,
  focus,
  emphasis = 'regency',
}: {
  filter: SceneFilter
  focus?: readonly string[]
  emphasis?: Emphasis
}) {
  const { t } = useTranslation('map')
  const focusKey = focus?.join(',') ?? ''
  const scope = useMemo(
    () => scopeOf(emphasis, focusKey ? focusKey.split(',') : undefined),
    [emphasis, focusKey],
  )
  const kabupaten = useGeoLayer('kabupaten')
  const kecamatan = useGeoLayer('kecamatan')
  const desa = useGeoLayer('desa', scope.level === 'desa')
  const [map, setMap] = useState<LeafletMap | null>(null)

  const bounds = useMemo(
    () => (scope.focus && kecamatan ? boundsOf(kecamatan.features, scope.focus) : null) ?? REGENCY_BOUNDS,
    [scope, kecamatan],
  )
  const [legendBox, setLegendBox] = useState<Box | null>(null)
  const [stripBox, setStripBox] = useState<Box | null>(null)
  const onLegendBox = useCallback((b: Box | null) => setLegendBox((old) => (sameBox(old, b) ? old : b)), [])
  const onStripBox = useCallback((b: Box | null) => setStripBox((old) => (sameBox(old, b) ? old : b)), [])
  const stripHeight = stripBox ? Math.ceil(stripBox.y1 - stripBox.y0) : 0
  const layout = useFitView(map, bounds, { paddingRem: FIT_PADDING_REM, stripHeight })
  const obstacles = useMemo(() => (legendBox ? [legendBox] : []), [legendBox])

  const filterKey = filter.kecamatan?.join(',') ?? ''
  // Only a scene that narrows the points needs to know which kecamatan each lies in: building the locator
  // is a tenth of a second of the wall's first paint, spent for nothing on the regency-wide overview.
  const pointFilter = useMemo(
    () =>
      !filterKey
        ? null
        : kecamatan
          ? createPointFilter(locatorOf(kecamatan), filterKey.split(','))
          : SHOW_NOTHING,
    [kecamatan, filterKey],
  )
  const labelled = useMemo(() => labelledFeatures(scope, { kecamatan, desa }), [scope, kecamatan, desa])
  const namesDesa = labelsDesa(scope)

  const markers = useIssueMarkers(filterKey)
  const kinds = useMemo(() => kindsShown(markers), [markers])
  const choropleth = useChoropleth(scope)

  return (
    <Panel title={t('title')} testId={TEST_IDS.panel.map} aside={t('attribution')}>
      <div className={styles.stage} data-emphasis={emphasis}>
        <MapContainer ref={setMap} bounds={REGENCY_BOUNDS} className={styles.map ?? ''} {...WALL_MAP_OPTIONS}>
          {MAP_TILE_URL ? <TileLayer url={MAP_TILE_URL} /> : null}
          <ChoroplethLayers choropleth={choropleth} kabupaten={kabupaten} kecamatan={kecamatan} desa={desa} />
        </MapContainer>
        <PointsLayer map={map} filter={pointFilter} />
        <FlashLayer map={map} filter={pointFilter} />
        <MapOverlay
          map={map}
          labelled={labelled}
          markers={markers}
          obstacles={obstacles}
          symbolScale={emphasis === 'urgent' ? 1.25 : 1}
          prefer={namesDesa ? 'below' : 'centre'}
        />
        <MapLegends choropleth={choropleth} kinds={kinds} layout={layout} onBox={onLegendBox} />
        <MapLegends choropleth={choropleth} kinds={kinds} layout="bottom" onBox={onStripBox} probe />
      </div>
    </Panel>
  )
}

/** Room around the fitted area, so the regency's edge does not touch the panel's. */
const FIT_PADDING_REM = 0.45

function sameBox(a: Box | null, b: Box | null): boolean {
  return a === b || (!!a && !!b && a.x0 === b.x0 && a.y0 === b.y0 && a.x1 === b.x1 && a.y1 === b.y1)
}
