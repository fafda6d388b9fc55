import type { VillageIssue } from '@pendopo/shared'
import { useMemo } from 'react'

import { useWall } from '../../store/WallProvider.js'

import type { GeoLayer } from './geoData.js'
import { createKecamatanLocator, type KecamatanLocator } from './locateKecamatan.js'
import { type IssueMarker, selectIssueMarkers } from './selectIssues.js'
import { type Choropleth, type ChoroplethScope, selectChoropleth } from './selectMap.js'

const NO_COUNTERS: ReadonlyMap<string, number> = new Map()
const NO_ISSUES: ReadonlyMap<string, VillageIssue> = new Map()

/** The choropleth of the scene, recomputed when the counters change. */
export function useChoropleth(scope: ChoroplethScope): Choropleth {
  const counters = useWall((s) => s.dashboard?.counters ?? NO_COUNTERS)
  return useMemo(() => selectChoropleth(counters, scope), [counters, scope])
}

/** The scene's village issues, placed at their desa's label point (from the reference data). */
export function useIssueMarkers(filterKey: string): IssueMarker[] {
  const issues = useWall((s) => s.dashboard?.villageIssues ?? NO_ISSUES)
  const desaList = useWall((s) => s.reference?.desa)
  const labels = useMemo(
    () => new Map((desaList ?? []).map((d) => [d.code as string, d.label as readonly [number, number]])),
    [desaList],
  )
  return useMemo(
    () =>
      selectIssueMarkers(issues, {
        kecamatan: filterKey ? filterKey.split(',') : undefined,
        labelOf: (code) => labels.get(code),
      }),
    [issues, labels, filterKey],
  )
}

/**
 * One locator per boundary layer for the page's life: scenes remount the panel, and the locator's
 * per-point memory (where each point lies) then carries over from one scene to the next.
 */
const locators = new WeakMap<GeoLayer, KecamatanLocator>()
export function locatorOf(layer: GeoLayer): KecamatanLocator {
  let locator = locators.get(layer)
  if (!locator) {
    locator = createKecamatanLocator(
      layer.features.map((f) => ({ code: f.properties.code, geometry: f.geometry })),
    )
    locators.set(layer, locator)
  }
  return locator
}
