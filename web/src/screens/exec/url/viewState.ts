import {
  ComplaintIdSchema,
  DesaCodeSchema,
  KecamatanCodeSchema,
  NO_OPD,
  OpdCodeSchema,
} from '@pendopo/shared'
import { z } from 'zod'

import { DEFAULT_RANGE, isRange, type RangeId } from './ranges.js'

/** The tablet's two pages: today's picture (with its drill-down) and the Friday review. */
export const EXEC_VIEWS = ['today', 'friday'] as const
export type ExecViewName = (typeof EXEC_VIEWS)[number]

/** A complaint list shows what is open now (what the colour bars count) or what was received in the range. */
export const LIST_KINDS = ['open', 'received'] as const
export type ListKind = (typeof LIST_KINDS)[number]

/**
 * Everything the tablet shows, and nothing else: the URL query holds exactly this, so a link reproduces the
 * view and the back button walks it. Codes are checked for their shape only; one the reference does not
 * know shows as "not found", never as an error.
 */
export interface ExecView {
  readonly view: ExecViewName
  readonly range: RangeId
  readonly kecamatan: string | null
  readonly desa: string | null
  readonly opd: string | null
  readonly list: ListKind
  /** The complaint whose detail is open over the view. */
  readonly complaint: string | null
  /** `?lang=en`, carried along so a link keeps its language (App reads it when the page loads). */
  readonly lang: string | null
}

export const DEFAULT_VIEW: ExecView = {
  view: 'today',
  range: DEFAULT_RANGE,
  kecamatan: null,
  desa: null,
  opd: null,
  list: 'open',
  complaint: null,
  lang: null,
}

const valid = (schema: { safeParse(v: unknown): { success: boolean } }, value: string | null) =>
  value !== null && schema.safeParse(value).success ? value : null

/** The kecamatan a desa code belongs to: its first three parts (`35.22.15.1005` → `35.22.15`). */
export const kecamatanOfDesa = (desa: string): string => desa.split('.').slice(0, 3).join('.')

/**
 * The view a query string asks for. Whatever is missing or malformed takes its default; a desa brings its
 * kecamatan, and a desa of another kecamatan is dropped. The Friday review ranks OPDs: it has no area.
 *
 * @example
 * parseView('?view=today&desa=35.22.15.1005') // { …, kecamatan: '35.22.15', desa: '35.22.15.1005' }
 */
export function parseView(search: string): ExecView {
  const q = new URLSearchParams(search)
  const view = EXEC_VIEWS.find((v) => v === q.get('view')) ?? DEFAULT_VIEW.view
  const range = q.get('range')
  let kecamatan = valid(KecamatanCodeSchema, q.get('kecamatan'))
  let desa = valid(DesaCodeSchema, q.get('desa'))
  if (desa && !kecamatan) kecamatan = kecamatanOfDesa(desa)
  if (desa && kecamatan !== kecamatanOfDesa(desa)) desa = null
  const friday = view === 'friday'
  return {
    view,
    range: isRange(range) ? range : DEFAULT_RANGE,
    kecamatan: friday ? null : kecamatan,
    desa: friday ? null : desa,
    // `-`: Kominfo's verification queue, the complaints no OPD holds yet.
    opd: valid(z.union([OpdCodeSchema, z.literal(NO_OPD)]), q.get('opd')),
    list: LIST_KINDS.find((l) => l === q.get('list')) ?? DEFAULT_VIEW.list,
    complaint: valid(ComplaintIdSchema, q.get('complaint')),
    lang: q.get('lang') === 'en' ? 'en' : null,
  }
}

/**
 * The query string of a view, in a fixed order: `view` and `range` always, the rest when set (a default
 * is what `parseView` restores, so the link still reproduces the view exactly).
 *
 * @example
 * viewSearch({ ...DEFAULT_VIEW, kecamatan: '35.22.15' }) // '?view=today&range=today&kecamatan=35.22.15'
 */
export function viewSearch(v: ExecView): string {
  const q = new URLSearchParams({ view: v.view, range: v.range })
  if (v.kecamatan) q.set('kecamatan', v.kecamatan)
  if (v.desa) q.set('desa', v.desa)
  if (v.opd) q.set('opd', v.opd)
  if (v.list !== DEFAULT_VIEW.list) q.set('list', v.list)
  if (v.complaint) q.set('complaint', v.complaint)
  if (v.lang) q.set('lang', v.lang)
  return `?${q.toString()}`
}

/** The moves the screen offers; each says what it keeps and what it lets go. */
export const moves = {
  /** Another page: the detail closes; the Friday review keeps only the OPD. */
  view: (v: ExecView, view: ExecViewName): ExecView =>
    view === 'friday'
      ? { ...v, view, kecamatan: null, desa: null, complaint: null }
      : { ...v, view, complaint: null },
  range: (v: ExecView, range: RangeId): ExecView => ({ ...v, range }),
  /** Into a kecamatan (or back out with null): its desa are not chosen yet. */
  kecamatan: (v: ExecView, kecamatan: string | null): ExecView => ({
    ...v,
    view: 'today',
    kecamatan,
    desa: null,
    complaint: null,
  }),
  desa: (v: ExecView, desa: string | null): ExecView => ({
    ...v,
    view: 'today',
    kecamatan: desa ? kecamatanOfDesa(desa) : v.kecamatan,
    desa,
    complaint: null,
  }),
  opd: (v: ExecView, opd: string | null): ExecView => ({ ...v, opd, complaint: null }),
  list: (v: ExecView, list: ListKind): ExecView => ({ ...v, list }),
  complaint: (v: ExecView, complaint: string | null): ExecView => ({ ...v, complaint }),
} as const

/** What the second column lists: complaints once an area or an OPD is chosen. */
export const listsComplaints = (v: ExecView): boolean =>
  v.view === 'friday' ? v.opd !== null : v.kecamatan !== null || v.opd !== null
