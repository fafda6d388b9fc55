import {
  type ActionRequest,
  type ClockContext,
  clocksOnTransition,
  colourOf,
  type ComplaintRecord,
  type NewEvent,
  NO_CLOCKS,
  type State,
  summarize,
  toInstant,
  TrackingIdSchema,
  transition,
} from '@pendopo/shared'

import { changeEvent } from './changeEvent.js'
import type { ActOnComplaint, FireTimer, ReceiveComplaint } from './commands.js'
import { type Decision, type DecisionContext, type DecisionState, refuse } from './decision.js'
import { isPending, settleDueTimers, timerEvent } from './timers.js'

/** Tracking numbers start at seven digits, like LAPOR!'s, and count up. */
const FIRST_TRACKING_NUMBER = 1_000_001

function clockContext(state: DecisionState, ctx: DecisionContext): ClockContext | undefined {
  const calendar = state.calendar()
  return calendar ? { calendar, policy: ctx.policy } : undefined
}

const NO_CALENDAR = () => refuse('invalid', 'no working calendar has been published yet')

/** A complaint arrives: idempotent on (channel, externalId). */
export function decideReceive(cmd: ReceiveComplaint, state: DecisionState, ctx: DecisionContext): Decision {
  const { submission: s } = cmd
  const existing = state.complaintByExternal(s.source.channel, s.source.externalId)
  if (existing) {
    return {
      ok: true,
      events: [],
      result: { kind: 'complaint', id: existing.id, trackingId: existing.trackingId, created: false },
      repeatOfSeq: existing.receivedSeq,
    }
  }
  const clockCtx = clockContext(state, ctx)
  if (!clockCtx) return NO_CALENDAR()

  const { clocks } = clocksOnTransition(NO_CLOCKS, { from: null, to: 'RECEIVED', at: cmd.at }, clockCtx)
  const receivedAt = toInstant(cmd.at)
  const complaint: ComplaintRecord = {
    id: cmd.id,
    trackingId: TrackingIdSchema.parse(String(FIRST_TRACKING_NUMBER + state.complaintCount())),
    version: 1,
    state: 'RECEIVED',
    kind: s.kind,
    source: s.source,
    title: s.title,
    body: s.body,
    category: s.category,
    desaCode: cmd.place.desaCode,
    kecamatanCode: cmd.place.kecamatanCode,
    point: cmd.place.point,
    address: cmd.place.address,
    suggestedOpd: cmd.suggestedOpd,
    opd: null,
    reporter: s.reporter,
    reportedAt: toInstant(Date.parse(s.reportedAt)),
    receivedAt,
    updatedAt: receivedAt,
    clocks,
    colour: colourOf('RECEIVED', clocks),
    rating: null,
    dispositions: [],
  }
  const event: NewEvent = {
    type: 'complaint.received',
    at: receivedAt,
    actor: cmd.actor,
    data: { summary: summarize(complaint), complaint },
  }
  return {
    ok: true,
    events: [event],
    result: { kind: 'complaint', id: complaint.id, trackingId: complaint.trackingId, created: true },
  }
}

/** An operator's, a supervisor's or an integration's action on one complaint. */
export function decideAction(cmd: ActOnComplaint, state: DecisionState, ctx: DecisionContext): Decision {
  const found = state.complaint(cmd.complaintId)
  if (!found) return refuse('not_found', `no complaint ${cmd.complaintId}`)
  const clockCtx = clockContext(state, ctx)
  if (!clockCtx) return NO_CALENDAR()

  const { record, events } = settleDueTimers(found, cmd.at, clockCtx)
  const { action } = cmd
  if (action.expectedVersion !== undefined && action.expectedVersion !== record.version) {
    // What the caller has not seen: the log's events since its version, plus any verdict just settled.
    // Logged events carry their seq; a verdict settled just now has none yet (it is not written).
    const change = (e: (typeof events)[number]) => ({
      type: e.type,
      at: e.at,
      actor: e.actor,
      ...('after' in e.data ? { state: e.data.after.state, version: e.data.version } : {}),
    })
    const changes = [
      ...state
        .complaintEventsAfter(record.id, action.expectedVersion)
        .map((e) => ({ seq: e.seq, ...change(e) })),
      ...events.map(change),
    ]
    return refuse(
      'version_conflict',
      `complaint ${record.trackingId} has moved on: you saw version ${action.expectedVersion}, it is now at version ${record.version} (${record.state})`,
      { currentVersion: record.version, state: record.state, changes },
    )
  }

  const outcome = transition({
    state: record.state,
    action: action.type,
    role: cmd.actor.role,
    actorOpd: cmd.actor.opd,
    complaintOpd: record.opd,
  })
  if (!outcome.ok) {
    return outcome.refusal === 'illegal_transition'
      ? refuse('illegal_transition', outcome.message, { state: record.state, version: record.version })
      : refuse('forbidden', outcome.message)
  }
  const guard = guardAction(record, action)
  if (guard) return guard

  const { clocks } =
    outcome.to === record.state
      ? { clocks: record.clocks }
      : clocksOnTransition(record.clocks, { from: record.state, to: outcome.to, at: cmd.at }, clockCtx)
  const event = actionEvent(record, { cmd, to: outcome.to, clocks, clockCtx })
  // Settled verdicts come first, then the action, all in the same transaction.
  return { ok: true, events: [...events, event], result: { kind: 'done' } }
}

