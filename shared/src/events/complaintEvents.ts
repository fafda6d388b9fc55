import { z } from 'zod'

import { ChannelSchema } from '../channels.js'
import { ComplaintRecordSchema, ComplaintSummarySchema, RatingSchema } from '../complaint.js'
import {
  CategoryCodeSchema,
  ComplaintIdSchema,
  DesaCodeSchema,
  InstantSchema,
  KecamatanCodeSchema,
  OpdCodeSchema,
  TrackingIdSchema,
} from '../ids.js'
import { StateSchema } from '../lifecycle.js'
import { CLOCK_KINDS, ClocksSchema } from '../sla/clocks.js'
import { ColourSchema } from '../sla/colour.js'

import { eventSchema } from './envelope.js'

/** What the counters are keyed by, before and after: it makes each event countable on its own. */
const PositionSchema = z.strictObject({
  state: StateSchema,
  colour: ColourSchema,
  opd: OpdCodeSchema.nullable(),
  /** When it was dispositioned to `opd` (the Friday review's cohort); null while it has no OPD. */
  dispositionedAt: InstantSchema.nullable(),
})
export type Position = z.infer<typeof PositionSchema>

/**
 * The common part of every event about an existing complaint. It carries the complaint's dimensions and
 * its position before and after, so a projection (the server's, or a browser's) can apply the event
 * without holding the complaint.
 */
const change = {
  complaintId: ComplaintIdSchema,
  /** The complaint's tracking number: a wall keys its map points by it (it is short and public). */
  trackingId: TrackingIdSchema,
  version: z.number().int().min(1),
  before: PositionSchema,
  after: PositionSchema,
  clocks: ClocksSchema,
  desaCode: DesaCodeSchema,
  kecamatanCode: KecamatanCodeSchema,
  category: CategoryCodeSchema,
  channel: ChannelSchema,
}
/** Free text written by people; null in what a wall receives. */
const words = z.string().nullable()

export const ComplaintReceivedSchema = eventSchema(
  'complaint.received',
  z.strictObject({
    summary: ComplaintSummarySchema,
    /** The whole record; null in what a wall receives. */
    complaint: ComplaintRecordSchema.nullable(),
  }),
)
export const ComplaintVerifiedSchema = eventSchema(
  'complaint.verified',
  z.strictObject({ ...change, note: words }),
)
export const ComplaintDispositionedSchema = eventSchema(
  'complaint.dispositioned',
  z.strictObject({ ...change, opd: OpdCodeSchema, note: words }),
)
export const ComplaintFollowedUpSchema = eventSchema(
  'complaint.followed_up',
  z.strictObject({
    ...change,
    text: words,
    /** Working time the OPD took since its follow-up clock started: the "median follow-up time" KPI. */
    responseWorkingMs: z.number().int().nonnegative(),
  }),
)
export const ComplaintReporterRepliedSchema = eventSchema(
  'complaint.reporter_replied',
  z.strictObject({ ...change, text: words }),
)
export const ComplaintNotAuthoritySchema = eventSchema(
  'complaint.not_authority',
  z.strictObject({ ...change, reason: words }),
)
export const ComplaintHeldSchema = eventSchema('complaint.held', z.strictObject({ ...change, reason: words }))
export const ComplaintResumedSchema = eventSchema(
  'complaint.resumed',
  z.strictObject({ ...change, note: words }),
)
export const ComplaintArchivedSchema = eventSchema(
  'complaint.archived',
  z.strictObject({ ...change, reason: words }),
)
export const ComplaintClosedSchema = eventSchema(
  'complaint.closed',
  z.strictObject({ ...change, reason: words, auto: z.boolean() }),
)
export const ComplaintRatedSchema = eventSchema(
  'complaint.rated',
  z.strictObject({ ...change, rating: RatingSchema }),
)

const ClockKindSchema = z.enum(CLOCK_KINDS)
export const SlaWarningSchema = eventSchema(
  'sla.warning',
  z.strictObject({ ...change, clock: ClockKindSchema, dueAt: InstantSchema }),
)
export const SlaBreachedSchema = eventSchema(
  'sla.breached',
  z.strictObject({ ...change, clock: ClockKindSchema, dueAt: InstantSchema }),
)
/** Live clocks recomputed under an amended calendar; past verdicts untouched. */
export const SlaRescheduledSchema = eventSchema(
  'sla.rescheduled',
  z.strictObject({ ...change, calendarVersion: z.number().int().min(1) }),
)

export const COMPLAINT_EVENT_SCHEMAS = [
  ComplaintReceivedSchema,
  ComplaintVerifiedSchema,
  ComplaintDispositionedSchema,
  ComplaintFollowedUpSchema,
  ComplaintReporterRepliedSchema,
  ComplaintNotAuthoritySchema,
  ComplaintHeldSchema,
  ComplaintResumedSchema,
  ComplaintArchivedSchema,
  ComplaintClosedSchema,
  ComplaintRatedSchema,
  SlaWarningSchema,
  SlaBreachedSchema,
  SlaRescheduledSchema,
] as const
