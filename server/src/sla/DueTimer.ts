import type { ClockKind, ComplaintId, TimerPhase } from '@pendopo/shared'

/** A timer row: what the SLA scheduler must fire, for which complaint, when. */
export interface DueTimer {
  readonly complaintId: ComplaintId
  readonly clock: ClockKind
  readonly phase: TimerPhase
  readonly fireAt: number
}
