import type { DashboardState, UrgentRule } from '@pendopo/shared'

import { localHour } from '../../panels/common/counters.js'

const HOUR_MS = 3_600_000
/** The usual rate is taken over the past week: long enough to smooth weekdays, short enough to be current. */
const BASELINE_HOURS = 7 * 24

export interface Spike {
  readonly kecamatanCode: string
  /** Reports received in the window. */
  readonly reports: number
  /** What the same window usually gets there (the past week's average). */
  readonly usual: number
}

/**
 * The kecamatan whose reports spike now, if any: at least `minReports` in the last `windowHours`, and at
 * least `ratio` times its usual rate. Of several, the sharpest rise. Reads the hourly per-kecamatan counters
 * only, so a wall that just loaded knows as much as one that has run for days.
 */
export function findSpike(dashboard: DashboardState, rule: UrgentRule, now: number): Spike | null {
  const offset = dashboard.utcOffsetMs
  const windowHours = new Set(
    Array.from({ length: rule.windowHours }, (_, i) => localHour(now - i * HOUR_MS, offset)),
  )
  const since = localHour(now - BASELINE_HOURS * HOUR_MS, offset)
  const recent = new Map<string, number>()
  const before = new Map<string, number>()
  for (const [key, n] of dashboard.counters) {
    if (!key.startsWith('kh|')) continue
    const [, hour = '', kecamatan = ''] = key.split('|')
    if (windowHours.has(hour)) recent.set(kecamatan, (recent.get(kecamatan) ?? 0) + n)
    else if (hour >= since) before.set(kecamatan, (before.get(kecamatan) ?? 0) + n)
  }
  let sharpest: Spike | null = null
  for (const [kecamatanCode, reports] of recent) {
    const usual = ((before.get(kecamatanCode) ?? 0) / BASELINE_HOURS) * rule.windowHours
    if (reports < rule.minReports || reports < rule.ratio * usual) continue
    const rise = reports / Math.max(usual, 0.5)
    if (!sharpest || rise > sharpest.reports / Math.max(sharpest.usual, 0.5))
      sharpest = { kecamatanCode, reports, usual }
  }
  return sharpest
}
