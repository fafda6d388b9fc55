import { z } from 'zod'

import { InstantSchema, toInstant, toMillis } from '../ids.js'
import type { State } from '../lifecycle.js'

import type { WorkingCalendar } from './calendar.js'
import { policyId, type SlaPolicy } from './policy.js'

/**
 * A complaint's clocks. Each slot holds the latest clock of its kind; a clock replaced by a new cycle
 * (a re-disposition, a reporter's reply) keeps its verdict in the complaint's history.
 *
 * - `verify`: Kominfo verifies and forwards (3 working days); restarts after "bukan wewenang" and after a hold.
 * - `followUp`: the OPD follows up (5 working days); restarts at every (re-)disposition and reporter reply.
 * - `autoClose`: the reporter may reply (10 working days), then the complaint closes itself.
 * - `legalCap`: 60 calendar days from receipt (Perpres 76/2013), never restarted.
 */
export const CLOCK_KINDS = ['verify', 'followUp', 'autoClose', 'legalCap'] as const
export type ClockKind = (typeof CLOCK_KINDS)[number]

/** `running`/`warned`/`breached` are live while `endedAt` is null; `met`, `late`, `stopped` are final. */
export const CLOCK_STATUSES = ['running', 'warned', 'breached', 'met', 'late', 'stopped'] as const
export const ClockStatusSchema = z.enum(CLOCK_STATUSES)
export type ClockStatus = z.infer<typeof ClockStatusSchema>

export const ClockSchema = z.strictObject({
  status: ClockStatusSchema,
  startedAt: InstantSchema,
  dueAt: InstantSchema,
  /** When it turns yellow; null for clocks without a warning (autoClose). */
  warnAt: InstantSchema.nullable(),
  endedAt: InstantSchema.nullable(),
  /** The calendar and policy the due instants were computed under. */
  calendarVersion: z.number().int().nonnegative(),
  policyId: z.string().min(1),
})
export type Clock = z.infer<typeof ClockSchema>

export const ClocksSchema = z.strictObject({
  verify: ClockSchema.nullable(),
  followUp: ClockSchema.nullable(),
  autoClose: ClockSchema.nullable(),
  legalCap: ClockSchema.nullable(),
})
export type Clocks = z.infer<typeof ClocksSchema>

export const NO_CLOCKS: Clocks = { verify: null, followUp: null, autoClose: null, legalCap: null }

/** What the clocks are computed with. */
export interface ClockContext {
  readonly calendar: WorkingCalendar
  readonly policy: SlaPolicy
}

export const isLive = (clock: Clock | null): clock is Clock => clock !== null && clock.endedAt === null

function dueFrom(kind: ClockKind, startedAt: number, { calendar, policy }: ClockContext): number {
  switch (kind) {
    case 'verify':
      return calendar.addWorkingDays(startedAt, policy.verifyWorkingDays)
    case 'followUp':
      return calendar.addWorkingDays(startedAt, policy.followUpWorkingDays)
    case 'autoClose':
      return calendar.addWorkingDays(startedAt, policy.autoCloseWorkingDays)
    case 'legalCap':
      return calendar.addCalendarDays(startedAt, policy.legalCapCalendarDays)
  }
}

function warnFrom(
  kind: ClockKind,
  { startedAt, due }: { startedAt: number; due: number },
  ctx: ClockContext,
): number | null {
  if (kind === 'autoClose') return null // the reporter's window is not anyone's deadline to warn about
  if (kind === 'legalCap') return startedAt + Math.round((due - startedAt) * ctx.policy.warningShare)
  const total = ctx.calendar.workingMsBetween(startedAt, due)
  return ctx.calendar.addWorkingMs(startedAt, Math.round(total * ctx.policy.warningShare))
}

/** A fresh running clock of `kind` starting at `at` (epoch ms). */
export function startClock(kind: ClockKind, at: number, ctx: ClockContext): Clock {
  const due = dueFrom(kind, at, ctx)
  const warn = warnFrom(kind, { startedAt: at, due }, ctx)
  return {
    status: 'running',
    startedAt: toInstant(at),
    dueAt: toInstant(due),
    warnAt: warn === null ? null : toInstant(warn),
    endedAt: null,
    calendarVersion: ctx.calendar.version,
    policyId: policyId(ctx.policy),
  }
}

/**
 * Ends a live clock. `done`: its party did what the clock asked (met, or late if past due — a breach is a
 * verdict and is never turned into "met"). `stop`: the clock no longer applies; a breached clock stays breached.
 */
export function endClock(clock: Clock, at: number, how: 'done' | 'stop'): Clock {
  if (!isLive(clock)) return clock
  const endedAt = toInstant(at)
  if (how === 'stop')
    return { ...clock, status: clock.status === 'breached' ? 'breached' : 'stopped', endedAt }
  const late = clock.status === 'breached' || at > toMillis(clock.dueAt)
  return { ...clock, status: late ? 'late' : 'met', endedAt }
}

