import { z } from 'zod'

import { ComplaintSummarySchema } from './complaint.js'
import { InstantSchema, LocalDateSchema, SeqSchema } from './ids.js'
import { KpiSchema } from './kpis.js'
import { CalendarDataSchema } from './sla/calendar.js'
import { COLOURS } from './sla/colour.js'
import { SlaPolicySchema } from './sla/policy.js'
import { VillageIssueSchema } from './villageIssue.js'

/** How many of the latest complaints a snapshot carries (the ticker's backlog). */
export const SNAPSHOT_RECENT = 100
/** Dated counters in a snapshot go back this many days: this week against last, plus today. */
export const SNAPSHOT_DAYS = 15
/** The map shows at most this many open complaints, the newest. */
export const MAP_POINTS_MAX = 20_000
/** Map coordinates travel as integers of 1e-5 degree (about a metre): short on the wire, exact enough. */
export const MAP_POINT_SCALE = 100_000

/**
 * The open complaints on the map, oldest first, as columns (20,000 points stay small on the wire): the i-th
 * point is `tracking[i]` at (`lat[i]`, `lon[i]`) / MAP_POINT_SCALE, in `COLOURS[colour[i]]`.
 */
export const MapPointsSchema = z
  .strictObject({
    tracking: z.array(z.number().int().positive()),
    lat: z.array(z.number().int()),
    lon: z.array(z.number().int()),
    colour: z.array(
      z
        .number()
        .int()
        .min(0)
        .max(COLOURS.length - 1),
    ),
  })
  .refine(
    (p) =>
      p.lat.length === p.tracking.length &&
      p.lon.length === p.tracking.length &&
      p.colour.length === p.tracking.length,
    'the columns must have the same length',
  )
export type MapPoints = z.infer<typeof MapPointsSchema>

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
  points: MapPointsSchema,
  /** The slow KPIs from configuration, with their as-of dates. */
  kpis: z.array(KpiSchema),
})
export type Snapshot = z.infer<typeof SnapshotSchema>
