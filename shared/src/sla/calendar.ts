import { z } from 'zod'

import type { LocalDate } from '../ids.js'
import { LocalDateSchema } from '../ids.js'
import { text } from '../text.js'

/**
 * The working-day calendar behind every SLA clock (domain.md §2–3). Pure: it takes instants and data, never reads
 * the time, so the server's deadlines and the browser's countdowns agree to the millisecond.
 */

export const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const
export const DAY_OFF_KINDS = ['national_holiday', 'collective_leave'] as const

const DAY_MS = 86_400_000
const HOUR_MS = 3_600_000
const DAYS_PER_WEEK = 7
/** Weekday index (Sun = 0) of local day 0, 1970-01-01, a Thursday. */
const EPOCH_WEEKDAY = 4
const MAX_AMENDMENT_DAYS = 400

/** Indonesia has kept fixed offsets without DST since 1988, so an offset is all a zone needs here. */
const ZONE_OFFSET_HOURS = {
  'Asia/Jakarta': 7,
  'Asia/Pontianak': 7,
  'Asia/Makassar': 8,
  'Asia/Jayapura': 9,
} as const
type TimeZone = keyof typeof ZONE_OFFSET_HOURS
const TIME_ZONES = Object.keys(ZONE_OFFSET_HOURS) as [TimeZone, ...TimeZone[]]

export const CalendarDaySchema = z.object({
  date: LocalDateSchema,
  kind: z.enum(DAY_OFF_KINDS),
  name: z.string().trim().min(1).max(200),
  /** Set on dates not yet decreed (2027 Islamic dates are ±1 day). */
  estimate: z.boolean().optional(),
})
export type CalendarDay = z.infer<typeof CalendarDaySchema>

export const CalendarDataSchema = z.object({
  country: z.string().optional(),
  timeZone: z.enum(TIME_ZONES),
  workWeek: z
    .array(z.enum(WEEKDAYS))
    .min(1)
    .refine((days) => new Set(days).size === days.length, 'workWeek must not repeat a weekday'),
  note: z.string().optional(),
  days: z.array(CalendarDaySchema).superRefine((days, ctx) => {
    const seen = new Set<string>()
    days.forEach((day, index) => {
      if (seen.has(day.date)) {
        ctx.addIssue({
          code: 'custom',
          path: [index, 'date'],
          message: `${day.date} is listed more than once`,
        })
      }
      seen.add(day.date)
    })
  }),
})
export type CalendarData = z.infer<typeof CalendarDataSchema>

/**
 * `POST /api/v1/calendar/amendments`: a request, so strict like every other one (an unknown key is a
 * mistake or an attack, never ignored), and its words are human text shown on every desk's calendar.
 */
export const CalendarAmendmentSchema = z.strictObject({
  add: z
    .array(z.strictObject({ ...CalendarDaySchema.shape, name: text({ min: 1, max: 200 }) }))
    .max(MAX_AMENDMENT_DAYS)
    .default([]),
  remove: z.array(LocalDateSchema).max(MAX_AMENDMENT_DAYS).default([]),
  /** The decree or reason, kept in the event log next to the change. */
  reason: text({ min: 1, max: 500, multiline: true }),
})
export type CalendarAmendment = z.infer<typeof CalendarAmendmentSchema>

