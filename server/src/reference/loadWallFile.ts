import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

import { issuesOf, type WallConfig, WallConfigSchema } from '@pendopo/shared'

import type { Reference } from './Reference.js'

export const DEFAULT_WALL_FILE = fileURLToPath(import.meta.resolve('@pendopo/shared/data/wall/scenes.json'))

/** The wall's playlist; every kecamatan and OPD it names must exist, or the server does not start. */
export function loadWallFile(reference: Reference, path: string = DEFAULT_WALL_FILE): WallConfig {
  const parsed = WallConfigSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')))
  if (!parsed.success) {
    const problems = issuesOf(parsed.error).map((i) => `${i.path}: ${i.message}`)
    throw new Error(`${path} is not a valid wall playlist: ${problems.join('; ')}`)
  }
  const unknown = parsed.data.scenes.flatMap((scene) => [
    ...(scene.params.kecamatan ?? [])
      .filter((k) => !reference.geo.kecamatanByCode(k))
      .map((k) => `${scene.id}: kecamatan ${k}`),
    ...(scene.params.opds ?? []).filter((o) => !reference.opd(o)).map((o) => `${scene.id}: OPD ${o}`),
  ])
  if (unknown.length > 0)
    throw new Error(`${path} names what the regency does not have: ${unknown.join('; ')}`)
  return parsed.data
}
