import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson'
import { useEffect, useState } from 'react'

import desaUrl from '../../../../shared/data/geo/bojonegoro-desa.geojson?url'
import kabupatenUrl from '../../../../shared/data/geo/bojonegoro-kabupaten.geojson?url'
import kecamatanUrl from '../../../../shared/data/geo/bojonegoro-kecamatan.geojson?url'

/** What every feature of the boundary files carries (shared/data/geo/SOURCE.md, "Properties"). */
export interface GeoProperties {
  readonly code: string
  readonly name: string
  /** `[lon, lat]`, guaranteed inside the feature's largest part: where its label goes. */
  readonly label: readonly [number, number]
  readonly areaKm2: number
  /** Desa only. */
  readonly kecamatanCode?: string
  /** Kecamatan only: 11 in Kec. Bojonegoro, the town; 0 elsewhere. */
  readonly kelurahanCount?: number
}

export type GeoFeature = Feature<Polygon | MultiPolygon, GeoProperties>
export type GeoLayer = FeatureCollection<Polygon | MultiPolygon, GeoProperties>
export type GeoLayerName = 'kabupaten' | 'kecamatan' | 'desa'

/** Static files built into the app: Vite gives each a hashed URL, so they are cached for good. */
const URLS: Readonly<Record<GeoLayerName, string>> = {
  kabupaten: kabupatenUrl,
  kecamatan: kecamatanUrl,
  desa: desaUrl,
}

/** A wall that starts before its server is reachable keeps asking, calmly: 2 s, 4 s, … at most 30 s apart. */
const RETRY_FIRST_MS = 2_000
const RETRY_MAX_MS = 30_000

export interface GeoDeps {
  readonly fetch: (url: string) => Promise<{ ok: boolean; status: number; json(): Promise<unknown> }>
  readonly sleep: (ms: number) => Promise<void>
}

const browserDeps: GeoDeps = {
  fetch: (url) => fetch(url),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
}

/**
 * The files are ours and built with the app, so they are checked for shape, not validated field by field
 * (a zod pass over 48,000 coordinates would cost more than it could catch).
 */
export function asGeoLayer(json: unknown): GeoLayer {
  const fc = json as Partial<GeoLayer> | null
  if (fc?.type !== 'FeatureCollection' || !Array.isArray(fc.features))
    throw new Error('not a FeatureCollection')
  for (const f of fc.features) {
    const p = f.properties as Partial<GeoProperties> | null
    if (typeof p?.code !== 'string' || typeof p.name !== 'string' || p.label?.length !== 2) {
      throw new Error('a feature without code, name and label')
    }
  }
  return fc as GeoLayer
}

/** Fetches a layer until it arrives; never rejects. */
export async function fetchGeoLayer(url: string, deps: GeoDeps): Promise<GeoLayer> {
  for (let wait = RETRY_FIRST_MS; ; wait = Math.min(wait * 2, RETRY_MAX_MS)) {
    try {
      const res = await deps.fetch(url)
      if (!res.ok) throw new Error(`HTTP ${res.status}`)
      return asGeoLayer(await res.json())
    } catch (error) {
      console.warn(`map: ${url} could not be loaded; retrying in ${wait / 1000} s`, error)
      await deps.sleep(wait)
    }
  }
}

/** One load per layer for the page's life (3 files, 1.5 MB at most): scenes come and go, the map data stays. */
const pending = new Map<GeoLayerName, Promise<GeoLayer>>()
const loaded = new Map<GeoLayerName, GeoLayer>()

export function loadGeoLayer(name: GeoLayerName, deps: GeoDeps = browserDeps): Promise<GeoLayer> {
  let load = pending.get(name)
  if (!load) {
    load = fetchGeoLayer(URLS[name], deps).then((layer) => {
      loaded.set(name, layer)
      return layer
    })
    pending.set(name, load)
  }
  return load
}

/**
 * A boundary layer, or null while it loads. `wanted: false` does not load it (the 1.2 MB desa file is
 * fetched only when a scene first needs desa); a layer loaded before is there at once, with no blank frame.
 */
export function useGeoLayer(name: GeoLayerName, wanted = true): GeoLayer | null {
  const [layer, setLayer] = useState<GeoLayer | null>(() => loaded.get(name) ?? null)
  useEffect(() => {
    if (!wanted || layer) return
    let live = true
    void loadGeoLayer(name).then((l) => {
      if (live) setLayer(l)
    })
    return () => {
      live = false
    }
  }, [name, wanted, layer])
  return wanted ? layer : null
}
