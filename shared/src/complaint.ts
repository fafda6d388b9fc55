import { z } from 'zod'

import { ChannelSchema } from './channels.js'
import {
  CategoryCodeSchema,
  ComplaintIdSchema,
  DesaCodeSchema,
  InstantSchema,
  KecamatanCodeSchema,
  OpdCodeSchema,
  TrackingIdSchema,
} from './ids.js'
import { StateSchema } from './lifecycle.js'
import { ClocksSchema } from './sla/clocks.js'
import { ColourSchema } from './sla/colour.js'
import { text } from './text.js'

/** LAPOR!'s report types (domain.md §1.2). */
export const COMPLAINT_KINDS = ['pengaduan', 'aspirasi', 'permintaan_informasi', 'wbs'] as const
export const ComplaintKindSchema = z.enum(COMPLAINT_KINDS)

/** The 4-point satisfaction scale of the regency's widget (domain.md §5). */
export const RATINGS = ['sangat_puas', 'puas', 'cukup_puas', 'tidak_puas'] as const
export const RatingSchema = z.enum(RATINGS)
export type Rating = z.infer<typeof RatingSchema>

export const SourceSchema = z.strictObject({
  channel: ChannelSchema,
  /** The channel's own id for this message; `(channel, externalId)` makes a delivery idempotent. */
  externalId: text({ min: 1, max: 200 }),
})

export const ReporterSchema = z.strictObject({
  /** Anonim: the reporter's identity is hidden from everyone but authorised staff. */
  anonymous: z.boolean(),
  /** Rahasia: the whole text is hidden from the wall and public views. */
  confidential: z.boolean(),
  name: text({ min: 1, max: 120 }).optional(),
  phone: z
    .string()
    .regex(/^(\+62|62|0)8[1-9]\d{6,11}$/, 'must be an Indonesian mobile number such as 081234567890')
    .optional(),
})
export type Reporter = z.infer<typeof ReporterSchema>

export const PointSchema = z.strictObject({
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
})
export type Point = z.infer<typeof PointSchema>

/** Where it happened: a desa code, or a point that the server resolves to its desa. */
export const LocationInputSchema = z
  .strictObject({
    desaCode: DesaCodeSchema.optional(),
    lat: z.number().min(-90).max(90).optional(),
    lon: z.number().min(-180).max(180).optional(),
    address: text({ min: 1, max: 300 }).optional(),
  })
  .superRefine((loc, ctx) => {
    const hasPoint = loc.lat !== undefined || loc.lon !== undefined
    if (loc.desaCode === undefined && !hasPoint) {
      ctx.addIssue({ code: 'custom', message: 'give either desaCode or lat and lon' })
    } else if (loc.desaCode !== undefined && hasPoint) {
      ctx.addIssue({ code: 'custom', message: 'give either desaCode or lat and lon, not both' })
    } else if (hasPoint && (loc.lat === undefined || loc.lon === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: [loc.lat === undefined ? 'lat' : 'lon'],
        message: 'lat and lon go together',
      })
    }
  })
export type LocationInput = z.infer<typeof LocationInputSchema>

/** `POST /api/v1/complaints`: what a channel integration sends. */
export const ComplaintSubmissionSchema = z.strictObject({
  source: SourceSchema,
  kind: ComplaintKindSchema.default('pengaduan'),
  title: text({ min: 3, max: 200 }),
  body: text({ min: 1, max: 8000, multiline: true }),
  category: CategoryCodeSchema,
  location: LocationInputSchema,
  /** When the citizen reported it, with its offset (`2026-11-23T09:15:00+07:00`). */
  reportedAt: z.iso.datetime({ offset: true, message: 'must be an ISO 8601 date-time with an offset' }),
  reporter: ReporterSchema,
})
export type ComplaintSubmission = z.infer<typeof ComplaintSubmissionSchema>

/** One (re-)disposition of the complaint to an OPD: the transfer history. */
export const DispositionSchema = z.strictObject({
  opd: OpdCodeSchema,
  at: InstantSchema,
  /** Set when the OPD answered "bukan wewenang". */
  notAuthority: z.strictObject({ at: InstantSchema, reason: z.string() }).nullable(),
})

/** A complaint's current state: the server's projection, and what `GET /api/v1/complaints/:id` answers. */
export const ComplaintRecordSchema = z.strictObject({
  id: ComplaintIdSchema,
  trackingId: TrackingIdSchema,
  /** Increments on every lifecycle event; an action may name the version it was decided on. */
  version: z.number().int().min(1),
  state: StateSchema,
  kind: ComplaintKindSchema,
  source: SourceSchema,
  title: z.string(),
  body: z.string(),
  category: CategoryCodeSchema,
  desaCode: DesaCodeSchema,
  kecamatanCode: KecamatanCodeSchema,
  /** The reported point, or the desa's label point when only a desa was given. */
  point: PointSchema,
  address: z.string().nullable(),
  /** The category's usual OPD: the verifier's starting suggestion. */
  suggestedOpd: OpdCodeSchema,
  /** The OPD it is dispositioned to; null before disposition. */
  opd: OpdCodeSchema.nullable(),
  reporter: ReporterSchema,
  reportedAt: InstantSchema,
  receivedAt: InstantSchema,
  updatedAt: InstantSchema,
  clocks: ClocksSchema,
  colour: ColourSchema,
  rating: RatingSchema.nullable(),
  dispositions: z.array(DispositionSchema),
})
export type ComplaintRecord = z.infer<typeof ComplaintRecordSchema>

/**
 * What every audience may see of a complaint: no reporter identity, no body, and no title when the
 * complaint is confidential. The wall's map points and ticker are made of these.
 */
export const ComplaintSummarySchema = ComplaintRecordSchema.pick({
  id: true,
  trackingId: true,
  version: true,
  state: true,
  kind: true,
  category: true,
  desaCode: true,
  kecamatanCode: true,
  point: true,
  opd: true,
  receivedAt: true,
  updatedAt: true,
  colour: true,
}).extend({
  channel: ChannelSchema,
  title: z.string().nullable(),
  confidential: z.boolean(),
  anonymous: z.boolean(),
})
export type ComplaintSummary = z.infer<typeof ComplaintSummarySchema>

export function summarize(c: ComplaintRecord): ComplaintSummary {
  return {
    id: c.id,
    trackingId: c.trackingId,
    version: c.version,
    state: c.state,
    kind: c.kind,
    category: c.category,
    desaCode: c.desaCode,
    kecamatanCode: c.kecamatanCode,
    point: c.point,
    opd: c.opd,
    receivedAt: c.receivedAt,
    updatedAt: c.updatedAt,
    colour: c.colour,
    channel: c.source.channel,
    title: c.reporter.confidential ? null : c.title,
    confidential: c.reporter.confidential,
    anonymous: c.reporter.anonymous,
  }
}
