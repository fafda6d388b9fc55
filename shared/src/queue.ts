import { z } from 'zod'

import { ChannelSchema } from './channels.js'
import { type ComplaintRecord, ComplaintSummarySchema } from './complaint.js'
import {
  CategoryCodeSchema,
  DesaCodeSchema,
  InstantSchema,
  KecamatanCodeSchema,
  OpdCodeSchema,
} from './ids.js'
import { StateSchema } from './lifecycle.js'
import { CLOCK_KINDS } from './sla/clocks.js'
import { ColourSchema } from './sla/colour.js'

/** A query-string list: `state=VERIFIED,DISPOSITIONED` or the parameter repeated. */
const list = <T extends z.ZodType<unknown, string>>(item: T) =>
  z
    .union([z.string(), z.array(z.string())])
    .transform((v) => (Array.isArray(v) ? v : v.split(',')).map((s) => s.trim()).filter(Boolean))
    .pipe(z.array(item).max(50))
    .optional()

/** In `opd=`: complaints no OPD holds yet. */
export const NO_OPD = '-'

export const QUEUE_SORTS = ['due', 'received', 'updated'] as const

/**
 * `GET /api/v1/complaints`: the operators' queue and the executives' drill-down. Every filter is optional;
 * an operator's queue is always its own OPD's, whatever it asks. Pages by an opaque cursor (`next`).
 */
export const QueueQuerySchema = z.strictObject({
  /** OPD codes; `-` stands for "not dispositioned yet" (Kominfo's own pile). */
  opd: list(z.union([OpdCodeSchema, z.literal(NO_OPD)])),
  state: list(StateSchema),
  colour: list(ColourSchema),
  channel: list(ChannelSchema),
  category: list(CategoryCodeSchema),
  kecamatan: list(KecamatanCodeSchema),
  desa: list(DesaCodeSchema),
  /** Received at or after / before these instants (the executives' time range). */
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  /** Open complaints only (any state but CLOSED and ARCHIVED). */
  open: z.enum(['true', 'false']).optional(),
  /** `due`: the next SLA deadline first; `received`, `updated`: by those instants. */
  sort: z.enum(QUEUE_SORTS).default('due'),
  order: z.enum(['asc', 'desc']).default('asc'),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
  after: z.string().max(200).optional(),
})
export type QueueQuery = z.infer<typeof QueueQuerySchema>

/** One row of the queue: the summary every audience may see, and the deadline that matters now. */
export const QueueItemSchema = ComplaintSummarySchema.extend({
  /** The live clock that falls due first (verify, followUp, autoClose), or null when none runs. */
  clock: z.enum(CLOCK_KINDS).nullable(),
  dueAt: InstantSchema.nullable(),
})
export type QueueItem = z.infer<typeof QueueItemSchema>

/** The clocks a queue row counts down: the stages someone must finish (the legal limit is a backstop). */
const DUE_CLOCKS = ['verify', 'followUp', 'autoClose'] as const

/**
 * The live clock that falls due first: what an operator must beat next. Overdue clocks are still live, so
 * an overdue complaint's deadline is in the past and sorts first. `sort=due` orders by this.
 */
export function nextDue(record: ComplaintRecord): Pick<QueueItem, 'clock' | 'dueAt'> {
  let next: Pick<QueueItem, 'clock' | 'dueAt'> = { clock: null, dueAt: null }
  for (const kind of DUE_CLOCKS) {
    const clock = record.clocks[kind]
    if (clock && clock.endedAt === null && (next.dueAt === null || clock.dueAt < next.dueAt))
      next = { clock: kind, dueAt: clock.dueAt }
  }
  return next
}

export const QueuePageSchema = z.strictObject({
  items: z.array(QueueItemSchema),
  /** How many complaints match the filters, across all pages. */
  total: z.number().int().nonnegative(),
  /** Pass as `after` for the next page; null on the last one. */
  next: z.string().nullable(),
})
export type QueuePage = z.infer<typeof QueuePageSchema>