export interface WorkingCalendar {
  /** Increments with each amendment; recorded on every deadline so a moved deadline can be explained. */
  readonly version: number
  readonly data: CalendarData
  readonly utcOffsetMs: number
  /** @example cal.localDate(Date.parse('2026-11-23T17:00:00Z')) // '2026-11-24' in WIB */
  localDate(ms: number): LocalDate
  /** @example cal.isWorkingDay('2026-05-01') // false: Hari Buruh */
  isWorkingDay(date: LocalDate): boolean
  /** @example cal.dayOff('2025-08-18')?.kind // 'collective_leave' */
  dayOff(date: LocalDate): CalendarDay | undefined
  /**
   * Legal counting: the day of `from` never counts; the deadline is the local midnight ending the n-th working day.
   * @example cal.addWorkingDays(Date.parse('2026-11-23T10:00+07:00'), 3) // 2026-11-26T17:00:00.000Z
   */
  addWorkingDays(from: number, n: number): number
  /**
   * Same counting over calendar days (the 60-day legal cap).
   * @example cal.addCalendarDays(Date.parse('2026-11-23T10:00+07:00'), 60) // 2027-01-22T17:00:00.000Z
   */
  addCalendarDays(from: number, n: number): number
  /**
   * Milliseconds of [from, to) that fall on working days; 0 when to <= from.
   * @example cal.workingMsBetween(Date.parse('2026-11-20T12:00+07:00'), Date.parse('2026-11-23T12:00+07:00')) // 86_400_000
   */
  workingMsBetween(from: number, to: number): number
  /**
   * The earliest instant at which `ms` of working time has elapsed since `from`.
   * @example cal.addWorkingMs(Date.parse('2026-11-21T10:00+07:00'), 3_600_000) // Mon 2026-11-23 01:00 WIB
   */
  addWorkingMs(from: number, ms: number): number
}

const mod = (a: number, b: number): number => ((a % b) + b) % b
/** Local day number of a `YYYY-MM-DD` date (a date-only ISO string parses as UTC midnight, whatever the host). */
const dayOfDate = (date: string): number => {
  const ms = /^\d{4}-\d{2}-\d{2}$/.test(date) ? Date.parse(date) : NaN
  if (!Number.isFinite(ms)) throw new RangeError(`not a local date: ${date}`)
  return ms / DAY_MS
}
function assertInstant(ms: number): void {
  if (!Number.isFinite(ms)) throw new RangeError(`not an instant: ${ms}`)
}
function assertPositiveInteger(n: number): void {
  if (!Number.isInteger(n) || n <= 0) throw new RangeError(`day count must be a positive integer, got ${n}`)
}

/**
 * Builds the calendar functions for one version of the calendar data. All arithmetic is on integer local day
 * numbers (days since 1970-01-01 in the calendar's zone), so nothing allocates per day.
 *
 * @example
 * const cal = createWorkingCalendar(CalendarDataSchema.parse(json), 1)
 * new Date(cal.addWorkingDays(Date.parse('2026-04-30T10:00+07:00'), 3)).toISOString() // '2026-05-06T17:00:00.000Z'
 */
