import { useMemo } from 'react'

import { useToday } from '../../../panels/common/useToday.js'
import { useWall } from '../../../store/WallProvider.js'
import { rangeDates, type RangeId, rangeInstants } from '../url/ranges.js'

/** A range made concrete: its local dates and the instants it spans. */
export interface Period {
  readonly today: string
  /** Every date of the range, oldest first. */
  readonly dates: readonly string[]
  /** The dates the dashboard's dated counters hold (a wall-fresh snapshot holds them all). */
  readonly held: readonly string[]
  readonly countersSince: string
  /** For the queue's `from` and `to`. */
  readonly instants: { readonly from: string; readonly to: string } | null
}

/** The range's dates from the tablet's clock and the dashboard's zone; null until the first snapshot. */
export function usePeriod(range: RangeId): Period | null {
  const today = useToday()?.day ?? null
  const since = useWall((s) => s.dashboard?.countersSince ?? null)
  const offset = useWall((s) => s.dashboard?.utcOffsetMs ?? null)
  return useMemo(() => {
    if (!today || since === null || offset === null) return null
    const dates = rangeDates(range, today)
    return {
      today,
      dates,
      held: dates.filter((d) => d >= since),
      countersSince: since,
      instants: rangeInstants(dates, offset),
    }
  }, [range, today, since, offset])
}
