import { entries } from '../common/counters.js'

/**
 * The catch-all "Topik Lainnya" is not an issue anyone can act on; at the top of the list it would only hide
 * the week's real ones.
 */
export const CATCH_ALL = 'lainnya.umum'

/** Rising: at least this many more than last week … */
export const RISE_MIN = 3
/** … and at least this much more (a new category, absent last week, rises on RISE_MIN alone). */
export const RISE_SHARE = 0.25

/** A category as the selector needs it (`state.reference.categories`, named in the wall's language). */
export interface CategoryName {
  readonly code: string
  readonly name: string
  /** The OPD a complaint in it goes to by default. */
  readonly opd: string
}

export interface CategoryRow {
  readonly code: string
  readonly name: string
  readonly thisWeek: number
  readonly lastWeek: number
  readonly rising: boolean
}

export interface TopCategoriesView {
  readonly rows: readonly CategoryRow[]
  /** The scene asks for kecamatan, which `rd|` does not carry: the list is the whole regency's. */
  readonly regencyWide: boolean
  /** The scene asks for OPDs: the list holds the categories routed to them by default. */
  readonly byRoute: boolean
}

export interface TopCategoriesInput {
  readonly counters: ReadonlyMap<string, number>
  /** The last 7 local dates up to today, and the 7 before them. */
  readonly thisWeek: readonly string[]
  readonly lastWeek: readonly string[]
  readonly categories: readonly CategoryName[]
  readonly limit: number
  readonly kecamatan: readonly string[] | undefined
  readonly opds: readonly string[] | undefined
}

export const isRising = (thisWeek: number, lastWeek: number): boolean =>
  thisWeek - lastWeek >= RISE_MIN && (lastWeek === 0 || (thisWeek - lastWeek) / lastWeek >= RISE_SHARE)

/**
 * A name short enough for a row label: a long name loses its parenthesis, or is replaced by the acronym it
 * ends with ("Data Terpadu Kesejahteraan Sosial (DTKS)" → "DTKS"); short names stay as they are.
 *
 * @example
 * shortCategoryName('Drainase (Gorong-gorong/Parit)') // 'Drainase'
 */
export function shortCategoryName(name: string, max = 24): string {
  if (name.length <= max) return name
  const m = /^(.*?)\s*\(([^)]*)\)\s*$/.exec(name)
  if (!m) return name
  const [, head = '', inner = ''] = m
  if (/^[A-Z0-9-]{2,8}$/.test(inner)) return inner
  return head
}

/**
 * The week's strategic issues: sub-categories by complaints received in the last 7 days (`rd|`), against
 * the 7 days before, busiest first; a category that grew by RISE_MIN and RISE_SHARE is marked rising.
 */
export function selectTopCategories(input: TopCategoriesInput): TopCategoriesView {
  const thisWeek = new Set(input.thisWeek)
  const lastWeek = new Set(input.lastWeek)
  const byCode = new Map(input.categories.map((c) => [c.code, c]))
  const tally = new Map<string, { thisWeek: number; lastWeek: number }>()
  for (const { parts, n } of entries(input.counters, 'rd')) {
    const [date = '', code = ''] = parts
    const inThis = thisWeek.has(date)
    if (code === CATCH_ALL || (!inThis && !lastWeek.has(date))) continue
    if (input.opds && !input.opds.includes(byCode.get(code)?.opd ?? '')) continue
    const t = tally.get(code) ?? { thisWeek: 0, lastWeek: 0 }
    if (inThis) t.thisWeek += n
    else t.lastWeek += n
    tally.set(code, t)
  }
  const rows = [...tally]
    .filter(([, t]) => t.thisWeek > 0)
    .map(([code, t]): CategoryRow => ({
      code,
      name: shortCategoryName(byCode.get(code)?.name ?? code),
      ...t,
      rising: isRising(t.thisWeek, t.lastWeek),
    }))
    .sort(
      (a, b) =>
        b.thisWeek - a.thisWeek ||
        b.thisWeek - b.lastWeek - (a.thisWeek - a.lastWeek) ||
        a.name.localeCompare(b.name),
    )
    .slice(0, Math.max(0, input.limit))
  return { rows, regencyWide: input.kecamatan !== undefined, byRoute: input.opds !== undefined }
}