export function createWorkingCalendar(data: CalendarData, version: number): WorkingCalendar {
  const utcOffsetMs = ZONE_OFFSET_HOURS[data.timeZone] * HOUR_MS
  const isWorkWeekday = WEEKDAYS.map((name) => data.workWeek.includes(name))
  const perWeek = isWorkWeekday.filter(Boolean).length
  const byDate = new Map(data.days.map((day) => [day.date, day]))
  const offDays = new Set(data.days.map((day) => dayOfDate(day.date)))
  // Only days off that would otherwise be worked change a count; sorted for binary search.
  const removedWorkdays = [...offDays].filter((d) => isWorkWeekday[weekday(d)]).sort((a, b) => a - b)

  function weekday(day: number): number {
    return mod(day + EPOCH_WEEKDAY, DAYS_PER_WEEK)
  }
  const dayOf = (ms: number): number => Math.floor((ms + utcOffsetMs) / DAY_MS)
  const startOf = (day: number): number => day * DAY_MS - utcOffsetMs
  const isWorking = (day: number): boolean => isWorkWeekday[weekday(day)] === true && !offDays.has(day)

  /** Index of the first removed workday >= day. */
  function lowerBound(day: number): number {
    let lo = 0
    let hi = removedWorkdays.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if ((removedWorkdays[mid] ?? Infinity) < day) lo = mid + 1
      else hi = mid
    }
    return lo
  }

  /** Working days among local days [a, b): whole weeks by multiplication, the ≤ 6 leftover days one by one. */
  function workingDaysIn(a: number, b: number): number {
    if (b <= a) return 0
    const weeks = Math.floor((b - a) / DAYS_PER_WEEK)
    let count = weeks * perWeek
    for (let d = a + weeks * DAYS_PER_WEEK; d < b; d++) if (isWorkWeekday[weekday(d)]) count++
    return count - (lowerBound(b) - lowerBound(a))
  }

  /** The n-th working day strictly after `day` (n >= 1). */
  function nthWorkingDayAfter(day: number, n: number): number {
    let d = day
    let left = n
    // Jump whole weeks while far off; a jump can't overshoot, since a week holds at most perWeek working days.
    while (left > perWeek) {
      const span = Math.floor((left - 1) / perWeek) * DAYS_PER_WEEK
      left -= workingDaysIn(d + 1, d + 1 + span)
      d += span
    }
    while (left > 0) if (isWorking(++d)) left--
    return d
  }

  return {
    version,
    data,
    utcOffsetMs,
    localDate: (ms) => {
      assertInstant(ms)
      return new Date(dayOf(ms) * DAY_MS).toISOString().slice(0, 10)
    },
    isWorkingDay: (date) => isWorking(dayOfDate(date)),
    dayOff: (date) => byDate.get(date),
    addWorkingDays: (from, n) => {
      assertInstant(from)
      assertPositiveInteger(n)
      return startOf(nthWorkingDayAfter(dayOf(from), n) + 1)
    },
    addCalendarDays: (from, n) => {
      assertInstant(from)
      assertPositiveInteger(n)
      return startOf(dayOf(from) + n + 1)
    },
    workingMsBetween: (from, to) => {
      assertInstant(from)
      assertInstant(to)
      if (to <= from) return 0
      const first = dayOf(from)
      const last = dayOf(to)
      if (first === last) return isWorking(first) ? to - from : 0
      const head = isWorking(first) ? startOf(first + 1) - from : 0
      const tail = isWorking(last) ? to - startOf(last) : 0
      return head + workingDaysIn(first + 1, last) * DAY_MS + tail
    },
    addWorkingMs: (from, ms) => {
      assertInstant(from)
      if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`working time must be >= 0 ms, got ${ms}`)
      const first = dayOf(from)
      const head = isWorking(first) ? startOf(first + 1) - from : 0
      if (ms <= head) return from + ms
      // What is left spans `whole` full working days and then `rest` (0 < rest <= one day) of the next one.
      const left = ms - head
      const whole = Math.ceil(left / DAY_MS) - 1
      const rest = left - whole * DAY_MS
      return startOf(nthWorkingDayAfter(first, whole + 1)) + rest
    },
  }
}

/**
 * Applies a decree's change to the calendar data. Bad input is refused with a message, never thrown: amendments
 * come from operators. To change a day's kind or name, remove and add the same date in one amendment.
 *
 * @example
 * // 7 Aug 2025: 18 Aug 2025 became cuti bersama (SKB 933/2025).
 * const result = applyCalendarAmendment(data, {
 *   add: [{ date: '2025-08-18', kind: 'collective_leave', name: 'Cuti bersama HUT RI ke-80' }],
 *   remove: [],
 *   reason: 'SKB 933/2025, 1/2025, 3/2025',
 * })
 * if (result.ok) calendar = createWorkingCalendar(result.data, calendar.version + 1)
 */
export function applyCalendarAmendment(
  data: CalendarData,
  amendment: CalendarAmendment,
): { ok: true; data: CalendarData } | { ok: false; message: string } {
  const { add, remove } = amendment
  if (add.length === 0 && remove.length === 0) {
    return { ok: false, message: 'an amendment must add or remove at least one day' }
  }
  const listed = new Set(data.days.map((day) => day.date))
  const removing = new Set<string>()
  for (const date of remove) {
    if (!listed.has(date)) return { ok: false, message: `cannot remove ${date}: it is not in the calendar` }
    if (removing.has(date)) return { ok: false, message: `${date} is removed more than once` }
    removing.add(date)
  }
  const adding = new Set<string>()
  for (const { date } of add) {
    if (adding.has(date)) return { ok: false, message: `${date} is added more than once` }
    if (listed.has(date) && !removing.has(date)) {
      return {
        ok: false,
        message: `${date} is already in the calendar; remove it in the same amendment to change it`,
      }
    }
    adding.add(date)
  }
  const days = [...data.days.filter((day) => !removing.has(day.date)), ...add].sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : 0,
  )
  return { ok: true, data: { ...data, days } }
}
