import { isOpen, type Rating, type State } from '@pendopo/shared'

import { entries } from '../common/counters.js'

export const LIVE_TILES = [
  'open',
  'overdue',
  'receivedToday',
  'closedToday',
  'followUpMedian',
  'satisfaction',
] as const
export type LiveTileId = (typeof LIVE_TILES)[number]

export interface LiveTile {
  readonly id: LiveTileId
  /** Null when there is nothing to count yet (no follow-up, no rating in the window). */
  readonly value: number | null
  /**
   * Counted over the whole regency although the scene is filtered: its counters carry neither a kecamatan
   * nor an OPD, so it cannot be narrowed, and it says so on screen rather than pretend.
   */
  readonly regencyWide: boolean
}

export interface LiveTilesInput {
  readonly counters: ReadonlyMap<string, number>
  /** Today's local date, `YYYY-MM-DD`. */
  readonly today: string
  /** The dated window the median and the satisfaction are taken over (local dates). */
  readonly window: readonly string[]
  readonly kecamatan: readonly string[] | undefined
  readonly opds: readonly string[] | undefined
}

/** Follow-up durations are counted in buckets this wide (counters.ts `FOLLOW_UP_BUCKET_HOURS`). */
const BUCKET_HOURS = 4
const SATISFIED: ReadonlySet<string> = new Set<Rating>(['sangat_puas', 'puas'])

const sum = (list: ReadonlyArray<{ n: number }>): number => list.reduce((total, e) => total + e.n, 0)

/**
 * The median of a histogram of working hours in BUCKET_HOURS-wide buckets (`bucket → count`), placed
 * linearly inside the bucket that holds it. Null for an empty histogram.
 *
 * @example
 * medianHours(new Map([[0, 2], [4, 2], [8, 4]])) // 8: the 4th of 8 values ends the [4, 8) bucket
 */
export function medianHours(histogram: ReadonlyMap<number, number>): number | null {
  const buckets = [...histogram].filter(([, n]) => n > 0).sort(([a], [b]) => a - b)
  const total = buckets.reduce((t, [, n]) => t + n, 0)
  if (total === 0) return null
  const half = total / 2
  let below = 0
  for (const [start, n] of buckets) {
    if (below + n >= half) return start + (BUCKET_HOURS * (half - below)) / n
    below += n
  }
  return null // not reached: the buckets add up to total
}

/**
 * Open and overdue: by kecamatan from `k|` (open complaints only), by OPD from `p|` (open states only),
 * else the whole of `p|`. A kecamatan filter wins over an OPD filter: no counter crosses the two.
 */
function openAndOverdue(input: LiveTilesInput): { open: number; overdue: number } {
  if (input.kecamatan) {
    const inArea = entries(input.counters, 'k').filter(({ parts }) =>
      input.kecamatan?.includes(parts[0] ?? ''),
    )
    return { open: sum(inArea), overdue: sum(inArea.filter(({ parts }) => parts[1] === 'red')) }
  }
  const open = entries(input.counters, 'p').filter(
    ({ parts }) => isOpen(parts[1] as State) && (!input.opds || input.opds.includes(parts[0] ?? '')),
  )
  return { open: sum(open), overdue: sum(open.filter(({ parts }) => parts[2] === 'red')) }
}

/**
 * The live tiles. Which can follow the scene's filter:
 * - open, overdue: kecamatan (`k|`) and OPD (`p|`);
 * - received today: kecamatan (`kh|`) only — a complaint has no OPD when it arrives;
 * - closed today: OPD (`cd|`) only;
 * - median follow-up (`fh|`) and satisfaction (`rt|`): neither.
 * The others are shown for the whole regency, marked `regencyWide`.
 */
export function selectLiveTiles(input: LiveTilesInput): readonly LiveTile[] {
  const { counters, today, kecamatan, opds } = input
  const filtered = kecamatan !== undefined || opds !== undefined
  const inWindow = new Set(input.window)
  const { open, overdue } = openAndOverdue(input)

  const todayHour = `${today}T`
  const received = kecamatan
    ? sum(
        entries(counters, 'kh').filter(
          ({ parts }) => parts[0]?.startsWith(todayHour) && kecamatan.includes(parts[1] ?? ''),
        ),
      )
    : sum(entries(counters, 'rh').filter(({ parts }) => parts[0]?.startsWith(todayHour)))
  const closed = sum(
    entries(counters, 'cd').filter(
      ({ parts }) => parts[0] === today && (kecamatan || !opds || opds.includes(parts[1] ?? '')),
    ),
  )

  const histogram = new Map<number, number>()
  for (const { parts, n } of entries(counters, 'fh')) {
    if (inWindow.has(parts[0] ?? ''))
      histogram.set(Number(parts[1]), (histogram.get(Number(parts[1])) ?? 0) + n)
  }
  const median = medianHours(histogram)

  const ratings = entries(counters, 'rt').filter(({ parts }) => inWindow.has(parts[0] ?? ''))
  const rated = sum(ratings)
  const satisfied = sum(ratings.filter(({ parts }) => SATISFIED.has(parts[1] ?? '')))

  return [
    { id: 'open', value: open, regencyWide: false },
    { id: 'overdue', value: overdue, regencyWide: false },
    { id: 'receivedToday', value: received, regencyWide: opds !== undefined && !kecamatan },
    { id: 'closedToday', value: closed, regencyWide: kecamatan !== undefined },
    { id: 'followUpMedian', value: median === null ? null : Math.round(median), regencyWide: filtered },
    { id: 'satisfaction', value: rated === 0 ? null : satisfied / rated, regencyWide: filtered },
  ]
}
