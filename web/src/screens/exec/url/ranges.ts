import { datesBack } from '../../../panels/common/datedWindow.js'

/**
 * The time ranges an executive picks from. Each is a run of local dates ending today, and none is longer
 * than the dated counters a snapshot carries (SNAPSHOT_DAYS, 15): every figure in a range is then counted
 * from what the tablet holds, never guessed. "30 days" would need twice that history.
 */
export const RANGES = ['today', 'week', '7d', '14d'] as const
export type RangeId = (typeof RANGES)[number]
export const DEFAULT_RANGE: RangeId = 'today'

/** The Friday review compares a range with the same days one week earlier: "dibanding minggu lalu". */
const WEEK_DAYS = 7
const DAY_MS = 86_400_000

export const isRange = (value: unknown): value is RangeId => RANGES.includes(value as RangeId)

/** Monday = 0 … Sunday = 6 of a local date (`YYYY-MM-DD`): pure date arithmetic, no zone. */
function weekdayIndex(date: string): number {
  return (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7
}

/**
 * The local dates of a range ending `today`, oldest first.
 *
 * @example
 * rangeDates('week', '2026-11-25') // ['2026-11-23', '2026-11-24', '2026-11-25']: Monday to Wednesday
 */
export function rangeDates(range: RangeId, today: string): string[] {
  switch (range) {
    case 'today':
      return [today]
    case 'week':
      return datesBack(today, weekdayIndex(today) + 1)
    case '7d':
      return datesBack(today, 7)
    case '14d':
      return datesBack(today, 14)
  }
}

/** A date `days` earlier. */
export function shiftDate(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) - days * DAY_MS).toISOString().slice(0, 10)
}

/**
 * The period a range is compared with: the same days a week earlier (for a range longer than a week, the
 * range just before it). Null when the counters held (from `countersSince`) do not reach that far back — a
 * change against half a period would mislead.
 */
export function comparisonDates(dates: readonly string[], countersSince: string): string[] | null {
  const shift = Math.max(WEEK_DAYS, dates.length)
  const earlier = dates.map((d) => shiftDate(d, shift))
  return earlier.length > 0 && (earlier[0] ?? '') >= countersSince ? earlier : null
}

/** `+07:00` for WIB: the offset part of an ISO instant. */
export function offsetText(utcOffsetMs: number): string {
  const sign = utcOffsetMs < 0 ? '-' : '+'
  const minutes = Math.abs(Math.round(utcOffsetMs / 60_000))
  const hh = String(Math.floor(minutes / 60)).padStart(2, '0')
  const mm = String(minutes % 60).padStart(2, '0')
  return `${sign}${hh}:${mm}`
}

/**
 * The instants a range spans, for the queue's `from` and `to` (received at or after `from`, before `to`):
 * local midnight of its first date to local midnight after its last.
 *
 * @example
 * rangeInstants(['2026-11-23'], 7 * 3_600_000) // { from: '2026-11-23T00:00:00+07:00', to: '2026-11-24T00:00:00+07:00' }
 */
export function rangeInstants(
  dates: readonly string[],
  utcOffsetMs: number,
): { from: string; to: string } | null {
  const first = dates[0]
  const last = dates.at(-1)
  if (first === undefined || last === undefined) return null
  const offset = offsetText(utcOffsetMs)
  return { from: `${first}T00:00:00${offset}`, to: `${shiftDate(last, -1)}T00:00:00${offset}` }
}
