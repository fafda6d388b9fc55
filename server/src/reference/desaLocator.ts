import type { DesaCode } from '@pendopo/shared'
import { DesaCodeSchema } from '@pendopo/shared'
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon'
import { z } from 'zod'

/**
 * Resolves a WGS84 point to the desa/kelurahan polygon that contains it, for complaints that arrive with
 * `{lat, lon}` instead of a desa code. Built once at startup from `bojonegoro-desa.geojson`.
 */

/** `[west, south, east, north]` in degrees: the GeoJSON bbox order, longitude first. */
export type LonLatBounds = readonly [west: number, south: number, east: number, north: number]

export interface DesaLocator {
  /**
   * The desa containing the point, or `null` outside every desa (outside the regency, or not a finite
   * number). Arguments are **latitude first**, as people write coordinates, unlike GeoJSON.
   *
   * A point exactly on a border shared by two desa is inside both (turf counts the boundary as inside), so
   * it resolves to either neighbour: today the one with the lower code, but do not rely on that. Borders
   * are indicative anyway (data/geo/SOURCE.md), and a complaint's desa is the verifier's to correct.
   */
  locate(lat: number, lon: number): DesaCode | null
  /** Bounding box of all desa together. */
  readonly bounds: LonLatBounds
}

// [lon, lat] or [lon, lat, altitude]; RFC 7946 allows the third number.
const PositionSchema = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]).rest(z.number())
const RingSchema = z.array(PositionSchema).min(4, 'must be a closed ring of at least 4 positions')
const PolygonCoordinatesSchema = z.array(RingSchema).min(1)

const GeometrySchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Polygon'), coordinates: PolygonCoordinatesSchema }),
  z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(PolygonCoordinatesSchema).min(1) }),
])

const DesaFeatureSchema = z
  .object({
    type: z.literal('Feature'),
    id: z.string().optional(),
    properties: z.object({ code: DesaCodeSchema }),
    geometry: GeometrySchema,
  })
  .refine((f) => f.id === undefined || f.id === f.properties.code, {
    path: ['id'],
    message: 'must equal properties.code',
  })

/** The parts of `bojonegoro-desa.geojson` the locator needs; other properties are ignored. */
export const DesaFeatureCollectionSchema = z
  .object({ type: z.literal('FeatureCollection'), features: z.array(DesaFeatureSchema).min(1) })
  .superRefine((fc, ctx) => {
    const seen = new Set<string>()
    fc.features.forEach((f, i) => {
      const code = f.properties.code
      if (seen.has(code))
        ctx.addIssue({
          code: 'custom',
          path: ['features', i, 'properties', 'code'],
          message: `duplicate code ${code}`,
        })
      seen.add(code)
    })
  })
export type DesaFeatureCollection = z.infer<typeof DesaFeatureCollectionSchema>

type Geometry = z.infer<typeof GeometrySchema>
type Entry = { code: DesaCode; geometry: Geometry; west: number; south: number; east: number; north: number }

/** Bounds of the exterior rings; holes lie inside them, so they cannot widen the box. */
function boundsOf(geometry: Geometry): LonLatBounds {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity]
  for (const polygon of polygons) {
    for (const [lon, lat] of polygon[0] ?? []) {
      west = Math.min(west, lon)
      east = Math.max(east, lon)
      south = Math.min(south, lat)
      north = Math.max(north, lat)
    }
  }
  return [west, south, east, north]
}

/**
 * Builds a locator from a desa FeatureCollection (validated here: `properties.code` a desa code, equal to
 * `id` when present, geometry a Polygon or MultiPolygon). Throws a `ZodError` naming the bad feature.
 *
 * Each lookup tests the point against every desa's bounding box (430 pairs of comparisons) and runs the
 * exact point-in-polygon test only on the few whose box contains it.
 *
 * @example
 * const locator = createDesaLocator(JSON.parse(readFileSync(path, 'utf8')))
 * locator.locate(-7.15421, 111.88209) // '35.22.15.1005' (Kepatihan)
 * locator.locate(-7.2575, 112.7521) // null (Surabaya)
 */
export function createDesaLocator(featureCollection: unknown): DesaLocator {
  const { features } = DesaFeatureCollectionSchema.parse(featureCollection)
  const entries: Entry[] = features
    .map((f) => {
      const [west, south, east, north] = boundsOf(f.geometry)
      return { code: f.properties.code, geometry: f.geometry, west, south, east, north }
    })
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))

  const bounds: LonLatBounds = Object.freeze([
    Math.min(...entries.map((e) => e.west)),
    Math.min(...entries.map((e) => e.south)),
    Math.max(...entries.map((e) => e.east)),
    Math.max(...entries.map((e) => e.north)),
  ] as const)
  const [west, south, east, north] = bounds

  const locate = (lat: number, lon: number): DesaCode | null => {
    // NaN fails every comparison, so it falls through to null here as well.
    if (!(lon >= west && lon <= east && lat >= south && lat <= north)) return null
    const point = [lon, lat]
    for (const e of entries) {
      if (lon < e.west || lon > e.east || lat < e.south || lat > e.north) continue
      if (booleanPointInPolygon(point, e.geometry)) return e.code
    }
    return null
  }

  return Object.freeze({ locate, bounds })
}
