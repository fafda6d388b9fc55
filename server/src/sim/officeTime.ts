import type { WorkingCalendar } from '@pendopo/shared'

import { DAY_MS, MINUTE_MS, WIB_OFFSET_MS } from './wib.js'

/**
 * Office time: when Kominfo and the OPDs act. Government offices work Monday to Friday from 07:30
 * (Perpres 21/2023, domain.md §3.1); we close the desk at 16:00, when staff leave. Holidays and cuti
 * bersama come from the working calendar, so an action never lands on 17 August.
 */

/** 07:30 WIB, in minutes since midnight. */
export const OFFICE_OPENS_MINUTE = 7 * 60 + 30
/** 16:00 WIB. */
export const OFFICE_CLOSES_MINUTE = 16 * 60
/** Minutes in one office day: the unit of every delay the planner draws. */
export const OFFICE_DAY_MINUTES = OFFICE_CLOSES_MINUTE - OFFICE_OPENS_MINUTE
/** Beyond this an office delay is not a delay but an abandoned file; stops a runaway walk. */
const MAX_WALK_DAYS = 400

/**
 * Working days by local day number, per calendar version: the planner asks about the same few weeks
 * thousands of times, and the calendar answers by date string.
 */
const workingDays = new WeakMap<WorkingCalendar, Map<number, boolean>>()

function isWorkingDayNumber(calendar: WorkingCalendar, day: number): boolean {
  let known = workingDays.get(calendar)
  if (!known) workingDays.set(calendar, (known = new Map<number, boolean>()))
  let working = known.get(day)
  if (working === undefined) {
    working = calendar.isWorkingDay(new Date(day * DAY_MS).toISOString().slice(0, 10))
    known.set(day, working)
  }
  return working
}

const dayNumber = (ms: number) => Math.floor((ms + WIB_OFFSET_MS) / DAY_MS)
const dayStart = (day: number) => day * DAY_MS - WIB_OFFSET_MS

/** Whether `at` falls in office hours on a working day. */
export function isOfficeTime(at: number, calendar: WorkingCalendar): boolean {
  const day = dayNumber(at)
  const minute = (at - dayStart(day)) / MINUTE_MS
  return isWorkingDayNumber(calendar, day) && minute >= OFFICE_OPENS_MINUTE && minute < OFFICE_CLOSES_MINUTE
}

/**
 * The instant `officeDays` of office time after `from` (0.5 = half an office day, 4h15). Time outside
 * office hours does not count: a complaint received on Saturday night and verified "0.1 days later" is
 * verified at 08:21 on Monday (or the next working day).
 */
export function addOfficeTime(calendar: WorkingCalendar, from: number, officeDays: number): number {
  // Whole milliseconds: a drawn duration is fractional, instants downstream are integers.
  let left = Math.round(Math.max(0, officeDays) * OFFICE_DAY_MINUTES * MINUTE_MS)
  let day = dayNumber(from)
  let cursor = from
  for (let walked = 0; walked < MAX_WALK_DAYS; walked++, day++, cursor = dayStart(day)) {
    if (!isWorkingDayNumber(calendar, day)) continue
    const opens = dayStart(day) + OFFICE_OPENS_MINUTE * MINUTE_MS
    const closes = dayStart(day) + OFFICE_CLOSES_MINUTE * MINUTE_MS
    const start = Math.max(cursor, opens)
    if (start >= closes) continue
    if (start + left < closes) return start + left
    left -= closes - start
  }
  return dayStart(day)
}
