import type { LatLngBoundsLiteral, MapOptions } from 'leaflet'

/**
 * An optional raster basemap under the polygons, e.g. a kabupaten's own tile server on the LAN
 * (`https://tiles.example/{z}/{x}/{y}.png`). null: none, and the map makes no network request at all
 * beyond its own boundary files. Hook for configuration: the wall config (`WallConfigSchema`) has no field for
 * it yet; when it gets one, read it here. The server's CSP (`img-src 'self' data:`) must then allow that host.
 */
export const MAP_TILE_URL: string | null = null

/** The regency's extent (shared/data/geo/SOURCE.md), to fit before the boundary files have arrived. */
export const REGENCY_BOUNDS: LatLngBoundsLiteral = [
  [-7.46964, 111.423515],
  [-6.986355, 112.165688],
]

/**
 * A wall map: nothing to click, drag or zoom, and nothing that animates. `maxZoom` must be set when there is
 * no tile layer (else Leaflet refuses to draw: "Map has no maxZoom specified"); `zoomSnap: 0` lets a fit
 * use any fractional zoom, so the regency fills the panel whatever its size; the size is tracked by the
 * panel's own ResizeObserver, which also sees layout changes a window resize would not.
 */
export const WALL_MAP_OPTIONS: MapOptions = {
  maxZoom: 18,
  minZoom: 1,
  zoomSnap: 0,
  zoomControl: false,
  attributionControl: false,
  dragging: false,
  touchZoom: false,
  doubleClickZoom: false,
  scrollWheelZoom: false,
  boxZoom: false,
  keyboard: false,
  zoomAnimation: false,
  fadeAnimation: false,
  markerZoomAnimation: false,
  inertia: false,
  trackResize: false,
}
