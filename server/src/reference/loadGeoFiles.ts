import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

import type { Wilayah } from '@pendopo/shared'
import { WilayahSchema } from '@pendopo/shared'
import { z } from 'zod'

import type { DesaLocator } from './desaLocator.js'
import { createDesaLocator } from './desaLocator.js'

/**
 * Reads the Bojonegoro geo files that ship inside @pendopo/shared (`shared/data/geo/`, see its SOURCE.md).
 * Synchronous on purpose: they are read once at startup, before the server listens, and a bad file should
 * stop the process with the file's name and the offending path.
 */

export type GeoFile = 'bojonegoro-wilayah.json' | 'bojonegoro-desa.geojson'

/**
 * Absolute path of a geo file. Resolved through the package's `"./data/*"` export rather than a relative
 * path, so it works from `src/` under tsx, from `dist/`, and from an installed package alike.
 */
export const geoFilePath = (file: GeoFile): string =>
  fileURLToPath(import.meta.resolve(`@pendopo/shared/data/geo/${file}`))

function readGeoJson(file: GeoFile): unknown {
  const path = geoFilePath(file)
  try {
    return JSON.parse(readFileSync(path, 'utf8'))
  } catch (cause) {
    throw new Error(`cannot read ${path}`, { cause })
  }
}

function withFileName<T>(file: GeoFile, build: () => T): T {
  try {
    return build()
  } catch (error) {
    if (error instanceof z.ZodError)
      throw new Error(`${file} is invalid:\n${z.prettifyError(error)}`, { cause: error })
    throw error
  }
}

/**
 * The Kemendagri code list for Kabupaten Bojonegoro, validated by `WilayahSchema`; pass it to
 * `createGeoIndex` for lookups.
 *
 * @example
 * const geo = createGeoIndex(loadWilayah())
 */
export function loadWilayah(): Wilayah {
  const json = readGeoJson('bojonegoro-wilayah.json')
  return withFileName('bojonegoro-wilayah.json', () => WilayahSchema.parse(json))
}

/**
 * The point → desa locator over the 430 desa polygons (about 1.2 MB of GeoJSON, parsed once).
 *
 * @example
 * const locator = loadDesaLocator()
 * locator.locate(-7.15421, 111.88209) // '35.22.15.1005'
 */
export function loadDesaLocator(): DesaLocator {
  const json = readGeoJson('bojonegoro-desa.geojson')
  return withFileName('bojonegoro-desa.geojson', () => createDesaLocator(json))
}
