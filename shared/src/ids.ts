import { z } from 'zod'

/**
 * Identifiers are branded so that a desa code can never be passed where an OPD code is expected.
 * Each schema both validates the shape and brands the result.
 */

/** Position of an event in the log: 1, 2, 3, … with no gaps, in commit order. */
export const SeqSchema = z.number().int().nonnegative().brand<'Seq'>()
export type Seq = z.infer<typeof SeqSchema>

/** Opaque, URL-safe complaint identifier (a ULID). */
export const ComplaintIdSchema = z
  .string()
  .regex(/^[0-9A-HJKMNP-TV-Z]{26}$/, 'must be a complaint id (26 Crockford base-32 characters)')
  .brand<'ComplaintId'>()
export type ComplaintId = z.infer<typeof ComplaintIdSchema>

/** Human tracking number read out on the phone or the radio, like LAPOR!'s `#9165816`. */
export const TrackingIdSchema = z
  .string()
  .regex(/^\d{7,10}$/, 'must be a tracking number of 7 to 10 digits')
  .brand<'TrackingId'>()
export type TrackingId = z.infer<typeof TrackingIdSchema>

export const VillageIssueIdSchema = z
  .string()
  .regex(/^[0-9A-HJKMNP-TV-Z]{26}$/, 'must be a village issue id (26 Crockford base-32 characters)')
  .brand<'VillageIssueId'>()
export type VillageIssueId = z.infer<typeof VillageIssueIdSchema>

/** Kemendagri kecamatan code, dotted: `35.22.15`. */
export const KecamatanCodeSchema = z
  .string()
  .regex(/^\d{2}\.\d{2}\.\d{2}$/, 'must be a kecamatan code like 35.22.15')
  .brand<'KecamatanCode'>()
export type KecamatanCode = z.infer<typeof KecamatanCodeSchema>

/** Kemendagri desa/kelurahan code, dotted: `35.22.15.1005` (kelurahan) or `35.22.01.2001` (desa). */
export const DesaCodeSchema = z
  .string()
  .regex(/^\d{2}\.\d{2}\.\d{2}\.[12]\d{3}$/, 'must be a desa code like 35.22.01.2001')
  .brand<'DesaCode'>()
export type DesaCode = z.infer<typeof DesaCodeSchema>

/** Short code of a perangkat daerah (OPD), e.g. `DPUBMPR`, `RSUD-SOS`, `KEC-28`. */
export const OpdCodeSchema = z
  .string()
  .regex(/^[A-Z][A-Z0-9]*(-[A-Z0-9]+)?$/, 'must be an OPD code like DPUBMPR or KEC-28')
  .brand<'OpdCode'>()
export type OpdCode = z.infer<typeof OpdCodeSchema>

/** Complaint category code, `<top>.<sub>` in kebab case: `pu.jalan-berlubang`. */
export const CategoryCodeSchema = z
  .string()
  .regex(/^[a-z0-9-]+\.[a-z0-9-]+$/, 'must be a category code like pu.jalan-berlubang')
  .brand<'CategoryCode'>()
export type CategoryCode = z.infer<typeof CategoryCodeSchema>

/** A UTC instant on the wire: ISO 8601 with `Z`, millisecond precision. */
export const InstantSchema = z.iso.datetime({ precision: 3 })
export type Instant = z.infer<typeof InstantSchema>

/** A local calendar date, `YYYY-MM-DD`. */
export const LocalDateSchema = z.iso.date()
export type LocalDate = z.infer<typeof LocalDateSchema>

/** Epoch milliseconds → wire instant. */
export const toInstant = (ms: number): Instant => new Date(ms).toISOString()

/** Wire instant (or any ISO 8601 with offset) → epoch milliseconds. */
export const toMillis = (instant: string): number => Date.parse(instant)
