import { type Rating, RATINGS } from '@pendopo/shared'

import { entries } from '../common/counters.js'

export interface RatingShare {
  readonly rating: Rating
  readonly n: number
  /** n / all ratings, or null before the first rating. */
  readonly share: number | null
}

export interface SatisfactionView {
  /** The 4-point scale, best first. */
  readonly ratings: readonly RatingShare[]
  readonly total: number
  /** Sangat puas + puas, the headline; null before the first rating. */
  readonly satisfied: number | null
  readonly days: number
  /** The scene is filtered, but `rt|` carries neither kecamatan nor OPD: these are the regency's ratings. */
  readonly regencyWide: boolean
}

/** The regency widget's 4-point scale (domain.md §5) from `rt|<date>|<rating>` over the window, as shares. */
export function selectSatisfaction(input: {
  readonly counters: ReadonlyMap<string, number>
  readonly window: readonly string[]
  readonly filtered: boolean
}): SatisfactionView {
  const inWindow = new Set(input.window)
  const counts = new Map<string, number>()
  for (const { parts, n } of entries(input.counters, 'rt')) {
    const [date = '', rating = ''] = parts
    if (inWindow.has(date)) counts.set(rating, (counts.get(rating) ?? 0) + n)
  }
  const total = RATINGS.reduce((sum, r) => sum + (counts.get(r) ?? 0), 0)
  const share = (n: number) => (total > 0 ? n / total : null)
  const ratings = RATINGS.map((rating) => ({
    rating,
    n: counts.get(rating) ?? 0,
    share: share(counts.get(rating) ?? 0),
  }))
  const satisfied = share((counts.get('sangat_puas') ?? 0) + (counts.get('puas') ?? 0))
  return { ratings, total, satisfied, days: input.window.length, regencyWide: input.filtered }
}