/** The clocks after a complaint moves `from` → `to` at `at`, and the clocks that a new cycle replaced. */
export interface ClockChange {
  readonly clocks: Clocks
  readonly replaced: ReadonlyArray<{ readonly kind: ClockKind; readonly clock: Clock }>
}

/**
 * Recomputes the clocks on a transition (design.md: "deadlines recomputed on every transition").
 *
 * @example
 * const { clocks } = clocksOnTransition(NO_CLOCKS, { from: null, to: 'RECEIVED', at }, ctx)
 * clocks.verify?.dueAt // end of the 3rd working day after receipt
 */
export function clocksOnTransition(
  prev: Clocks,
  move: { readonly from: State | null; readonly to: State; readonly at: number },
  ctx: ClockContext,
): ClockChange {
  const { from, to, at } = move
  const next: { -readonly [K in ClockKind]: Clock | null } = { ...prev }
  const replaced: Array<{ kind: ClockKind; clock: Clock }> = []
  const end = (kind: ClockKind, how: 'done' | 'stop') => {
    const clock = next[kind]
    if (clock) next[kind] = endClock(clock, at, how)
  }
  const restart = (kind: ClockKind) => {
    const clock = next[kind]
    if (clock) replaced.push({ kind, clock: endClock(clock, at, 'stop') })
    next[kind] = startClock(kind, at, ctx)
  }

  if (from === null) {
    next.verify = startClock('verify', at, ctx)
    next.legalCap = startClock('legalCap', at, ctx)
    return { clocks: next, replaced }
  }
  switch (to) {
    case 'RECEIVED': // resumed after a hold: Kominfo gets a fresh verification period
      restart('verify')
      break
    case 'VERIFIED':
      break // still Kominfo's clock until it forwards the complaint
    case 'DISPOSITIONED':
      end('verify', 'done')
      restart('followUp')
      break
    case 'FOLLOWED_UP':
      end('followUp', 'done')
      restart('autoClose')
      break
    case 'REPORTER_REPLIED':
      end('autoClose', 'stop')
      restart('followUp')
      break
    case 'NOT_AUTHORITY':
      end('verify', 'done')
      end('followUp', 'stop')
      restart('verify') // re-disposition within the verification period
      break
    case 'ON_HOLD':
      end('verify', 'stop')
      break
    case 'ARCHIVED':
      end('verify', 'done')
      end('followUp', 'stop')
      end('autoClose', 'stop')
      end('legalCap', 'done')
      break
    case 'CLOSED':
      end('verify', 'stop')
      end('followUp', 'stop')
      end('autoClose', 'done')
      end('legalCap', 'done')
      break
  }
  return { clocks: next, replaced }
}

/**
 * Recomputes live clocks under a new calendar (a decree amended the leave days). Verdicts already given —
 * breached, met, late, stopped — are never rewritten; a warning already given stays given.
 */
export function rescheduleClocks(clocks: Clocks, ctx: ClockContext): Clocks {
  const next: { -readonly [K in ClockKind]: Clock | null } = { ...clocks }
  for (const kind of CLOCK_KINDS) {
    const clock = clocks[kind]
    if (!isLive(clock) || clock.status === 'breached') continue
    const fresh = startClock(kind, toMillis(clock.startedAt), ctx)
    const warnAt = clock.status === 'warned' ? clock.warnAt : fresh.warnAt
    // A clock the amendment does not move keeps its record, with the calendar it was first computed under.
    if (fresh.dueAt === clock.dueAt && warnAt === clock.warnAt) continue
    next[kind] = { ...fresh, status: clock.status, warnAt }
  }
  return next
}

export const TIMER_PHASES = ['warning', 'breach', 'close'] as const
export type TimerPhase = (typeof TIMER_PHASES)[number]

export interface Timer {
  readonly clock: ClockKind
  readonly phase: TimerPhase
  readonly fireAt: number
}

/** What the SLA scheduler must do for these clocks, and when. */
export function timersOf(clocks: Clocks): Timer[] {
  const timers: Timer[] = []
  for (const kind of CLOCK_KINDS) {
    const clock = clocks[kind]
    if (!isLive(clock)) continue
    if (kind === 'autoClose') {
      if (clock.status === 'running')
        timers.push({ clock: kind, phase: 'close', fireAt: toMillis(clock.dueAt) })
      continue
    }
    if (clock.status === 'running' && clock.warnAt !== null) {
      timers.push({ clock: kind, phase: 'warning', fireAt: toMillis(clock.warnAt) })
    }
    if (clock.status === 'running' || clock.status === 'warned') {
      timers.push({ clock: kind, phase: 'breach', fireAt: toMillis(clock.dueAt) })
    }
  }
  return timers
}

/**
 * Working time left on a clock at `now`, negative once overdue (the overdue part counted in working time too).
 * This is what a countdown shows; it reads deadlines only, never writes `now` anywhere.
 */
export function workingTimeLeft(clock: Clock, now: number, calendar: WorkingCalendar): number {
  const due = toMillis(clock.dueAt)
  return now <= due ? calendar.workingMsBetween(now, due) : -calendar.workingMsBetween(due, now)
}
