import type { WorkingCalendar } from '@pendopo/shared'

import { isOfficeTime, OFFICE_DAY_MINUTES } from './officeTime.js'
import type { Random } from './random.js'
import { MINUTE_MS, wib } from './wib.js'

/**
 * When citizens write. Complaints arrive all day and night through WhatsApp and SMS, but few after
 * midnight; they peak mid-morning, when offices and the radio are open, and again in the evening, when
 * people are home. Mondays bring the weekend's backlog; weekends and holidays are quiet.
 */

// Relative complaint volume per WIB hour 0–23 (our estimate from the shape above, normalised below).
const RAW_HOURS = [
  0.25, 0.12, 0.08, 0.08, 0.15, 0.35, 0.65, 1.05, 1.55, 1.85, 1.9, 1.65, 1.15, 1.2, 1.3, 1.25, 1.1, 0.95, 1.0,
  1.35, 1.55, 1.3, 0.85, 0.45,
]
// Sunday … Saturday.
const RAW_WEEKDAYS = [0.55, 1.3, 1.15, 1.1, 1.05, 0.95, 0.65]
/** A national holiday or cuti bersama on a weekday is as quiet as a Saturday. */
const RAW_HOLIDAY = 0.65

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length
const HOUR_FACTORS = RAW_HOURS.map((x) => x / mean(RAW_HOURS))
const WEEKDAY_MEAN = mean(RAW_WEEKDAYS)
const WEEKDAY_FACTORS = RAW_WEEKDAYS.map((x) => x / WEEKDAY_MEAN)
const HOLIDAY_FACTOR = RAW_HOLIDAY / WEEKDAY_MEAN

/**
 * Complaints per day, averaged over a week (a Monday gets about 1.35 times this, a Sunday about 0.6).
 * Bojonegoro's SIAP LAPOR! queue took about 1,300 reports in five and a half months of 2016 through
 * fewer channels (domain.md §1.8); a regency with every channel wired in sees several times that: about
 * 120 to 150 on a weekday here, once floods and the Friday sessions add theirs. The backfill writes four
 * weeks of this in about 2 s (see the module comment of Simulator.ts).
 */
export const COMPLAINTS_PER_DAY = 105

/** Relative activity at `at`: 1 on average over a week; about 2.5 on a Monday at 10:00, 0.05 at 03:00. */
export function activity(at: number, calendar: WorkingCalendar): number {
  const t = wib(at)
  const holiday = t.weekday >= 1 && t.weekday <= 5 && !calendar.isWorkingDay(t.date)
  const day = holiday ? HOLIDAY_FACTOR : (WEEKDAY_FACTORS[t.weekday] ?? 1)
  return (HOUR_FACTORS[t.hour] ?? 1) * day
}

/** Ordinary complaints expected per hour at `at`, before channel events and incidents add theirs. */
export function complaintsPerHour(at: number, calendar: WorkingCalendar): number {
  return (COMPLAINTS_PER_DAY / 24) * activity(at, calendar)
}

/**
 * Share of a real command centre's events that are citizens writing; the rest is office work
 * (verifying, disposing, following up), which happens only in office hours. Our estimate: a complaint
 * brings three or four actions, but citizens also write at night and at weekends.
 */
const CITIZEN_SHARE = 0.3
/** Office hours are 5 × 8.5 h of the week's 168 h. */
const OFFICE_SHARE_OF_WEEK = (5 * OFFICE_DAY_MINUTES) / (7 * 24 * 60)

/**
 * Relative pace of the live feed at `at` (1 on average over a week): citizens' rhythm for their part,
 * office hours for the rest. So the feed is busiest on a weekday morning and calm in the evening, instead
 * of pouring new complaints into a closed office.
 */
export function liveActivity(at: number, calendar: WorkingCalendar): number {
  const office = isOfficeTime(at, calendar) ? 1 / OFFICE_SHARE_OF_WEEK : 0
  return CITIZEN_SHARE * activity(at, calendar) + (1 - CITIZEN_SHARE) * office
}

/** Daytime on the wall: from here to `DAY_ENDS_HOUR` the live feed never pauses longer than `DAY_MAX_GAP_MS`. */
const DAY_STARTS_HOUR = 6
const DAY_ENDS_HOUR = 22
/** A wall that shows nothing for longer than this looks broken to people in the room. */
const DAY_MAX_GAP_MS = 10_000
/** At night the feed may rest, but the wall still shows that it is alive now and then. */
const NIGHT_MAX_GAP_MS = 60_000
/** Below this, ticks would only queue up behind the commit in flight. */
const MIN_GAP_MS = 20

/**
 * How long the live loop waits before its next submission: exponential gaps (a Poisson stream) at
 * `eventsPerMinute` shaped by {@link liveActivity}, capped so that the day never goes quiet.
 */
export function liveGapMs(
  rng: Random,
  at: number,
  options: { calendar: WorkingCalendar; eventsPerMinute: number },
): number {
  const perMinute = options.eventsPerMinute * liveActivity(at, options.calendar)
  const hour = wib(at).hour
  const cap = hour >= DAY_STARTS_HOUR && hour < DAY_ENDS_HOUR ? DAY_MAX_GAP_MS : NIGHT_MAX_GAP_MS
  const gap = perMinute > 0 ? rng.exponential(MINUTE_MS / perMinute) : cap
  // Whole milliseconds: ids and instants downstream are integers.
  return Math.round(Math.max(MIN_GAP_MS, Math.min(cap, gap)))
}
