import {
  type Clocks,
  type Colour,
  type DomainEvent,
  isComplaintChange,
  isLive,
  type QueueItem,
  toMillis,
} from '@pendopo/shared'

import type { ExecView, ListKind } from '../url/viewState.js'

/** A tablet lists this many at a time; "more" fetches the next page. Nobody scrolls past a few hundred. */
export const PAGE_SIZE = 100

/** What a complaint list is of: the view's area and OPD, open now or received in the range. */
export interface ListScope {
  readonly kecamatan: string | null
  readonly desa: string | null
  readonly opd: string | null
}

export const scopeOf = (v: ExecView): ListScope => ({ kecamatan: v.kecamatan, desa: v.desa, opd: v.opd })

/**
 * The queue request (`GET /api/v1/complaints`, docs/access.md) for a list. Open ones are sorted by the
 * deadline that falls due first (overdue at the top); those received in the range newest first.
 *
 * @example
 * queuePath({ kecamatan: null, desa: '35.22.15.1005', opd: null }, 'open', { range: null }) // '/api/v1/complaints?desa=35.22.15.1005&open=true&sort=due&order=asc&limit=100'
 */
export function queuePath(
  scope: ListScope,
  kind: ListKind,
  options: { range: { from: string; to: string } | null; limit?: number; colours?: readonly Colour[] },
): string {
  const q = new URLSearchParams()
  // A desa says its kecamatan; asking for both would only repeat it.
  if (scope.desa) q.set('desa', scope.desa)
  else if (scope.kecamatan) q.set('kecamatan', scope.kecamatan)
  if (scope.opd) q.set('opd', scope.opd)
  if (options.colours) q.set('colour', options.colours.join(','))
  if (kind === 'open') {
    q.set('open', 'true')
    q.set('sort', 'due')
    q.set('order', 'asc')
  } else {
    if (options.range) {
      q.set('from', options.range.from)
      q.set('to', options.range.to)
    }
    q.set('sort', 'received')
    q.set('order', 'desc')
  }
  q.set('limit', String(options.limit ?? PAGE_SIZE))
  return `/api/v1/complaints?${q.toString()}`
}

/**
 * The queries a list is made of, shown one after the other. Open complaints: the overdue (red) first, then
 * the rest, each by the deadline that falls due first — the queue's `due` order is the next deadline to
 * beat, where a deadline already missed is not next, and an executive asks about the red ones first.
 * Received in the range: one query, newest first.
 */
export function listPaths(
  scope: ListScope,
  kind: ListKind,
  options: { range: { from: string; to: string } | null; limit?: number },
): string[] {
  if (kind === 'received') return [queuePath(scope, kind, options)]
  return [
    queuePath(scope, kind, { ...options, colours: ['red'] }),
    queuePath(scope, kind, { ...options, colours: ['yellow', 'green', 'blue'] }),
  ]
}

/** The live clock that falls due first, as the queue reports it (`clock`, `dueAt`). */
export function firstDue(clocks: Clocks): Pick<QueueItem, 'clock' | 'dueAt'> {
  const live = (['verify', 'followUp', 'autoClose'] as const)
    .map((kind) => ({ kind, clock: clocks[kind] }))
    .filter((c) => isLive(c.clock))
    .sort((a, b) => toMillis(a.clock?.dueAt ?? '') - toMillis(b.clock?.dueAt ?? ''))
  const first = live[0]
  return first?.clock ? { clock: first.kind, dueAt: first.clock.dueAt } : { clock: null, dueAt: null }
}

/** Where an event's complaint is: its area, and the OPDs it was with before and after (none when new). */
function placeOf(
  event: DomainEvent,
): { desa: string; kecamatan: string; opds: ReadonlyArray<string | null> } | null {
  if (event.type === 'complaint.received') {
    const { desaCode, kecamatanCode } = event.data.summary
    return { desa: desaCode, kecamatan: kecamatanCode, opds: [] }
  }
  if (!isComplaintChange(event)) return null
  const { desaCode, kecamatanCode, before, after } = event.data
  // Disposed to the OPD, or transferred away from it: either way its list changes.
  return { desa: desaCode, kecamatan: kecamatanCode, opds: [before.opd, after.opd] }
}

/** Does an event touch a complaint in this scope (so the list may have gained or lost one)? */
export function touchesScope(event: DomainEvent, scope: ListScope): boolean {
  const where = placeOf(event)
  return (
    where !== null &&
    (!scope.desa || scope.desa === where.desa) &&
    (!scope.kecamatan || scope.kecamatan === where.kecamatan) &&
    (!scope.opd || where.opds.includes(scope.opd))
  )
}

/**
 * The rows as the events say they are now: each complaint's state, colour, OPD, version and first deadline
 * from the newest event about it (events in any order; an older version never overwrites a newer one). The
 * same array when nothing changed, so a list does not re-render for events about other complaints.
 */
export function patchItems(
  items: readonly QueueItem[],
  events: readonly DomainEvent[],
): readonly QueueItem[] {
  if (items.length === 0) return items
  const index = new Map(items.map((item, i) => [item.id as string, i]))
  let out: QueueItem[] | null = null
  for (const event of events) {
    if (!isComplaintChange(event)) continue
    const i = index.get(event.data.complaintId)
    if (i === undefined) continue
    const current = (out ?? items)[i]
    if (!current || current.version >= event.data.version) continue
    out ??= [...items]
    out[i] = {
      ...current,
      state: event.data.after.state,
      colour: event.data.after.colour,
      opd: event.data.after.opd,
      version: event.data.version,
      updatedAt: event.at,
      ...firstDue(event.data.clocks),
    }
  }
  return out ?? items
}
