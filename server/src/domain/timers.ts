import {
  type ClockContext,
  clocksOnTransition,
  type ComplaintRecord,
  type NewEvent,
  SYSTEM_ACTOR,
  type Timer,
  timersOf,
} from '@pendopo/shared'

import { evolveComplaint } from '../projections/evolveComplaint.js'

import { changeEvent } from './changeEvent.js'

/**
 * The event a due timer produces: a warning or a breach (a verdict, kept forever), or the automatic close
 * 10 working days after a follow-up nobody answered. Its `at` is the instant it fell due, even when the
 * scheduler fires it late (after a restart): the log says when the deadline passed, not when we noticed.
 */
export function timerEvent(record: ComplaintRecord, timer: Timer, ctx: ClockContext): NewEvent {
  const clock = record.clocks[timer.clock]
  if (!clock) throw new Error(`no ${timer.clock} clock on ${record.id}`)
  switch (timer.phase) {
    case 'warning':
    case 'breach': {
      const status = timer.phase === 'warning' ? 'warned' : 'breached'
      const clocks = { ...record.clocks, [timer.clock]: { ...clock, status } }
      return changeEvent(record, {
        type: timer.phase === 'warning' ? 'sla.warning' : 'sla.breached',
        at: timer.fireAt,
        actor: SYSTEM_ACTOR,
        to: record.state,
        opd: record.opd,
        clocks,
        bumpsVersion: false,
        extra: { clock: timer.clock, dueAt: clock.dueAt },
      })
    }
    case 'close': {
      const { clocks } = clocksOnTransition(
        record.clocks,
        { from: record.state, to: 'CLOSED', at: timer.fireAt },
        ctx,
      )
      return changeEvent(record, {
        type: 'complaint.closed',
        at: timer.fireAt,
        actor: SYSTEM_ACTOR,
        to: 'CLOSED',
        opd: record.opd,
        clocks,
        bumpsVersion: true,
        extra: { reason: null, auto: true },
      })
    }
  }
}

const sameTimer = (a: Timer, b: Timer) => a.clock === b.clock && a.phase === b.phase && a.fireAt === b.fireAt

/** Whether `timer` is still one the complaint's clocks ask for (else it is stale and does nothing). */
export const isPending = (record: ComplaintRecord, timer: Timer): boolean =>
  timersOf(record.clocks).some((t) => sameTimer(t, timer))

/**
 * Fires, in order, every timer of this complaint that is due by `at`. Run before any action so that an
 * action taken after a deadline passed — while the scheduler was behind — meets the verdict first.
 */
export function settleDueTimers(
  record: ComplaintRecord,
  at: number,
  ctx: ClockContext,
): { record: ComplaintRecord; events: NewEvent[] } {
  const events: NewEvent[] = []
  let current = record
  for (;;) {
    const due = timersOf(current.clocks)
      .filter((t) => t.fireAt <= at)
      .sort((a, b) => a.fireAt - b.fireAt)[0]
    if (!due) return { record: current, events }
    const event = timerEvent(current, due, ctx)
    events.push(event)
    current = evolveComplaint(current, event)
  }
}
