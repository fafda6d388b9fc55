const DAY_MS = 86_400_000

/**
 * The `n` local dates ending with `last`, oldest first (pure date arithmetic: no zone, no clock).
 *
 * @example
 * datesBack('2026-11-23', 3) // ['2026-11-21', '2026-11-22', '2026-11-23']
 */
export function datesBack(last: string, n: number): string[] {
  const end = Date.parse(`${last}T00:00:00Z`)
  return Array.from({ length: Math.max(0, n) }, (_, i) =>
    new Date(end - (n - 1 - i) * DAY_MS).toISOString().slice(0, 10),
  )
}

/** Rates are taken over at most the last 30 days: a month, as the executives read them. */
export const RATE_WINDOW_DAYS = 30

/**
 * The dates a rate is taken over: the last RATE_WINDOW_DAYS up to today, but none before the dashboard's
 * dated counters begin (`countersSince`; a snapshot carries 15 days, a wall left running gathers more).
 *
 * @example
 * rateWindow('2026-11-23', '2026-11-09') // 15 dates, '2026-11-09' … '2026-11-23'
 */
export function rateWindow(today: string, countersSince: string): string[] {
  return datesBack(today, RATE_WINDOW_DAYS).filter((d) => d >= countersSince)
}
