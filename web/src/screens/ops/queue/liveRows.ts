import {
  type Clocks,
  type ComplaintChangeEvent,
  type DomainEvent,
  isComplaintChange,
  isOpen,
  type QueueItem,
} from '@pendopo/shared'

import type { QueueView } from './queueQuery.js'

/** The clocks a queue row's deadline is taken from, as the server picks it (queue.ts: `QueueItem.clock`). */
const QUEUE_CLOCKS = ['verify', 'followUp', 'autoClose'] as const

/** The live clock that falls due first, or none. */
export function dueOf(clocks: Clocks): Pick<QueueItem, 'clock' | 'dueAt'> {
  let best: Pick<QueueItem, 'clock' | 'dueAt'> = { clock: null, dueAt: null }
  for (const kind of QUEUE_CLOCKS) {
    const clock = clocks[kind]
    if (!clock || clock.endedAt !== null) continue
    if (best.dueAt === null || Date.parse(clock.dueAt) < Date.parse(best.dueAt))
      best = { clock: kind, dueAt: clock.dueAt }
  }
  return best
}

/** What a row or an event says about a complaint, enough to decide whether the view shows it. */
type Facts = Pick<
  QueueItem,
  'opd' | 'state' | 'colour' | 'channel' | 'category' | 'kecamatanCode' | 'desaCode'
>

/** Does the (scoped) view show a complaint with these facts? The server's filters, as the client can apply them. */
export function matchesView(facts: Facts, view: QueueView): boolean {
  const { filters } = view
  const has = (list: readonly string[], value: string | null) =>
    list.length === 0 || (value !== null && list.includes(value))
  return (
    (!view.openOnly || isOpen(facts.state)) &&
    has(filters.opd, facts.opd) &&
    has(filters.state, facts.state) &&
    has(filters.colour, facts.colour) &&
    has(filters.channel, facts.channel) &&
    has(filters.category, facts.category) &&
    has(filters.kecamatan, facts.kecamatanCode) &&
    has(filters.desa, facts.desaCode)
  )
}

/** The facts an event leaves its complaint with. */
export function factsAfter(event: ComplaintChangeEvent): Facts {
  const { data } = event
  return {
    opd: data.after.opd,
    state: data.after.state,
    colour: data.after.colour,
    channel: data.channel,
    category: data.category,
    kecamatanCode: data.kecamatanCode,
    desaCode: data.desaCode,
  }
}

/** A row moved forward by an event about its complaint; the same row when the event is not newer. */
export function patchRow(row: QueueItem, event: ComplaintChangeEvent): QueueItem {
  const { data } = event
  if (data.version <= row.version) return row
  return {
    ...row,
    version: data.version,
    state: data.after.state,
    colour: data.after.colour,
    opd: data.after.opd,
    updatedAt: event.at,
    ...dueOf(data.clocks),
  }
}

const sortValue = (row: QueueItem, sort: QueueView['sort']): number | null => {
  const value = sort === 'due' ? row.dueAt : sort === 'received' ? row.receivedAt : row.updatedAt
  return value === null ? null : Date.parse(value)
}

/**
 * The order of the queue, as the client can reproduce it to place a new row: by the sort's instant, rows
 * without a deadline last in either direction, ties by id.
 */
export function compareRows(a: QueueItem, b: QueueItem, view: Pick<QueueView, 'sort' | 'order'>): number {
  const x = sortValue(a, view.sort)
  const y = sortValue(b, view.sort)
  if (x !== y) {
    if (x === null) return 1
    if (y === null) return -1
    return view.order === 'asc' ? x - y : y - x
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}

/**
 * Where a new row goes among the rows held, or null when it belongs after them and more pages are still to
 * come (the page that holds it will bring it).
 */
export function insertionIndex(
  rows: readonly QueueItem[],
  row: QueueItem,
  { view, more }: { view: QueueView; more: boolean },
): number | null {
  let lo = 0
  let hi = rows.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    const held = rows[mid]
    if (held && compareRows(held, row, view) <= 0) lo = mid + 1
    else hi = mid
  }
  return lo === rows.length && more ? null : lo
}

/** What one event asks of the queue. */
export type RowChange =
  | { readonly kind: 'patch'; readonly index: number; readonly row: QueueItem }
  /** A complaint the view now shows, complete enough to insert. */
  | { readonly kind: 'insert'; readonly row: QueueItem }
  /** A complaint the view now shows, to be read in full before it can be inserted. */
  | { readonly kind: 'fetch'; readonly id: string }
  | { readonly kind: 'none' }

/**
 * The change one event makes to the rows held. A row already shown is moved forward in place (it does not
 * jump while an operator is looking at it, even if it no longer matches the filters); a complaint the view
 * now shows is added.
 */
export function changeFor(
  event: DomainEvent,
  {
    rows,
    indexOf,
    view,
  }: { rows: readonly QueueItem[]; indexOf: ReadonlyMap<string, number>; view: QueueView },
): RowChange {
  if (event.type === 'complaint.received') {
    const { summary, complaint } = event.data
    if (indexOf.has(summary.id) || !matchesView({ ...summary, channel: summary.channel }, view))
      return { kind: 'none' }
    const due = complaint ? dueOf(complaint.clocks) : { clock: null, dueAt: null }
    return { kind: 'insert', row: { ...summary, ...due } }
  }
  if (!isComplaintChange(event)) return { kind: 'none' }
  const index = indexOf.get(event.data.complaintId)
  const held = index === undefined ? undefined : rows[index]
  if (index !== undefined && held) {
    const row = patchRow(held, event)
    return row === held ? { kind: 'none' } : { kind: 'patch', index, row }
  }
  return matchesView(factsAfter(event), view)
    ? { kind: 'fetch', id: event.data.complaintId }
    : { kind: 'none' }
}
