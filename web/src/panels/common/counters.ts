import { createWorkingCalendar, type DashboardState, localDay, type WorkingCalendar } from '@pendopo/shared'

const DAY_MS = 86_400_000

/**
 * A counter family's entries with their key split into parts: `p|DPUBMPR|RECEIVED|red` → ['DPUBMPR',
 * 'RECEIVED', 'red']. Zero counters are left out.
 */
export function entries(
  counters: ReadonlyMap<string, number>,
  family: string,
): Array<{ parts: string[]; n: number }> {
  const prefix = `${family}|`
  const out: Array<{ parts: string[]; n: number }> = []
  for (const [key, n] of counters) {
    if (n !== 0 && key.startsWith(prefix)) out.push({ parts: key.slice(prefix.length).split('|'), n })
  }
  return out
}

export { localDay, localHour } from '@pendopo/shared'

/** `n` local dates ending with the one `days` before `now`'s (oldest first). */
export function daysBack(now: number, utcOffsetMs: number, n: number): string[] {
  return Array.from({ length: n }, (_, i) => localDay(now - (n - 1 - i) * DAY_MS, utcOffsetMs))
}

/** The working calendar the dashboard holds, built once per version. */
const calendars = new WeakMap<DashboardState['calendar'], WorkingCalendar>()
export function calendarOf(dashboard: DashboardState): WorkingCalendar {
  let calendar = calendars.get(dashboard.calendar)
  if (!calendar) {
    calendar = createWorkingCalendar(dashboard.calendar.data, dashboard.calendar.version)
    calendars.set(dashboard.calendar, calendar)
  }
  return calendar
}

/** The last `n` working days up to and including today (if it is one), oldest first. */
export function workingDaysBack(dashboard: DashboardState, now: number, n: number): string[] {
  const calendar = calendarOf(dashboard)
  const out: string[] = []
  for (let t = now; out.length < n && t > now - 60 * DAY_MS; t -= DAY_MS) {
    const day = calendar.localDate(t)
    if (calendar.isWorkingDay(day)) out.unshift(day)
  }
  return out
}
