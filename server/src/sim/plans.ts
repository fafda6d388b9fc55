import type { ComplaintId } from '@pendopo/shared'

import type { Step } from './planner.js'

/** A complaint's plan as the engine runs it; the complaint's id arrives with the receipt's outcome. */
export interface Plan {
  id: ComplaintId | undefined
  /** Dropped: the complaint moved on without us (a 409), or its receipt was refused. */
  dead: boolean
  readonly steps: readonly Step[]
  /** Index of the next step to send. */
  next: number
  /** Made by the live loop: its steps may be taken early. */
  readonly live: boolean
  /** When the last step was sent: early steps of one complaint are spaced apart. */
  lastAt: number
}

/** A plan's next step in the queue, at its planned time. */
export interface StepTask {
  readonly kind: 'step'
  readonly at: number
  readonly plan: Plan
  readonly index: number
}

/** Whether a queued step is still the one its plan waits for (not taken early, not dropped). */
export const isCurrent = (task: StepTask): boolean => !task.plan.dead && task.plan.next === task.index

/** The least time between two early steps of one complaint, so a lifecycle does not flash by in seconds. */
const EARLY_GAP_MS = 90_000

/**
 * Live plans whose steps the live loop may take before their time, oldest first. The wall runs at demo
 * speed (tens of events a minute), so lifecycles must move faster than offices really work; a step
 * planned to come late is never taken early, so the late stay late.
 */
export class EarlyPool {
  #plans: Plan[] = []

  add(plan: Plan): void {
    this.#plans.push(plan)
  }

  /** Fewer new complaints while many live plans wait, so that early steps keep pace with arrivals. */
  newComplaintShare(): number {
    const waiting = this.#plans.length
    return waiting < 20 ? 0.4 : waiting < 100 ? 0.25 : 0.1
  }

  /**
   * The oldest plan whose next step may go now. Out of office hours only citizens act: a reporter replies
   * or rates in the evening; Kominfo and the OPDs wait for the morning.
   */
  next(now: number, officeOpen: boolean): Plan | undefined {
    this.#plans = this.#plans.filter((p) => !p.dead && p.steps[p.next]?.early === true)
    return this.#plans.find(
      (p) =>
        p.id !== undefined &&
        now - p.lastAt >= EARLY_GAP_MS &&
        (officeOpen || p.steps[p.next]?.actor.role === 'integration'),
    )
  }
}
