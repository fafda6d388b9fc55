import {
  type ClockKind,
  type ComplaintId,
  type ComplaintRecord,
  type TimerPhase,
  timersOf,
} from '@pendopo/shared'

/** A timer row: what the SLA scheduler must fire, for which complaint, when. */
export interface DueTimer {
  readonly complaintId: ComplaintId
  readonly clock: ClockKind
  readonly phase: TimerPhase
  readonly fireAt: number
}

/** Due order: earliest first, then a fixed order so a round is reproducible. */
export const byDueOrder = (a: DueTimer, b: DueTimer): number =>
  a.fireAt - b.fireAt ||
  a.complaintId.localeCompare(b.complaintId) ||
  a.clock.localeCompare(b.clock) ||
  a.phase.localeCompare(b.phase)

/** The timers of these complaints due by `until`, in due order, at most `limit`. */
export function timersDue(records: Iterable<ComplaintRecord>, until: number, limit: number): DueTimer[] {
  const due: DueTimer[] = []
  for (const record of records) {
    for (const timer of timersOf(record.clocks))
      if (timer.fireAt <= until) due.push({ complaintId: record.id, ...timer })
  }
  return due.sort(byDueOrder).slice(0, limit)
}
