import {
  applyCalendarAmendment,
  CLOCK_KINDS,
  createWorkingCalendar,
  type NewEvent,
  rescheduleClocks,
  toInstant,
} from '@pendopo/shared'

import { changeEvent } from './changeEvent.js'
import type { AmendCalendar, PublishCalendar } from './commands.js'
import { type Decision, type DecisionContext, type DecisionState, refuse } from './decision.js'

/** The first start publishes the shipped calendar as version 1; later starts find it in the log. */
export function decidePublishCalendar(cmd: PublishCalendar, state: DecisionState): Decision {
  const current = state.calendar()
  if (current)
    return { ok: true, events: [], result: { kind: 'calendar', version: current.version, rescheduled: 0 } }
  const event: NewEvent = {
    type: 'calendar.published',
    at: toInstant(cmd.at),
    actor: cmd.actor,
    data: { version: 1, calendar: cmd.calendar },
  }
  return { ok: true, events: [event], result: { kind: 'calendar', version: 1, rescheduled: 0 } }
}

/**
 * A decree changes the leave days (as on 7 Aug 2025, when 18 Aug became cuti bersama). Every live clock is
 * recomputed under the new calendar, each as its own `sla.rescheduled` event; verdicts already given stay.
 */
export function decideAmendCalendar(
  cmd: AmendCalendar,
  state: DecisionState,
  ctx: DecisionContext,
): Decision {
  const current = state.calendar()
  if (!current) return refuse('invalid', 'no working calendar has been published yet')
  if (cmd.expectedVersion !== undefined && cmd.expectedVersion !== current.version) {
    return refuse(
      'version_conflict',
      `the calendar is at version ${current.version}, not ${cmd.expectedVersion}: reload it and amend again`,
      { currentVersion: current.version },
    )
  }
  const amended = applyCalendarAmendment(current.data, cmd.amendment)
  if (!amended.ok) return refuse('invalid', amended.message)

  const version = current.version + 1
  const clockCtx = { calendar: createWorkingCalendar(amended.data, version), policy: ctx.policy }
  const rescheduled: NewEvent[] = []
  for (const record of state.complaintsWithLiveClocks()) {
    const clocks = rescheduleClocks(record.clocks, clockCtx)
    const moved = CLOCK_KINDS.some((kind) => clocks[kind]?.dueAt !== record.clocks[kind]?.dueAt)
    if (!moved) continue
    rescheduled.push(
      changeEvent(record, {
        type: 'sla.rescheduled',
        at: cmd.at,
        actor: cmd.actor,
        to: record.state,
        opd: record.opd,
        clocks,
        bumpsVersion: false,
        extra: { calendarVersion: version },
      }),
    )
  }
  const amendedEvent: NewEvent = {
    type: 'calendar.amended',
    at: toInstant(cmd.at),
    actor: cmd.actor,
    data: { version, amendment: cmd.amendment, calendar: amended.data, rescheduled: rescheduled.length },
  }
  return {
    ok: true,
    events: [amendedEvent, ...rescheduled],
    result: { kind: 'calendar', version, rescheduled: rescheduled.length },
  }
}
