import { entries } from '../common/counters.js'

/** Channels drawn on their own; the rest are summed as one "other" series (ten colours cannot be told apart). */
export const CHANNELS_SHOWN = 4
export const OTHER = 'other'
/** The one series of an area scene: `kh|` counts by kecamatan, not by channel. */
export const AREA = 'area'

export interface Series {
  readonly code: string
  readonly name: string
}

export interface HourRow {
  /** Local hour, 0–23. */
  readonly hour: number
  /** Today's count per series (in `series` order); null for hours still to come. */
  readonly values: readonly number[] | null
  /** The same hour on the same weekday last week. */
  readonly lastWeek: number
}

export interface ChannelHoursView {
  readonly series: readonly Series[]
  readonly hours: readonly HourRow[]
  /** Received today up to and including the current hour, and last week up to the same hour. */
  readonly todaySoFar: number
  readonly lastWeekSoFar: number
  /** The scene asks for OPDs, which complaints do not have on arrival: the chart shows the whole regency. */
  readonly regencyWide: boolean
}

export interface ChannelHoursInput {
  readonly counters: ReadonlyMap<string, number>
  readonly today: string
  /** The same weekday a week before, `YYYY-MM-DD`. */
  readonly lastWeek: string
  /** The current local hour, 0–23. */
  readonly hour: number
  /** Channels in reference order, named in the wall's language. */
  readonly channels: readonly Series[]
  readonly otherName: string
  readonly areaName: string
  readonly kecamatan: readonly string[] | undefined
  readonly opds: readonly string[] | undefined
}

const HOURS = 24

/** `day → hour → key → n` of one hourly family, for two days. */
function byHour(input: ChannelHoursInput, family: 'rh' | 'kh'): Map<string, number[]>[] {
  const days = [input.today, input.lastWeek]
  const grids = days.map(() => new Map<string, number[]>())
  for (const { parts, n } of entries(input.counters, family)) {
    const [when, key] = parts
    const d = days.indexOf(when?.slice(0, 10) ?? '')
    if (d < 0 || !key) continue
    if (family === 'kh' && !input.kecamatan?.includes(key)) continue
    const series = family === 'kh' ? AREA : key
    const grid = grids[d]
    if (!grid) continue
    let hours = grid.get(series)
    if (!hours) grid.set(series, (hours = new Array<number>(HOURS).fill(0)))
    const h = Number(when?.slice(11, 13))
    if (h >= 0 && h < HOURS) hours[h] = (hours[h] ?? 0) + n
  }
  return grids
}

const total = (hours: readonly number[] | undefined, upTo = HOURS - 1): number =>
  (hours ?? []).reduce((sum, n, h) => (h <= upTo ? sum + n : sum), 0)

/** The series to draw: the busiest channels today, the rest as "other" when there are more than one of them. */
function pickSeries(input: ChannelHoursInput, today: Map<string, number[]>): Series[] {
  const busy = input.channels
    .map((c, order) => ({ ...c, order, n: total(today.get(c.code)) }))
    .filter((c) => c.n > 0)
    .sort((a, b) => b.n - a.n || a.order - b.order)
  if (busy.length <= CHANNELS_SHOWN + 1) return busy.map(({ code, name }) => ({ code, name }))
  return [
    ...busy.slice(0, CHANNELS_SHOWN).map(({ code, name }) => ({ code, name })),
    { code: OTHER, name: input.otherName },
  ]
}

/**
 * Complaints received per local hour today, by channel (`rh|`), against the same weekday last week. An area
 * scene narrows to its kecamatan through `kh|`, which has no channel: one series for the area. An OPD scene
 * cannot narrow (a complaint has no OPD when it arrives) and is marked `regencyWide`.
 */
export function selectChannelHours(input: ChannelHoursInput): ChannelHoursView {
  const area = input.kecamatan !== undefined
  const [today = new Map<string, number[]>(), lastWeek = new Map<string, number[]>()] = byHour(
    input,
    area ? 'kh' : 'rh',
  )
  const series = area
    ? total(today.get(AREA)) > 0
      ? [{ code: AREA, name: input.areaName }]
      : []
    : pickSeries(input, today)
  const shown = new Set(series.map((s) => s.code))
  const other = new Array<number>(HOURS).fill(0)
  for (const [code, hours] of today) {
    if (!shown.has(code)) hours.forEach((n, h) => (other[h] = (other[h] ?? 0) + n))
  }
  const lastWeekTotal = new Array<number>(HOURS).fill(0)
  for (const hours of lastWeek.values())
    hours.forEach((n, h) => (lastWeekTotal[h] = (lastWeekTotal[h] ?? 0) + n))

  const hours = Array.from({ length: HOURS }, (_, h): HourRow => ({
    hour: h,
    values:
      h <= input.hour ? series.map((s) => (s.code === OTHER ? other[h] : today.get(s.code)?.[h]) ?? 0) : null,
    lastWeek: lastWeekTotal[h] ?? 0,
  }))
  let todaySoFar = 0
  for (const row of hours) todaySoFar += row.values?.reduce((sum, n) => sum + n, 0) ?? 0
  return {
    series,
    hours,
    todaySoFar,
    lastWeekSoFar: total(lastWeekTotal, input.hour),
    regencyWide: !area && input.opds !== undefined,
  }
}
