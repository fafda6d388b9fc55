import { z } from 'zod'

import { InstantSchema, SeqSchema } from '../ids.js'
import { ActorSchema } from '../roles.js'

/**
 * Every event: its place in the log, when it happened, who did it, and what. `at` is the business instant
 * (a commit's time, or the due instant an SLA timer fired for); seq order is commit order.
 */
export function eventSchema<T extends string, D extends z.ZodType>(type: T, data: D) {
  return z.strictObject({
    seq: SeqSchema,
    type: z.literal(type),
    at: InstantSchema,
    actor: ActorSchema,
    data,
  })
}
