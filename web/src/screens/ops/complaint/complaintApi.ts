import {
  type ActionRequest,
  ActorSchema,
  ComplaintRecordSchema,
  type DomainEvent,
  DomainEventSchema,
  type QueueItem,
  QueuePageSchema,
  StateSchema,
  summarize,
} from '@pendopo/shared'
import { z } from 'zod'

import { api } from '../../../live/session.js'
import { dueOf } from '../queue/liveRows.js'
import { apiQuery, type QueueView } from '../queue/queueQuery.js'

/**
 * A complaint as `GET /api/v1/complaints/:id` answers it. Title and body may be null: an executive reads a
 * confidential complaint without them (docs/access.md "Reading").
 */
export const ComplaintViewSchema = ComplaintRecordSchema.extend({
  title: z.string().nullable(),
  body: z.string().nullable(),
})
export type ComplaintView = z.infer<typeof ComplaintViewSchema>

/**
 * An event of the history that does not pass its strict schema (a field out of range, a type this build does
 * not know) is still shown: a timeline with a gap would hide what happened to the complaint. It keeps its
 * envelope, and its data is read as loosely as the timeline reads it.
 */
const LenientEventSchema = z.object({
  seq: z.number(),
  type: z.string(),
  at: z.string(),
  actor: ActorSchema,
  data: z.record(z.string(), z.unknown()),
})

const HistoryEventSchema = z.unknown().transform((raw, ctx): DomainEvent => {
  const strict = DomainEventSchema.safeParse(raw)
  if (strict.success) return strict.data
  const lenient = LenientEventSchema.safeParse(raw)
  if (lenient.success) return lenient.data as unknown as DomainEvent
  ctx.addIssue({ code: 'custom', message: 'not an event' })
  return z.NEVER
})

export const ComplaintDetailSchema = z.object({
  complaint: ComplaintViewSchema,
  /** Every event of the complaint, oldest first: its timeline. */
  history: z.array(HistoryEventSchema),
})
export type ComplaintDetail = z.infer<typeof ComplaintDetailSchema>

/** `200` to an action: the version and state it left the complaint in. */
export const AcceptedSchema = z.object({ seq: z.number(), version: z.number(), state: StateSchema })
export type Accepted = z.infer<typeof AcceptedSchema>

export const fetchComplaint = (id: string, signal?: AbortSignal) =>
  api(`/api/v1/complaints/${encodeURIComponent(id)}`, {
    parse: (json) => ComplaintDetailSchema.parse(json),
    ...(signal ? { signal } : {}),
  })

export const postAction = (id: string, request: ActionRequest) =>
  api(`/api/v1/complaints/${encodeURIComponent(id)}/actions`, {
    method: 'POST',
    body: request,
    parse: (json) => AcceptedSchema.parse(json),
  })

export const fetchQueuePage = (view: QueueView, page: { limit: number; after: string | null }) =>
  api(`/api/v1/complaints?${apiQuery(view, page)}`, { parse: (json) => QueuePageSchema.parse(json) })

/** A queue row from a whole complaint (for one that enters the view live). */
export function rowOf(complaint: ComplaintView): QueueItem {
  const summary = summarize({ ...complaint, title: complaint.title ?? '', body: complaint.body ?? '' })
  return {
    ...summary,
    title: complaint.reporter.confidential ? null : complaint.title,
    ...dueOf(complaint.clocks),
  }
}

/** One complaint as a queue row, read in full. */
export async function fetchRow(id: string) {
  const result = await fetchComplaint(id)
  return result.ok ? { ok: true as const, value: rowOf(result.value.complaint) } : result
}
