import { readFileSync } from 'node:fs'

import { describe, expect, it } from 'vitest'

import { toInstant } from '../ids.js'

import { CalendarDataSchema, createWorkingCalendar } from './calendar.js'
import {
  type Clocks,
  clocksOnTransition,
  endClock,
  NO_CLOCKS,
  rescheduleClocks,
  startClock,
  timersOf,
  workingTimeLeft,
} from './clocks.js'
import { colourOf } from './colour.js'
import { DEFAULT_SLA_POLICY, policyId } from './policy.js'

const data = CalendarDataSchema.parse(
  JSON.parse(readFileSync(new URL('../../data/calendar/id-holidays.json', import.meta.url), 'utf8')),
)
const ctx = { calendar: createWorkingCalendar(data, 1), policy: DEFAULT_SLA_POLICY }
const at = (iso: string) => Date.parse(iso)
const MON_0900_WIB = at('2026-11-23T02:00:00.000Z')
const HOUR = 3_600_000

describe('startClock()', () => {
  it('[CL1] records its due instant, warning, calendar version and policy', () => {
    expect(startClock('verify', MON_0900_WIB, ctx)).toEqual({
      status: 'running',
      startedAt: '2026-11-23T02:00:00.000Z',
      dueAt: '2026-11-26T17:00:00.000Z', // end of Thu: 3 working days
      warnAt: '2026-11-25T23:36:00.000Z', // 80 % of the 87 working hours left
      endedAt: null,
      calendarVersion: 1,
      policyId: 'sla:3/5/10/60@0.8',
    })
    expect(policyId(DEFAULT_SLA_POLICY)).toBe('sla:3/5/10/60@0.8')
  })

  it("[CL1] gives the reporter's window no warning and counts the legal cap in calendar days", () => {
    expect(startClock('autoClose', MON_0900_WIB, ctx).warnAt).toBeNull()
    expect(startClock('legalCap', MON_0900_WIB, ctx).dueAt).toBe('2027-01-22T17:00:00.000Z')
  })
})

describe('clocksOnTransition()', () => {
  const received = clocksOnTransition(NO_CLOCKS, { from: null, to: 'RECEIVED', at: MON_0900_WIB }, ctx).clocks
  const move = (
    clocks: Clocks,
    from: Parameters<typeof clocksOnTransition>[1]['from'],
    to: Parameters<typeof clocksOnTransition>[1]['to'],
    hours: number,
  ) => clocksOnTransition(clocks, { from, to, at: MON_0900_WIB + hours * HOUR }, ctx)

  it('[CL2] starts the verify and legal-cap clocks on receipt', () => {
    expect(received.verify?.status).toBe('running')
    expect(received.legalCap?.status).toBe('running')
    expect(received.followUp).toBeNull()
  })

  it("[CL2] ends verification on disposition and starts the OPD's 5-working-day clock", () => {
    const { clocks } = move(received, 'VERIFIED', 'DISPOSITIONED', 2)
    expect(clocks.verify).toMatchObject({ status: 'met', endedAt: toInstant(MON_0900_WIB + 2 * HOUR) })
    expect(clocks.followUp).toMatchObject({ status: 'running', dueAt: '2026-11-30T17:00:00.000Z' }) // end of Mon 30 Nov
  })

  it('[CL3] never turns a breach into "met": done after the deadline is late, stopped stays breached', () => {
    const breached = { ...received, verify: { ...received.verify!, status: 'breached' as const } }
    expect(move(breached, 'VERIFIED', 'DISPOSITIONED', 100).clocks.verify?.status).toBe('late')
    expect(move(breached, 'RECEIVED', 'ON_HOLD', 100).clocks.verify).toMatchObject({
      status: 'breached',
      endedAt: expect.any(String),
    })
    // Done after the due instant even before the scheduler marked it: still late.
    expect(endClock(received.verify!, at('2026-11-27T01:00:00.000Z'), 'done').status).toBe('late')
  })

  it('[CL4] restarts the OPD clock when the reporter replies, keeping the old cycle as replaced', () => {
    const disposed = move(received, 'VERIFIED', 'DISPOSITIONED', 1).clocks
    const followed = move(disposed, 'DISPOSITIONED', 'FOLLOWED_UP', 5).clocks
    expect(followed.autoClose?.status).toBe('running')
    const replied = move(followed, 'FOLLOWED_UP', 'REPORTER_REPLIED', 30)
    expect(replied.clocks.autoClose?.status).toBe('stopped')
    expect(replied.clocks.followUp?.startedAt).toBe(toInstant(MON_0900_WIB + 30 * HOUR))
    expect(replied.replaced.map((r) => [r.kind, r.clock.status])).toEqual([['followUp', 'met']])
  })

  it('[CL4] gives Kominfo a fresh verification period after "bukan wewenang"', () => {
    const disposed = move(received, 'VERIFIED', 'DISPOSITIONED', 1).clocks
    const { clocks } = move(disposed, 'DISPOSITIONED', 'NOT_AUTHORITY', 20)
    expect(clocks.followUp?.status).toBe('stopped')
    expect(clocks.verify).toMatchObject({ status: 'running', startedAt: toInstant(MON_0900_WIB + 20 * HOUR) })
  })

  it('[CL5] stops every live clock when closed or archived', () => {
    for (const to of ['CLOSED', 'ARCHIVED'] as const) {
      const { clocks } = move(received, 'RECEIVED', to, 3)
      expect(timersOf(clocks)).toEqual([])
    }
  })
})

