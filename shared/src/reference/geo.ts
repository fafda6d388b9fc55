import { z } from 'zod'

import type { DesaCode } from '../ids.js'
import { DesaCodeSchema, KecamatanCodeSchema } from '../ids.js'

/**
 * Kabupaten Bojonegoro's administrative tree (kabupaten → 28 kecamatan → 430 desa/kelurahan) as read from
 * `data/geo/bojonegoro-wilayah.json`, and a lookup index over it. Pure: the caller loads the file and passes
 * the parsed JSON in, so the server and the web share one validator and one index.
 */

/**
 * A WGS84 point in GeoJSON order, **longitude first**: `[lon, lat]`. Bojonegoro is near `[111.9, -7.2]`;
 * a point like `[-7.2, 111.9]` is refused because a latitude cannot be 111.9.
 */
export const LonLatSchema = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)])
export type LonLat = z.infer<typeof LonLatSchema>

/** A village is a `desa` (elected kepala desa) or a `kelurahan` (an urban office under the camat). */
export const DESA_TYPES = ['desa', 'kelurahan'] as const
export const DesaTypeSchema = z.enum(DESA_TYPES)
export type DesaType = z.infer<typeof DesaTypeSchema>

const NameSchema = z.string().trim().min(1)

/** Only where the previous (2022) Kemendagri spelling differs; match older data on it, display `name`. */
const NameAltSchema = NameSchema.optional()

const WilayahDesaSchema = z.object({
  code: DesaCodeSchema,
  name: NameSchema,
  nameAlt: NameAltSchema,
  type: DesaTypeSchema,
  label: LonLatSchema,
})

const WilayahKecamatanSchema = z.object({
  code: KecamatanCodeSchema,
  name: NameSchema,
  nameAlt: NameAltSchema,
  label: LonLatSchema,
  desa: z.array(WilayahDesaSchema).min(1),
})

/** The 10th character of a desa code is `2` for a desa and `1` for a kelurahan (Kemendagri numbering). */
const typeOfDesaCode = (code: string): DesaType => (code.charAt(9) === '1' ? 'kelurahan' : 'desa')

type WilayahShape = {
  kabupaten: { code: string }
  kecamatan: { code: string; desa: { code: string; type: DesaType }[] }[]
}

/** Cross-field rules zod cannot express per field; each issue points at the offending code. */
function checkWilayahConsistency(wilayah: WilayahShape, ctx: z.RefinementCtx): void {
  const seen = new Set<string>()
  const refuse = (path: (string | number)[], message: string): void => {
    ctx.addIssue({ code: 'custom', path, message })
  }
  wilayah.kecamatan.forEach((kec, k) => {
    if (!kec.code.startsWith(`${wilayah.kabupaten.code}.`)) {
      refuse(['kecamatan', k, 'code'], `kecamatan ${kec.code} is not in kabupaten ${wilayah.kabupaten.code}`)
    }
    if (seen.has(kec.code)) refuse(['kecamatan', k, 'code'], `duplicate code ${kec.code}`)
    seen.add(kec.code)
    kec.desa.forEach((desa, d) => {
      const path = ['kecamatan', k, 'desa', d]
      if (!desa.code.startsWith(`${kec.code}.`)) {
        refuse([...path, 'code'], `desa ${desa.code} is not in kecamatan ${kec.code}`)
      }
      if (seen.has(desa.code)) refuse([...path, 'code'], `duplicate code ${desa.code}`)
      seen.add(desa.code)
      if (typeOfDesaCode(desa.code) !== desa.type) {
        refuse(
          [...path, 'type'],
          `${desa.code} is a ${typeOfDesaCode(desa.code)} by its code, not a ${desa.type}`,
        )
      }
    })
  })
}

/**
 * Schema of `bojonegoro-wilayah.json`: the Kemendagri code list with a label point (pole of inaccessibility,
 * guaranteed inside the polygon) for every kecamatan and desa. Besides each field's shape it checks that
 * codes nest (a desa's code starts with its kecamatan's), are unique, and agree with `type`. Unknown keys
 * are dropped, not refused: the file is generated upstream and may gain fields we do not use.
 *
 * @example
 * const result = WilayahSchema.safeParse(JSON.parse(text))
 * if (!result.success) throw new Error(z.prettifyError(result.error)) // "… at kecamatan[3].desa[7].code"
 */
export const WilayahSchema = z
  .object({
    kabupaten: z.object({
      code: z.string().regex(/^\d{2}\.\d{2}$/, 'must be a kabupaten code like 35.22'),
      name: NameSchema,
    }),
    kecamatan: z.array(WilayahKecamatanSchema).min(1),
  })
  .superRefine(checkWilayahConsistency)
export type Wilayah = z.infer<typeof WilayahSchema>

