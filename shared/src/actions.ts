import { z } from 'zod'

import { RatingSchema } from './complaint.js'
import { OpdCodeSchema } from './ids.js'
import { text } from './text.js'

const reason = text({ min: 3, max: 1000, multiline: true })
const note = text({ min: 1, max: 1000, multiline: true }).optional()
/** The complaint's version as the caller saw it; a mismatch answers 409 with what changed. */
const expectedVersion = z.number().int().min(1).optional()

/**
 * `POST /api/v1/complaints/:id/actions`: one action on one complaint. `auto_close` is not here: only the
 * SLA scheduler closes a complaint by itself.
 */
export const ActionRequestSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('verify'), expectedVersion, note }),
  z.strictObject({ type: z.literal('dispose'), expectedVersion, opd: OpdCodeSchema, note }),
  z.strictObject({
    type: z.literal('follow_up'),
    expectedVersion,
    text: text({ min: 3, max: 4000, multiline: true }),
  }),
  z.strictObject({
    type: z.literal('reporter_reply'),
    expectedVersion,
    text: text({ min: 1, max: 4000, multiline: true }),
  }),
  z.strictObject({ type: z.literal('not_authority'), expectedVersion, reason }),
  z.strictObject({ type: z.literal('hold'), expectedVersion, reason }),
  z.strictObject({ type: z.literal('resume'), expectedVersion, note }),
  z.strictObject({ type: z.literal('archive'), expectedVersion, reason }),
  z.strictObject({ type: z.literal('close'), expectedVersion, reason }),
  z.strictObject({ type: z.literal('rate'), expectedVersion, rating: RatingSchema }),
])
export type ActionRequest = z.infer<typeof ActionRequestSchema>
