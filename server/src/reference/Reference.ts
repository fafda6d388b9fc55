import {
  buildOpdList,
  type Category,
  categoryByCode,
  createGeoIndex,
  type DesaCode,
  type GeoIndex,
  type Opd,
} from '@pendopo/shared'

import type { DesaLocator } from './desaLocator.js'
import { loadDesaLocator, loadWilayah } from './loadGeoFiles.js'

/** The regency's reference data, as the services check input against it. */
export interface Reference {
  readonly geo: GeoIndex
  readonly opds: readonly Opd[]
  opd(code: string): Opd | undefined
  category(code: string): Category | undefined
  /** The desa containing the point, or null outside the regency. */
  locate(lat: number, lon: number): DesaCode | null
}

export function createReference(geo: GeoIndex, locator: DesaLocator): Reference {
  const opds = buildOpdList(geo)
  const byCode = new Map(opds.map((o) => [o.code as string, o]))
  return {
    geo,
    opds,
    opd: (code) => byCode.get(code),
    category: (code) => categoryByCode(code),
    locate: (lat, lon) => locator.locate(lat, lon),
  }
}

/** Loads Bojonegoro's shipped code list and boundaries (about 100 ms: the desa polygons are parsed once). */
export const loadReference = (): Reference =>
  createReference(createGeoIndex(loadWilayah()), loadDesaLocator())