/** One desa or kelurahan as the rest of Pendopo sees it: flat, with its kecamatan's code. */
export const GeoDesaSchema = z.strictObject({
  code: DesaCodeSchema,
  name: NameSchema,
  nameAlt: NameAltSchema,
  type: DesaTypeSchema,
  kecamatanCode: KecamatanCodeSchema,
  label: LonLatSchema,
})
export type GeoDesa = z.infer<typeof GeoDesaSchema>

/** One kecamatan with the codes of its desa, in code order. */
export const GeoKecamatanSchema = z.strictObject({
  code: KecamatanCodeSchema,
  name: NameSchema,
  nameAlt: NameAltSchema,
  label: LonLatSchema,
  desaCodes: z.array(DesaCodeSchema),
})
export type GeoKecamatan = z.infer<typeof GeoKecamatanSchema>

/** Read-only lookups over one {@link Wilayah}; every list is sorted by code. */
export interface GeoIndex {
  readonly kabupaten: Readonly<Wilayah['kabupaten']>
  readonly kecamatan: readonly Readonly<GeoKecamatan>[]
  readonly desa: readonly Readonly<GeoDesa>[]
  /** `undefined` for a code that is not a kecamatan of this kabupaten (including malformed input). */
  kecamatanByCode(code: string): Readonly<GeoKecamatan> | undefined
  /** `undefined` for a code that is not a desa of this kabupaten (including malformed input). */
  desaByCode(code: string): Readonly<GeoDesa> | undefined
  kecamatanOfDesa(desaCode: string): Readonly<GeoKecamatan> | undefined
  /** True only for a code that exists in this index, not merely one that looks like a desa code. */
  isDesaCode(s: string): s is DesaCode
}

const byCode = (a: { code: string }, b: { code: string }): number =>
  a.code < b.code ? -1 : a.code > b.code ? 1 : 0

/** Copies `nameAlt` only when present: with `exactOptionalPropertyTypes` an explicit `undefined` is not allowed. */
const withNameAlt = (nameAlt: string | undefined): { nameAlt?: string } =>
  nameAlt === undefined ? {} : { nameAlt }

const freezeLonLat = (p: LonLat): LonLat => Object.freeze([p[0], p[1]]) as LonLat

/** One kecamatan of the file → its index entry and its desa entries, all frozen, desa in code order. */
function toEntries(kec: Wilayah['kecamatan'][number]): {
  kecamatan: Readonly<GeoKecamatan>
  desa: Readonly<GeoDesa>[]
} {
  const desa = [...kec.desa].sort(byCode).map((d) =>
    Object.freeze<GeoDesa>({
      code: d.code,
      name: d.name,
      ...withNameAlt(d.nameAlt),
      type: d.type,
      kecamatanCode: kec.code,
      label: freezeLonLat(d.label),
    }),
  )
  const kecamatan = Object.freeze<GeoKecamatan>({
    code: kec.code,
    name: kec.name,
    ...withNameAlt(kec.nameAlt),
    label: freezeLonLat(kec.label),
    desaCodes: Object.freeze(desa.map((d) => d.code)) as DesaCode[],
  })
  return { kecamatan, desa }
}

/**
 * Builds the lookup index over a validated wilayah. Pure and cheap (a few hundred entries); the result and
 * everything in it is frozen, so it can be shared freely.
 *
 * @example
 * const geo = createGeoIndex(WilayahSchema.parse(json))
 * geo.desaByCode('35.22.15.1005')?.name // 'Kepatihan'
 * geo.kecamatanOfDesa('35.22.15.1005')?.name // 'Bojonegoro'
 * geo.desaByCode('35.22.99.2001') // undefined
 */
export function createGeoIndex(wilayah: Wilayah): GeoIndex {
  const entries = [...wilayah.kecamatan].sort(byCode).map(toEntries)
  const kecamatan = entries.map((e) => e.kecamatan)
  const desa = entries.flatMap((e) => e.desa).sort(byCode)

  const kecamatanMap = new Map<string, Readonly<GeoKecamatan>>(kecamatan.map((k) => [k.code, k]))
  const desaMap = new Map<string, Readonly<GeoDesa>>(desa.map((d) => [d.code, d]))
  const desaByCode = (code: string): Readonly<GeoDesa> | undefined => desaMap.get(code)

  return Object.freeze({
    kabupaten: Object.freeze({ ...wilayah.kabupaten }),
    kecamatan: Object.freeze(kecamatan),
    desa: Object.freeze(desa),
    kecamatanByCode: (code: string) => kecamatanMap.get(code),
    desaByCode,
    kecamatanOfDesa: (desaCode: string) => {
      const found = desaByCode(desaCode)
      return found === undefined ? undefined : kecamatanMap.get(found.kecamatanCode)
    },
    isDesaCode: (s: string): s is DesaCode => desaMap.has(s),
  })
}