/** Refusals that depend on more than the lifecycle table. */
function guardAction(record: ComplaintRecord, action: ActionRequest): Decision | undefined {
  if (action.type === 'dispose' && record.state === 'NOT_AUTHORITY') {
    const refused = record.dispositions.at(-1)
    if (refused?.notAuthority && refused.opd === action.opd) {
      return refuse(
        'invalid',
        `${action.opd} answered "bukan wewenang" on this complaint; dispose it to another OPD`,
      )
    }
  }
  if (action.type === 'rate' && record.rating !== null) {
    return refuse('already_done', `complaint ${record.trackingId} was already rated ${record.rating}`)
  }
  return undefined
}

interface ActionEventInput {
  readonly cmd: ActOnComplaint
  readonly to: State
  readonly clocks: ComplaintRecord['clocks']
  readonly clockCtx: ClockContext
}

function actionEvent(record: ComplaintRecord, { cmd, to, clocks, clockCtx }: ActionEventInput): NewEvent {
  const base = { at: cmd.at, actor: cmd.actor, to, clocks, opd: record.opd, bumpsVersion: true }
  const { action } = cmd
  switch (action.type) {
    case 'verify':
      return changeEvent(record, {
        ...base,
        type: 'complaint.verified',
        extra: { note: action.note ?? null },
      })
    case 'dispose':
      return changeEvent(record, {
        ...base,
        type: 'complaint.dispositioned',
        opd: action.opd,
        extra: { opd: action.opd, note: action.note ?? null },
      })
    case 'follow_up': {
      const started = record.clocks.followUp ? Date.parse(record.clocks.followUp.startedAt) : cmd.at
      const responseWorkingMs = clockCtx.calendar.workingMsBetween(started, cmd.at)
      return changeEvent(record, {
        ...base,
        type: 'complaint.followed_up',
        extra: { text: action.text, responseWorkingMs },
      })
    }
    case 'reporter_reply':
      return changeEvent(record, {
        ...base,
        type: 'complaint.reporter_replied',
        extra: { text: action.text },
      })
    case 'not_authority':
      // Back with Kominfo until re-disposed; the refusing OPD stays in the transfer history.
      return changeEvent(record, {
        ...base,
        type: 'complaint.not_authority',
        opd: null,
        extra: { reason: action.reason },
      })
    case 'hold':
      return changeEvent(record, { ...base, type: 'complaint.held', extra: { reason: action.reason } })
    case 'resume':
      return changeEvent(record, { ...base, type: 'complaint.resumed', extra: { note: action.note ?? null } })
    case 'archive':
      return changeEvent(record, { ...base, type: 'complaint.archived', extra: { reason: action.reason } })
    case 'close':
      return changeEvent(record, {
        ...base,
        type: 'complaint.closed',
        extra: { reason: action.reason, auto: false },
      })
    case 'rate':
      return changeEvent(record, { ...base, type: 'complaint.rated', extra: { rating: action.rating } })
  }
}

/** The SLA scheduler found a timer due. Stale timers (the complaint moved on) write nothing. */
export function decideTimer(cmd: FireTimer, state: DecisionState, ctx: DecisionContext): Decision {
  const record = state.complaint(cmd.complaintId)
  const clockCtx = clockContext(state, ctx)
  const timer = { clock: cmd.clock, phase: cmd.phase, fireAt: cmd.fireAt }
  if (!record || !clockCtx || !isPending(record, timer))
    return { ok: true, events: [], result: { kind: 'stale' } }
  // Anything of this complaint due before this timer goes first, so verdicts stay in due order.
  const settled = settleDueTimers(record, cmd.fireAt - 1, clockCtx)
  const events = [...settled.events]
  if (isPending(settled.record, timer)) events.push(timerEvent(settled.record, timer, clockCtx))
  return { ok: true, events, result: { kind: 'done' } }
}
