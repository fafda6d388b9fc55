import { z } from 'zod'

import { ChannelSchema } from './channels.js'
import { ComplaintSummarySchema } from './complaint.js'
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

export const QUEUE_SORTS = ['due', 'received', 'updated'] as const

/**
 * `GET /api/v1/complaints`: the operators' queue and the executives' drill-down. Every filter is optional;
 * an operator's queue is always its own OPD's, whatever it asks. Pages by an opaque cursor (`next`).
 */
export const QueueQuerySchema = z.strictObject({
  opd: list(OpdCodeSchema),
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

export const QueuePageSchema = z.strictObject({
  items: z.array(QueueItemSchema),
  /** How many complaints match the filters, across all pages. */
  total: z.number().int().nonnegative(),
  /** Pass as `after` for the next page; null on the last one. */
  next: z.string().nullable(),
})
export type QueuePage = z.infer<typeof QueuePageSchema>
