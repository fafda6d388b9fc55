import {
  ActorSchema,
  ChannelSchema,
  ClocksSchema,
  ColourSchema,
  ComplaintKindSchema,
  type DomainEvent,
  isComplaintChange,
  StateSchema,
} from '@pendopo/shared'
import { useEffect, useRef, useState } from 'react'
import { z } from 'zod'

import { api } from '../../../live/session.js'
import { useLiveEvents } from '../live/useLiveEvents.js'

/**
 * `GET /api/v1/complaints/:id` as an executive reads it (docs/access.md): an anonymous reporter comes without
 * name and phone, a confidential complaint without title and body (null). Read leniently — only what the
 * tablet shows, unknown fields ignored — so a redaction the server adds later cannot break the screen.
 */
export const ComplaintDetailSchema = z.object({
  complaint: z.object({
    id: z.string(),
    trackingId: z.string(),
    version: z.number().int(),
    state: StateSchema,
    colour: ColourSchema,
    kind: ComplaintKindSchema,
    source: z.object({ channel: ChannelSchema }),
    title: z.string().nullable(),
    body: z.string().nullable(),
    category: z.string(),
    desaCode: z.string(),
    kecamatanCode: z.string(),
    address: z.string().nullable().optional(),
    opd: z.string().nullable(),
    reporter: z.object({
      anonymous: z.boolean(),
      confidential: z.boolean(),
      name: z.string().nullable().optional(),
      phone: z.string().nullable().optional(),
    }),
    receivedAt: z.string(),
    updatedAt: z.string(),
    clocks: ClocksSchema,
  }),
  history: z.array(
    z.object({
      seq: z.number().int(),
      type: z.string(),
      at: z.string(),
      actor: ActorSchema.partial({ id: true }),
      data: z.record(z.string(), z.unknown()),
    }),
  ),
})
export type ComplaintDetail = z.infer<typeof ComplaintDetailSchema>

export type DetailState =
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly httpStatus: number; readonly error: string }
  | { readonly status: 'ready'; readonly detail: ComplaintDetail }

/** After an event about the open complaint, its history is asked again this long after (a burst: once). */
const RELOAD_AFTER_MS = 250

/**
 * The state the events say a complaint is in, ahead of the reload that brings its history: the detail
 * shows a change made on another screen as soon as the socket brings it.
 */
export function applyLatest(detail: ComplaintDetail, events: readonly DomainEvent[]): ComplaintDetail {
  let { complaint } = detail
  for (const e of events) {
    if (!isComplaintChange(e) || e.data.complaintId !== complaint.id) continue
    if (e.data.version <= complaint.version) continue
    complaint = {
      ...complaint,
      state: e.data.after.state,
      colour: e.data.after.colour,
      opd: e.data.after.opd,
      version: e.data.version,
      updatedAt: e.at,
      clocks: e.data.clocks,
    }
  }
  return complaint === detail.complaint ? detail : { ...detail, complaint }
}

/** One complaint's detail and history, kept current by the live events about it. */
export function useComplaintDetail(id: string): DetailState {
  const [state, setState] = useState<DetailState>({ status: 'loading' })
  const [reloads, setReloads] = useState(0)
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  useEffect(() => () => clearTimeout(timer.current), [])

  useLiveEvents((fresh) => {
    if (!fresh.some((e) => isComplaintChange(e) && e.data.complaintId === id)) return
    setState((s) => (s.status === 'ready' ? { ...s, detail: applyLatest(s.detail, fresh) } : s))
    clearTimeout(timer.current)
    timer.current = setTimeout(() => setReloads((n) => n + 1), RELOAD_AFTER_MS)
  })

  useEffect(() => setState({ status: 'loading' }), [id])
  useEffect(() => {
    const aborter = new AbortController()
    api(`/api/v1/complaints/${encodeURIComponent(id)}`, {
      parse: (json) => ComplaintDetailSchema.parse(json),
      signal: aborter.signal,
    }).then(
      (result) =>
        setState((s) => {
          if (!result.ok)
            return { status: 'error', httpStatus: result.problem.status, error: result.problem.error }
          // A reload that answers with an older version than the events showed keeps the newer state.
          const held = s.status === 'ready' ? s.detail.complaint.version : 0
          return held > result.value.complaint.version ? s : { status: 'ready', detail: result.value }
        }),
      () => undefined,
    )
    return () => aborter.abort()
  }, [id, reloads])
  return state
}
