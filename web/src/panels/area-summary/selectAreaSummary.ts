import type { DashboardState, ReferenceData } from '@pendopo/shared'

import { entries, localDay } from '../common/counters.js'
import type { SceneFilter } from '../common/scene.js'

export interface AreaRow {
  readonly code: string
  readonly name: string
  /** Open complaints, and how many of them are overdue (red). */
  readonly open: number
  readonly overdue: number
  /** Received today (WIB). */
  readonly today: number
  /** Active village issues (floods, drought…). */
  readonly issues: number
}

/**
 * One row per kecamatan of the scene (all 28 without a filter), the most overdue first. Open counts come
 * from `k|` counters, today's arrivals from the hourly `kh|` ones.
 */
export function selectAreaSummary(
  dashboard: DashboardState,
  options: { reference: ReferenceData; filter: SceneFilter; now: number },
): AreaRow[] {
  const { reference, filter, now } = options
  const today = localDay(now, dashboard.utcOffsetMs)
  const rows = new Map(
    reference.kecamatan
      .filter((k) => !filter.kecamatan || filter.kecamatan.includes(k.code))
      .map((k) => [
        k.code as string,
        { code: k.code, name: k.name, open: 0, overdue: 0, today: 0, issues: 0 },
      ]),
  )
  for (const { parts, n } of entries(dashboard.counters, 'k')) {
    const row = rows.get(parts[0] ?? '')
    if (!row) continue
    row.open += n
    if (parts[1] === 'red') row.overdue += n
  }
  for (const { parts, n } of entries(dashboard.counters, 'kh')) {
    const row = rows.get(parts[1] ?? '')
    if (row && parts[0]?.startsWith(today)) row.today += n
  }
  for (const issue of dashboard.villageIssues.values()) {
    const row = rows.get(issue.kecamatanCode)
    if (row) row.issues += 1
  }
  return [...rows.values()].sort(
    (a, b) => b.overdue - a.overdue || b.open - a.open || a.name.localeCompare(b.name),
  )
}
