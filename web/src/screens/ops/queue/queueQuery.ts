import {
  CategoryCodeSchema,
  ChannelSchema,
  ColourSchema,
  DesaCodeSchema,
  KecamatanCodeSchema,
  OpdCodeSchema,
  QUEUE_SORTS,
  StateSchema,
  type User,
} from '@pendopo/shared'
import type { z } from 'zod'

/** The list filters of the queue, each a list of codes (empty: no filter). */
export const FILTER_KEYS = ['opd', 'state', 'colour', 'channel', 'category', 'kecamatan', 'desa'] as const
export type FilterKey = (typeof FILTER_KEYS)[number]

const ITEM_SCHEMAS: Readonly<Record<FilterKey, z.ZodType<string>>> = {
  opd: OpdCodeSchema,
  state: StateSchema,
  colour: ColourSchema,
  channel: ChannelSchema,
  category: CategoryCodeSchema,
  kecamatan: KecamatanCodeSchema,
  desa: DesaCodeSchema,
}

export type QueueSort = (typeof QUEUE_SORTS)[number]
export type QueueOrder = 'asc' | 'desc'

/** One view of the queue: what a shared link restores. */
export interface QueueView {
  readonly filters: Readonly<Record<FilterKey, readonly string[]>>
  /** Open complaints only (the desk's usual view); false shows closed and archived ones too. */
  readonly openOnly: boolean
  readonly sort: QueueSort
  readonly order: QueueOrder
}

export const DEFAULT_VIEW: QueueView = {
  filters: { opd: [], state: [], colour: [], channel: [], category: [], kecamatan: [], desa: [] },
  openOnly: true,
  sort: 'due',
  order: 'asc',
}

/** The URL parameters that are not the view's but must survive navigation (the interface language). */
const KEPT_PARAMS = ['lang'] as const

/**
 * The view a URL query describes. Unknown codes are dropped rather than refused: an old link with a renamed
 * code still opens, showing what it can.
 *
 * @example
 * viewFromQuery('?state=VERIFIED,DISPOSITIONED&sort=received').filters.state // ['VERIFIED', 'DISPOSITIONED']
 */
export function viewFromQuery(search: string): QueueView {
  const params = new URLSearchParams(search)
  const filters = { ...DEFAULT_VIEW.filters }
  for (const key of FILTER_KEYS) {
    const values = params
      .getAll(key)
      .flatMap((v) => v.split(','))
      .map((v) => v.trim())
      .filter((v) => ITEM_SCHEMAS[key].safeParse(v).success)
    filters[key] = [...new Set(values)]
  }
  const sort = params.get('sort')
  return {
    filters,
    openOnly: params.get('open') !== 'false',
    sort: QUEUE_SORTS.find((s) => s === sort) ?? DEFAULT_VIEW.sort,
    order: params.get('order') === 'desc' ? 'desc' : 'asc',
  }
}

/**
 * The URL query for a view: only what differs from the default, lists comma-joined, in a stable order, so
 * the same view always has the same link. `lang` (and other kept parameters) are carried over from `current`.
 */
export function queryFromView(view: QueueView, current = ''): string {
  const params = new URLSearchParams()
  for (const key of FILTER_KEYS) {
    if (view.filters[key].length > 0) params.set(key, view.filters[key].join(','))
  }
  if (!view.openOnly) params.set('open', 'false')
  if (view.sort !== DEFAULT_VIEW.sort) params.set('sort', view.sort)
  if (view.order !== DEFAULT_VIEW.order) params.set('order', view.order)
  const kept = new URLSearchParams(current)
  for (const name of KEPT_PARAMS) {
    const value = kept.get(name)
    if (value !== null) params.set(name, value)
  }
  const query = params.toString().replaceAll('%2C', ',')
  return query ? `?${query}` : ''
}

/**
 * The view as this user may ask for it: an operator's queue is always its own OPD's (the server enforces it;
 * asking for another OPD would only earn a 403), so the OPD filter is replaced by the operator's OPD.
 */
export function scopedView(view: QueueView, user: Pick<User, 'role' | 'opd'>): QueueView {
  if (user.role !== 'operator') return view
  return { ...view, filters: { ...view.filters, opd: user.opd ? [user.opd] : [] } }
}

/** `GET /api/v1/complaints` parameters for one page of a (scoped) view. */
export function apiQuery(view: QueueView, page: { limit: number; after: string | null }): string {
  const params = new URLSearchParams()
  for (const key of FILTER_KEYS) {
    if (view.filters[key].length > 0) params.set(key, view.filters[key].join(','))
  }
  if (view.openOnly) params.set('open', 'true')
  params.set('sort', view.sort)
  params.set('order', view.order)
  params.set('limit', String(page.limit))
  if (page.after !== null) params.set('after', page.after)
  return params.toString()
}

/** A key that is equal for equal views: rows loaded for one view are never shown under another. */
export const viewKey = (view: QueueView): string => apiQuery(view, { limit: 0, after: null })

/** The view with one filter replaced. */
export function withFilter(view: QueueView, key: FilterKey, values: readonly string[]): QueueView {
  return { ...view, filters: { ...view.filters, [key]: [...values] } }
}
