/**
 * Local time in Bojonegoro. The simulator is Bojonegoro's own, so WIB (UTC+7, no daylight saving since
 * 1988) is fixed here; the working calendar still decides which days are worked.
 */

/** One minute, in milliseconds (as are all durations here). */
export const MINUTE_MS = 60_000
/** One hour. */
export const HOUR_MS = 3_600_000
/** One calendar day. */
export const DAY_MS = 86_400_000
/** WIB is UTC+07:00. */
export const WIB_OFFSET_MS = 7 * HOUR_MS

/** The parts of an instant as a clock on the wall in Bojonegoro shows them. */
export interface WibTime {
  /** `YYYY-MM-DD` */
  readonly date: string
  readonly year: number
  /** 1–12 */
  readonly month: number
  /** 1–31 */
  readonly day: number
  /** 0–23 */
  readonly hour: number
  /** Minutes since local midnight. */
  readonly minuteOfDay: number
  /** 0 = Sunday … 6 = Saturday */
  readonly weekday: number
}

/** The WIB calendar and clock parts of the instant `ms`. */
export function wib(ms: number): WibTime {
  const d = new Date(ms + WIB_OFFSET_MS)
  const hour = d.getUTCHours()
  return {
    date: d.toISOString().slice(0, 10),
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour,
    minuteOfDay: hour * 60 + d.getUTCMinutes(),
    weekday: d.getUTCDay(),
  }
}

/** `2026-11-23T09:15:00+07:00`: how a channel in Bojonegoro writes a time. */
export function wibIso(ms: number): string {
  return `${new Date(ms + WIB_OFFSET_MS).toISOString().slice(0, 19)}+07:00`
}

/** `20261123091500`: a compact local stamp for channel message ids. */
export function wibStamp(ms: number): string {
  return new Date(ms + WIB_OFFSET_MS).toISOString().slice(0, 19).replace(/\D/g, '')
}

/** The instant of local midnight starting the day of `ms`. */
export function startOfWibDay(ms: number): number {
  return Math.floor((ms + WIB_OFFSET_MS) / DAY_MS) * DAY_MS - WIB_OFFSET_MS
}

/** The start of the hour containing `ms` (WIB hours are whole UTC hours). */
export function startOfHour(ms: number): number {
  return Math.floor(ms / HOUR_MS) * HOUR_MS
}
