import 'leaflet/dist/leaflet.css'

import { OPS_IDS, type Point } from '@pendopo/shared'
import type { FeatureCollection } from 'geojson'
import { geoJSON, type LatLngBoundsExpression, type MapOptions, type PathOptions } from 'leaflet'
import { useEffect, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { CircleMarker, GeoJSON, MapContainer, useMap } from 'react-leaflet'

import { type GeoFeature, useGeoLayer } from '../../../panels/complaints-map/geoData.js'
import { WALL_MAP_OPTIONS } from '../../../panels/complaints-map/mapConfig.js'

/**
 * A still map, as the wall's: nothing to drag or zoom (the desk has the full map on the wall), no tiles (none
 * is served on the regency's network), no keyboard handler, so the console's keys stay the console's. Unlike
 * the wall's, it follows the window's size: a desk's window is resized, a wall's screen is not.
 */
const STILL: MapOptions = { ...WALL_MAP_OPTIONS, trackResize: true }
/** Around one point before the boundary file has arrived: about 2 km each way. */
const POINT_SPAN_DEG = 0.02

const NEIGHBOUR: PathOptions = { color: '#4a5a7a', weight: 1, fillColor: '#0d1526', fillOpacity: 1 }
const HOME: PathOptions = { color: '#f0c14b', weight: 2, fillColor: '#f0c14b', fillOpacity: 0.12 }

const collection = (features: GeoFeature[]): FeatureCollection => ({ type: 'FeatureCollection', features })

/** Where the complaint is: its desa among its kecamatan's, and the reported point. */
export function MiniMap({
  point,
  desaCode,
  kecamatanCode,
  label,
}: {
  point: Point
  desaCode: string
  kecamatanCode: string
  label: string
}) {
  const { t } = useTranslation('ops')
  const desa = useGeoLayer('desa')
  const { home, neighbours } = useMemo(() => {
    const inKecamatan = desa?.features.filter((f) => f.properties.kecamatanCode === kecamatanCode) ?? []
    return {
      home: inKecamatan.filter((f) => f.properties.code === desaCode),
      neighbours: inKecamatan.filter((f) => f.properties.code !== desaCode),
    }
  }, [desa, desaCode, kecamatanCode])
  const bounds: LatLngBoundsExpression = useMemo(() => {
    if (home.length > 0) return geoJSON(collection(home)).getBounds().pad(0.6)
    return [
      [point.lat - POINT_SPAN_DEG, point.lon - POINT_SPAN_DEG],
      [point.lat + POINT_SPAN_DEG, point.lon + POINT_SPAN_DEG],
    ]
  }, [home, point])

  return (
    <section className="desk-card" aria-labelledby="map-title">
      <h2 id="map-title">{t('map.title')}</h2>
      <figure className="desk-minimap" data-testid={OPS_IDS.complaint.map}>
        <MapContainer bounds={bounds} {...STILL} className="desk-minimap-map">
          <FitBounds bounds={bounds} />
          {neighbours.length > 0 ? (
            <GeoJSON
              key={`n-${kecamatanCode}`}
              data={collection(neighbours)}
              style={NEIGHBOUR}
              interactive={false}
            />
          ) : null}
          {home.length > 0 ? (
            <GeoJSON key={`h-${desaCode}`} data={collection(home)} style={HOME} interactive={false} />
          ) : null}
          <CircleMarker
            center={[point.lat, point.lon]}
            radius={7}
            pathOptions={{ color: '#060a13', weight: 2, fillColor: '#ff5c5c', fillOpacity: 1 }}
            interactive={false}
          />
        </MapContainer>
        <figcaption className="desk-dim">{label}</figcaption>
      </figure>
    </section>
  )
}

/** The map was created with the first bounds; later ones (the desa's outline arrived) are fitted here. */
function FitBounds({ bounds }: { bounds: LatLngBoundsExpression }) {
  const map = useMap()
  useEffect(() => {
    // The container may have been laid out after the map measured it.
    map.invalidateSize({ animate: false })
    map.fitBounds(bounds, { animate: false })
  }, [map, bounds])
  return null
}