describe('timersOf()', () => {
  it('[CL6] asks for a warning and a breach while running, only the breach once warned, nothing once breached', () => {
    const running = clocksOnTransition(
      NO_CLOCKS,
      { from: null, to: 'RECEIVED', at: MON_0900_WIB },
      ctx,
    ).clocks
    expect(timersOf(running).map((t) => `${t.clock}:${t.phase}`)).toEqual([
      'verify:warning',
      'verify:breach',
      'legalCap:warning',
      'legalCap:breach',
    ])
    const warned = { ...running, verify: { ...running.verify!, status: 'warned' as const } }
    expect(
      timersOf(warned)
        .filter((t) => t.clock === 'verify')
        .map((t) => t.phase),
    ).toEqual(['breach'])
    const breached = { ...running, verify: { ...running.verify!, status: 'breached' as const } }
    expect(timersOf(breached).filter((t) => t.clock === 'verify')).toEqual([])
  })
})

describe('rescheduleClocks()', () => {
  const received = clocksOnTransition(NO_CLOCKS, { from: null, to: 'RECEIVED', at: MON_0900_WIB }, ctx).clocks
  const amended = createWorkingCalendar(
    { ...data, days: [...data.days, { date: '2026-11-25', kind: 'collective_leave', name: 'Contoh' }] },
    2,
  )
  const next = rescheduleClocks(received, { calendar: amended, policy: DEFAULT_SLA_POLICY })

  it('[CL7] moves a running deadline a day later when a leave day is added inside it', () => {
    expect(next.verify).toMatchObject({
      dueAt: '2026-11-27T17:00:00.000Z',
      calendarVersion: 2,
      status: 'running',
    })
  })

  it('[CL7] leaves a clock it does not move, and a breached one, exactly as they were', () => {
    expect(next.legalCap).toBe(received.legalCap)
    const breached = { ...received, verify: { ...received.verify!, status: 'breached' as const } }
    expect(rescheduleClocks(breached, { calendar: amended, policy: DEFAULT_SLA_POLICY }).verify).toBe(
      breached.verify,
    )
  })
})

describe('workingTimeLeft()', () => {
  it('[CL8] counts down in working time and goes negative once overdue', () => {
    const clock = startClock('verify', MON_0900_WIB, ctx)
    expect(workingTimeLeft(clock, MON_0900_WIB, ctx.calendar)).toBe(87 * HOUR)
    // Sat 28 Nov 12:00 WIB: Fri 27 was a working day, the weekend is not.
    expect(workingTimeLeft(clock, at('2026-11-28T05:00:00.000Z'), ctx.calendar)).toBe(-24 * HOUR)
  })
})

describe('colourOf()', () => {
  const received = clocksOnTransition(NO_CLOCKS, { from: null, to: 'RECEIVED', at: MON_0900_WIB }, ctx).clocks
  it('[CL9] is green on time, yellow once warned, red once breached, blue when answered, grey when archived', () => {
    expect(colourOf('RECEIVED', received)).toBe('green')
    expect(colourOf('RECEIVED', { ...received, verify: { ...received.verify!, status: 'warned' } })).toBe(
      'yellow',
    )
    expect(
      colourOf('DISPOSITIONED', { ...received, legalCap: { ...received.legalCap!, status: 'breached' } }),
    ).toBe('red')
    expect(
      colourOf('FOLLOWED_UP', { ...received, verify: { ...received.verify!, status: 'breached' } }),
    ).toBe('blue')
    expect(colourOf('ARCHIVED', received)).toBe('grey')
  })
})
