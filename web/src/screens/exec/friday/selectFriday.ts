import { entries } from '../../../panels/common/counters.js'
import { MIN_FOLLOW_UPS, type Rate, selectRates } from '../../../panels/rates/selectRates.js'
import {
  KOMINFO_QUEUE,
  selectHeatmapDays,
  selectHeatmapStages,
} from '../../../panels/sla-heatmap/selectHeatmap.js'

export interface FridayRow {
  readonly code: string
  readonly name: string
  /** Follow-ups in the period on time (within 5 working days), from `fd|`. */
  readonly onTime: Rate
  /** The same in the comparison period; null when the counters do not reach back that far. */
  readonly before: Rate | null
  /** `onTime.share − before.share` (a fraction: 0.05 is five points); null when either is unknown. */
  readonly change: number | null
  /** Open complaints overdue now (red), from `p|`. */
  readonly overdue: number
  /** Complaints dispositioned to it in the period (`q|`), and how many of them are red now. */
  readonly dispositioned: number
  readonly dispositionedOverdue: number
  /** Deadlines that fell due in the period and were missed (`bd|`, by due date); and before. */
  readonly breached: number
  readonly breachedBefore: number | null
}

export interface FridayView {
  readonly rows: readonly FridayRow[]
  readonly onTime: Rate
  readonly before: Rate | null
  readonly change: number | null
  readonly overdue: number
}

export interface FridayInput {
  readonly counters: ReadonlyMap<string, number>
  readonly names: ReadonlyMap<string, string>
  readonly dates: readonly string[]
  /** The comparison period (a week earlier), or null when it is not held. */
  readonly before: readonly string[] | null
}

const changeOf = (now: Rate, before: Rate | null): number | null =>
  now.share === null || before === null || before.share === null ? null : now.share - before.share

/**
 * How much a rate says: enough follow-ups to rank on (the wall's MIN_FOLLOW_UPS: one late reply of two is
 * bad luck, not a pattern), a few, or none. OPDs are ranked within each group, in that order.
 */
const evidence = (rate: Rate): number => (rate.of >= MIN_FOLLOW_UPS ? 0 : rate.of > 0 ? 1 : 2)

function breachesByOpd(counters: ReadonlyMap<string, number>, dates: readonly string[]): Map<string, number> {
  const days = new Set(dates)
  const out = new Map<string, number>()
  for (const { parts, n } of entries(counters, 'bd')) {
    const [day = '', opd = ''] = parts
    if (days.has(day)) out.set(opd, (out.get(opd) ?? 0) + n)
  }
  return out
}

/**
 * The Friday review (domain.md §0.8, §1.8): OPDs ranked by their on-time follow-up rate in the period,
 * lowest first (the review is about who lags), with what is overdue now and the change against the same
 * days a week earlier. OPDs with too few follow-ups to judge come after those with enough, and OPDs
 * without any last, the most overdue first.
 * Built on the wall's selectors: `selectRates` (on time), `selectHeatmapStages` (overdue now),
 * `selectHeatmapDays` (the period's disposition cohorts).
 */
export function selectFriday(input: FridayInput): FridayView {
  const { counters, names, dates, before } = input
  const all = { counters, names, queueName: '', opds: undefined, limit: Number.MAX_SAFE_INTEGER }
  const stages = selectHeatmapStages(all).rows.filter((r) => r.code !== KOMINFO_QUEUE)
  const cohorts = selectHeatmapDays({ ...all, days: dates }).rows
  const followedUp = (window: readonly string[]) =>
    entries(counters, 'fd')
      .filter(({ parts }) => window.includes(parts[0] ?? ''))
      .map(({ parts }) => parts[1] ?? '')
  const codes = [
    ...new Set([
      ...followedUp(dates),
      ...followedUp(before ?? []),
      ...stages.filter((r) => r.overdue > 0).map((r) => r.code),
      ...cohorts.map((r) => r.code),
    ]),
  ].filter((code) => code !== KOMINFO_QUEUE)

  const rates = (window: readonly string[]) =>
    selectRates({ counters, window, names, opds: codes, limit: codes.length })
  const now = rates(dates)
  const then = before ? rates(before) : null
  const thenByCode = new Map(then?.worst.map((r) => [r.code, r.onTime]))
  const overdueByCode = new Map(stages.map((r) => [r.code, r.overdue]))
  const cohortByCode = new Map(cohorts.map((r) => [r.code, r]))
  const breaches = breachesByOpd(counters, dates)
  const breachesBefore = before ? breachesByOpd(counters, before) : null

  const rows = now.worst.map((r): FridayRow => {
    const previous = before ? (thenByCode.get(r.code) ?? null) : null
    const cohort = cohortByCode.get(r.code)
    return {
      code: r.code,
      name: r.name,
      onTime: r.onTime,
      before: previous,
      change: changeOf(r.onTime, previous),
      overdue: overdueByCode.get(r.code) ?? 0,
      dispositioned: cohort?.base ?? 0,
      dispositionedOverdue: cohort?.overdue ?? 0,
      breached: breaches.get(r.code) ?? 0,
      breachedBefore: breachesBefore ? (breachesBefore.get(r.code) ?? 0) : null,
    }
  })
  rows.sort(
    (a, b) =>
      evidence(a.onTime) - evidence(b.onTime) ||
      (a.onTime.share ?? 2) - (b.onTime.share ?? 2) ||
      b.overdue - a.overdue ||
      a.name.localeCompare(b.name, 'id'),
  )
  return {
    rows,
    onTime: now.onTime,
    before: then?.onTime ?? null,
    change: changeOf(now.onTime, then?.onTime ?? null),
    overdue: stages.reduce((sum, r) => sum + r.overdue, 0),
  }
}
