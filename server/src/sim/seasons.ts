import { wib } from './wib.js'

/**
 * Bojonegoro's year: the rainy season (November–April) floods the Bengawan Solo's banks, the dry season
 * (June–October) dries the wells of the south; May is the turn between them. The rates below are our
 * estimates, shaped by what BPBD reports (domain.md §4.5): siaga darurat banjir from 21 November to the
 * end of December, the worst floods in December–February, droughts peaking in August–September.
 */

export const SEASONS = ['rainy', 'transition', 'dry'] as const
/** Rainy (November–April), the turn (May), dry (June–October). */
export type Season = (typeof SEASONS)[number]

/** The season at `at`, by the month in Bojonegoro. */
export function seasonOf(at: number): Season {
  const { month } = wib(at)
  if (month >= 6 && month <= 10) return 'dry'
  if (month === 5) return 'transition'
  return 'rainy'
}

/** BPBD's flood alert period (siaga darurat): from this day of November to the end of December. */
const SIAGA_FROM_NOVEMBER_DAY = 21

/** Floods starting per day (each one hits a few desa of one riverside kecamatan). */
export function floodsPerDay(at: number): number {
  const { month, day } = wib(at)
  switch (month) {
    case 11:
      return day >= SIAGA_FROM_NOVEMBER_DAY ? 1.2 : 0.35
    case 12:
    case 1:
    case 2:
      return 1.1
    case 3:
      return 0.6
    case 4:
      return 0.3
    default:
      return 0
  }
}

/** Droughts declared per day (a few desa of one drought-prone kecamatan run out of water). */
export function droughtsPerDay(at: number): number {
  const { month } = wib(at)
  switch (month) {
    case 6:
    case 7:
      return 0.12
    case 8:
    case 9:
      return 0.3
    case 10:
      return 0.2
    default:
      return 0
  }
}

/** A village road found broken (a Sambang Desa visit, a kecamatan report); more after heavy rain. */
export function roadIssuesPerDay(at: number): number {
  return seasonOf(at) === 'rainy' ? 0.25 : 0.12
}

/** Stunting cases flagged by the monthly weighing at the posyandu (e-PPGBM), any season. */
export const STUNTING_ISSUES_PER_DAY = 0.1
