import { type Clock, type ClockKind, toMillis, type WorkingCalendar } from '@pendopo/shared'

import type { Translate } from './translate.js'

const MINUTE_MS = 60_000
const HOUR_MS = 3_600_000
/** A working day is a whole local day that is worked (domain.md §2): 24 h of working time, not 8. */
const WORKING_DAY_MS = 86_400_000

/** Time left split for words: whole working days, hours, minutes; `overdue` when the deadline has passed. */
export interface CountdownParts {
  readonly overdue: boolean
  readonly days: number
  readonly hours: number
  readonly minutes: number
}

/**
 * Working milliseconds left (negative once overdue) as days, hours and minutes. Rounded down, so a countdown
 * never promises more time than there is; overdue time is rounded down too ("1 jam" until the second hour).
 *
 * @example
 * countdownParts(2 * 86_400_000 + 5 * 3_600_000) // { overdue: false, days: 2, hours: 5, minutes: 0 }
 */
export function countdownParts(workingMsLeft: number): CountdownParts {
  const overdue = workingMsLeft < 0
  const ms = Math.abs(workingMsLeft)
  return {
    overdue,
    days: Math.floor(ms / WORKING_DAY_MS),
    hours: Math.floor((ms % WORKING_DAY_MS) / HOUR_MS),
    minutes: Math.floor((ms % HOUR_MS) / MINUTE_MS),
  }
}

/**
 * Time left on a clock at `now`: working time for the working-day clocks, calendar time for the 60-day legal
 * cap (it counts weekends and holidays). Negative once overdue.
 */
export function timeLeft(
  kind: ClockKind,
  dueAt: string,
  { now, calendar }: { now: number; calendar: WorkingCalendar },
): number {
  const due = toMillis(dueAt)
  if (kind === 'legalCap') return due - now
  return now <= due ? calendar.workingMsBetween(now, due) : -calendar.workingMsBetween(due, now)
}

/** A clock still counting: neither met, late, nor stopped. */
export const isRunning = (clock: Clock): boolean => clock.endedAt === null

/**
 * Time left in words: "2 hari 5 jam", "3 jam 10 mnt", "terlambat 1 hari 2 jam". Minutes only below a day,
 * where they matter. `suffix` adds "lagi" / "left" to time still left (the queue's column says it in its
 * heading; the complaint page says it in the sentence).
 *
 * @example
 * formatCountdown(-26 * 3_600_000, t) // 'terlambat 1 hari 2 jam'
 */
export function formatCountdown(workingMsLeft: number, t: Translate, { suffix = false } = {}): string {
  const { overdue, days, hours, minutes } = countdownParts(workingMsLeft)
  const time =
    days > 0
      ? hours > 0
        ? t('countdown.days', { days, hours })
        : t('countdown.daysOnly', { days })
      : hours > 0
        ? t('countdown.hours', { hours, minutes })
        : t('countdown.minutes', { minutes })
  if (overdue) return t('countdown.overdue', { time })
  return suffix ? t('countdown.left', { time }) : time
}
