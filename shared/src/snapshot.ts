import { z } from 'zod'

import { ComplaintSummarySchema } from './complaint.js'
import { InstantSchema, LocalDateSchema, SeqSchema } from './ids.js'
import { CalendarDataSchema } from './sla/calendar.js'
import { SlaPolicySchema } from './sla/policy.js'
import { VillageIssueSchema } from './villageIssue.js'

/** How many of the latest complaints a snapshot carries (the ticker's backlog). */
export const SNAPSHOT_RECENT = 100
/** Dated counters in a snapshot go back this many days: this week against last, plus today. */
export const SNAPSHOT_DAYS = 15

/**
 * What a dashboard needs to draw itself, consistent with the log up to `seq`: apply every event with a
 * greater seq, in order, and it stays current.
 */
export const SnapshotSchema = z.strictObject({
  audience: z.enum(['staff', 'public']),
  seq: SeqSchema,
  /** When it was taken (server clock). */
  at: InstantSchema,
  /** The regency's offset from UTC: counters' local dates and hours are in it. */
  utcOffsetMs: z.number().int(),
  calendar: z.strictObject({ version: z.number().int().min(1), data: CalendarDataSchema }),
  policy: SlaPolicySchema,
  /** Named counters (see `COUNTER_FAMILIES`); dated ones only from `countersSince` on. */
  counters: z.record(z.string(), z.number().int()),
  countersSince: LocalDateSchema,
  villageIssues: z.array(VillageIssueSchema),
  /** The latest complaints, newest first. */
  recent: z.array(ComplaintSummarySchema).max(SNAPSHOT_RECENT),
})
export type Snapshot = z.infer<typeof SnapshotSchema>
