import { readFileSync } from 'node:fs'

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import type { LocalDate } from '../ids.js'

import type { CalendarAmendment, CalendarData } from './calendar.js'
import {
  applyCalendarAmendment,
  CalendarAmendmentSchema,
  CalendarDataSchema,
  createWorkingCalendar,
} from './calendar.js'

// Every expected instant below was counted by hand against the tables in domain.md §3.2–3.4 (and cross-checked
// with a separate script), never derived from the code under test. WIB is +07:00, so "the end of local day D" is
// the instant D T17:00:00.000Z.

const shipped: CalendarData = CalendarDataSchema.parse(
  JSON.parse(readFileSync(new URL('../../data/calendar/id-holidays.json', import.meta.url), 'utf8')),
)

function createCalendar(overrides: { data?: CalendarData; without?: LocalDate[]; version?: number } = {}) {
  const data = overrides.data ?? shipped
  const without = new Set(overrides.without ?? [])
  const days = data.days.filter((day) => !without.has(day.date))
  return createWorkingCalendar({ ...data, days }, overrides.version ?? 1)
}

function createAmendment(overrides: Partial<CalendarAmendment> = {}): CalendarAmendment {
  return { add: [], remove: [], reason: 'SKB 3 Menteri (test)', ...overrides }
}

const at = (instant: string): number => Date.parse(instant)
const iso = (ms: number): string => new Date(ms).toISOString()
const HOUR = 3_600_000
const DAY = 86_400_000

describe('addWorkingDays', () => {
  it('[CAL1] does not count the day of receipt and ends at the local midnight closing the n-th working day', () => {
    const cal = createCalendar()
    // Mon 23 Nov 2026 → Tue 24, Wed 25, Thu 26; ends 27 Nov 00:00 WIB.
    expect(iso(cal.addWorkingDays(at('2026-11-23T10:00+07:00'), 3))).toBe('2026-11-26T17:00:00.000Z')
  })

  it('[CAL2] a Friday receipt skips the weekend', () => {
    const cal = createCalendar()
    // Fri 20 Nov 2026 → Mon 23, Tue 24, Wed 25.
    expect(iso(cal.addWorkingDays(at('2026-11-20T14:00+07:00'), 3))).toBe('2026-11-25T17:00:00.000Z')
  })

  it('[CAL2] a receipt on Saturday or Sunday starts counting on Monday', () => {
    const cal = createCalendar()
    expect(iso(cal.addWorkingDays(at('2026-11-21T09:00+07:00'), 3))).toBe('2026-11-25T17:00:00.000Z')
    expect(iso(cal.addWorkingDays(at('2026-11-22T09:00+07:00'), 3))).toBe('2026-11-25T17:00:00.000Z')
  })

  it('[CAL3] a clock across Hari Buruh (Fri 1 May 2026) skips the holiday and the weekend', () => {
    const cal = createCalendar()
    // Thu 30 Apr → (Fri 1 May off) Mon 4, Tue 5, Wed 6.
    expect(iso(cal.addWorkingDays(at('2026-04-30T10:00+07:00'), 3))).toBe('2026-05-06T17:00:00.000Z')
  })

  it('[CAL3] cuti bersama is a day off like a national holiday', () => {
    const cal = createCalendar()
    expect(cal.dayOff('2025-06-09')?.kind).toBe('collective_leave')
    // Thu 5 Jun 2025 → (Fri 6 Iduladha, Mon 9 cuti bersama) Tue 10, Wed 11, Thu 12.
    expect(iso(cal.addWorkingDays(at('2025-06-05T10:00+07:00'), 3))).toBe('2025-06-12T17:00:00.000Z')
    // Wed 13 May 2026 → (Thu 14 Kenaikan, Fri 15 cuti bersama) Mon 18 … Fri 22.
    expect(iso(cal.addWorkingDays(at('2026-05-13T10:00+07:00'), 5))).toBe('2026-05-22T17:00:00.000Z')
  })

  it('[CAL4] a 5-working-day clock started before Idulfitri 1446 H resumes after the cuti bersama (2025)', () => {
    const cal = createCalendar()
    // Thu 27 Mar 2025 → Fri 28 Mar … Mon 7 Apr all off → Tue 8, Wed 9, Thu 10, Fri 11, Mon 14 Apr.
    expect(iso(cal.addWorkingDays(at('2025-03-27T10:00+07:00'), 5))).toBe('2025-04-14T17:00:00.000Z')
  })

  it('[CAL4] a 5-working-day clock started before Idulfitri 1447 H resumes after the cuti bersama (2026)', () => {
    const cal = createCalendar()
    // Mon 16 Mar 2026 → Tue 17; Wed 18 … Tue 24 off (Nyepi, Idulfitri) → Wed 25, Thu 26, Fri 27, Mon 30.
    expect(iso(cal.addWorkingDays(at('2026-03-16T10:00+07:00'), 5))).toBe('2026-03-30T17:00:00.000Z')
  })

  it('[CAL4] a receipt on a holiday inside the Idulfitri weeks counts from the first working day after them', () => {
    const cal = createCalendar()
    // Thu 19 Mar 2026 (Nyepi) → Wed 25, Thu 26, Fri 27.
    expect(iso(cal.addWorkingDays(at('2026-03-19T10:00+07:00'), 3))).toBe('2026-03-27T17:00:00.000Z')
  })

  it('[CAL5] a clock across year end 2025→2026 skips Natal, its cuti bersama and New Year', () => {
    const cal = createCalendar()
    // Wed 24 Dec 2025 → (Thu 25, Fri 26 off) Mon 29, Tue 30, Wed 31, (Thu 1 Jan off) Fri 2, Mon 5 Jan.
    expect(iso(cal.addWorkingDays(at('2025-12-24T10:00+07:00'), 5))).toBe('2026-01-05T17:00:00.000Z')
  })

  it('[CAL5] a clock across year end 2026→2027 skips Natal, its cuti bersama, New Year and the estimated Isra Mikraj', () => {
    const cal = createCalendar()
    // Wed 23 Dec 2026 → (Thu 24, Fri 25 off) Mon 28, Tue 29, Wed 30, Thu 31, (Fri 1 Jan off) Mon 4 Jan 2027.
    expect(iso(cal.addWorkingDays(at('2026-12-23T10:00+07:00'), 5))).toBe('2027-01-04T17:00:00.000Z')
    // One more: Tue 5 Jan 2027 is Isra Mikraj (estimate) → Wed 6.
    expect(cal.dayOff('2027-01-05')?.estimate).toBe(true)
    expect(iso(cal.addWorkingDays(at('2026-12-23T10:00+07:00'), 6))).toBe('2027-01-06T17:00:00.000Z')
  })

  it('[CAL6] the leave day added on 2025-08-18 moves a spanning deadline one working day later', () => {
    const before = createCalendar({ without: ['2025-08-18'], version: 1 })
    const receivedAt = at('2025-08-15T10:00+07:00') // Fri
    // Without the decree: Mon 18, Tue 19, Wed 20.
    expect(iso(before.addWorkingDays(receivedAt, 3))).toBe('2025-08-20T17:00:00.000Z')

    const result = applyCalendarAmendment(
      before.data,
      createAmendment({
        add: [{ date: '2025-08-18', kind: 'collective_leave', name: 'Cuti bersama HUT RI ke-80' }],
        reason: 'SKB 933/2025, 1/2025, 3/2025 of 7 Aug 2025',
      }),
    )
    if (!result.ok) throw new Error(result.message)
    const after = createWorkingCalendar(result.data, before.version + 1)

    expect(after.version).toBe(2)
    expect(after.isWorkingDay('2025-08-18')).toBe(false)
    // With it: (Mon 18 off) Tue 19, Wed 20, Thu 21.
    expect(iso(after.addWorkingDays(receivedAt, 3))).toBe('2025-08-21T17:00:00.000Z')
  })

  it('[CAL7] receipts at 00:01 and 23:59 local on the same day share a deadline; 00:00 the next day does not', () => {
    const cal = createCalendar()
    expect(iso(cal.addWorkingDays(at('2026-11-22T17:01:00.000Z'), 3))).toBe('2026-11-26T17:00:00.000Z') // Mon 00:01
    expect(iso(cal.addWorkingDays(at('2026-11-23T16:59:00.000Z'), 3))).toBe('2026-11-26T17:00:00.000Z') // Mon 23:59
    expect(iso(cal.addWorkingDays(at('2026-11-23T17:00:00.000Z'), 3))).toBe('2026-11-27T17:00:00.000Z') // Tue 00:00
  })

  it('[CAL7] counts in the calendar zone, not UTC: a WIT calendar ends its day at 15:00Z', () => {
    const cal = createCalendar({ data: { ...shipped, timeZone: 'Asia/Jayapura' } })
    expect(cal.utcOffsetMs).toBe(9 * HOUR)
    // Mon 23 Nov 2026 10:00 WIT → end of Thu 26 = 27 Nov 00:00+09:00.
    expect(iso(cal.addWorkingDays(at('2026-11-23T10:00+09:00'), 3))).toBe('2026-11-26T15:00:00.000Z')
  })

  it('[CAL8] refuses a day count that is not a positive integer', () => {
    const cal = createCalendar()
    for (const n of [0, -1, 1.5, Number.NaN]) {
      expect(() => cal.addWorkingDays(at('2026-11-23T10:00+07:00'), n)).toThrow(RangeError)
      expect(() => cal.addCalendarDays(at('2026-11-23T10:00+07:00'), n)).toThrow(RangeError)
    }
  })
})

describe('addCalendarDays', () => {
  it('[CAL9] the 60-day legal cap counts weekends and holidays and ends at local midnight', () => {
    const cal = createCalendar()
    // 23 Nov 2026 + 60 days = 22 Jan 2027 (7 left in Nov, 31 in Dec, 22 in Jan), across Natal and New Year.
    expect(iso(cal.addCalendarDays(at('2026-11-23T10:00+07:00'), 60))).toBe('2027-01-22T17:00:00.000Z')
    // 24 Dec 2025 + 60 days = 22 Feb 2026.
    expect(iso(cal.addCalendarDays(at('2025-12-24T23:59+07:00'), 60))).toBe('2026-02-22T17:00:00.000Z')
  })
})

describe('localDate, isWorkingDay and dayOff', () => {
  it('[CAL10] the local date turns at local midnight, not at UTC midnight', () => {
    const cal = createCalendar()
    expect(cal.localDate(at('2026-11-23T16:59:59.999Z'))).toBe('2026-11-23')
    expect(cal.localDate(at('2026-11-23T17:00:00.000Z'))).toBe('2026-11-24')
  })

  it('[CAL10] weekends, national holidays and cuti bersama are days off; other weekdays are working days', () => {
    const cal = createCalendar()
    expect(cal.isWorkingDay('2026-11-23')).toBe(true) // Mon
    expect(cal.isWorkingDay('2026-11-21')).toBe(false) // Sat
    expect(cal.isWorkingDay('2026-05-01')).toBe(false) // Hari Buruh
    expect(cal.isWorkingDay('2026-12-24')).toBe(false) // cuti bersama Natal
    expect(cal.dayOff('2026-05-01')).toEqual({
      date: '2026-05-01',
      kind: 'national_holiday',
      name: 'Hari Buruh Internasional',
    })
    expect(cal.dayOff('2026-11-23')).toBeUndefined()
  })
})

describe('workingMsBetween', () => {
  it('[CAL11] a weekend contributes no working time', () => {
    const cal = createCalendar()
    // Fri 12:00 → Mon 12:00: 12 h on Friday + 12 h on Monday.
    expect(cal.workingMsBetween(at('2026-11-20T12:00+07:00'), at('2026-11-23T12:00+07:00'))).toBe(24 * HOUR)
  })

  it('[CAL11] a national holiday contributes no working time', () => {
    const cal = createCalendar()
    // Thu 30 Apr 12:00 → Mon 4 May 12:00 across Fri 1 May: 12 h + 12 h.
    expect(cal.workingMsBetween(at('2026-04-30T12:00+07:00'), at('2026-05-04T12:00+07:00'))).toBe(24 * HOUR)
    // Entirely inside the holiday: nothing.
    expect(cal.workingMsBetween(at('2026-05-01T08:00+07:00'), at('2026-05-01T16:00+07:00'))).toBe(0)
  })

  it('[CAL11] is zero when the range is empty or reversed', () => {
    const cal = createCalendar()
    expect(cal.workingMsBetween(at('2026-11-23T12:00+07:00'), at('2026-11-23T12:00+07:00'))).toBe(0)
    expect(cal.workingMsBetween(at('2026-11-24T12:00+07:00'), at('2026-11-23T12:00+07:00'))).toBe(0)
  })

  it('[CAL11] counts whole years: 237 working days in 2025, 240 in 2026, 251 in 2027', () => {
    const cal = createCalendar()
    // 2026: 261 weekdays, 21 of the 25 days off fall on weekdays (21–22 Mar, 5 Apr, 31 May are weekend days).
    expect(cal.workingMsBetween(at('2026-01-01T00:00+07:00'), at('2027-01-01T00:00+07:00'))).toBe(240 * DAY)
    expect(cal.workingMsBetween(at('2025-01-01T00:00+07:00'), at('2028-01-01T00:00+07:00'))).toBe(
      (237 + 240 + 251) * DAY,
    )
  })

  it('[CAL11] counts a century-long range exactly, days off included', () => {
    const cal = createCalendar()
    // 2001-01-01 (Mon) to 2101-01-03 (Mon): 36,526 days = 5,218 whole weeks of 5 weekdays, less the
    // 24 + 21 + 10 shipped days off that fall on weekdays in 2025, 2026 and 2027.
    expect(cal.workingMsBetween(at('2001-01-01T00:00+07:00'), at('2101-01-03T00:00+07:00'))).toBe(
      (5218 * 5 - 55) * DAY,
    )
  })
})

describe('addWorkingMs', () => {
  it('[CAL12] returns the earliest instant at which the working time has elapsed', () => {
    const cal = createCalendar()
    // Fri 20 Nov 2026 12:00 has 12 working hours left: exactly 12 h ends at Sat 00:00 WIB.
    expect(iso(cal.addWorkingMs(at('2026-11-20T12:00+07:00'), 12 * HOUR))).toBe('2026-11-20T17:00:00.000Z')
    // 13 h: the 13th hour is Mon 00:00–01:00 WIB.
    expect(iso(cal.addWorkingMs(at('2026-11-20T12:00+07:00'), 13 * HOUR))).toBe('2026-11-22T18:00:00.000Z')
  })

  it('[CAL12] starting on a day off, time accrues from the next working day’s local midnight', () => {
    const cal = createCalendar()
    // Sat 21 Nov 2026 10:00 + 1 h → Mon 23 Nov 01:00 WIB.
    expect(iso(cal.addWorkingMs(at('2026-11-21T10:00+07:00'), HOUR))).toBe('2026-11-22T18:00:00.000Z')
    // Fri 20 Mar 2026 (cuti bersama Idulfitri) + 1 h → Wed 25 Mar 01:00 WIB.
    expect(iso(cal.addWorkingMs(at('2026-03-20T10:00+07:00'), HOUR))).toBe('2026-03-24T18:00:00.000Z')
  })

  it('[CAL12] is the inverse of workingMsBetween for any instant in 2025–2027', () => {
    const cal = createCalendar()
    const from = fc.integer({ min: at('2025-01-01T00:00+07:00'), max: at('2028-01-01T00:00+07:00') })
    const ms = fc.integer({ min: 1, max: 120 * DAY })
    fc.assert(
      fc.property(from, ms, (start, x) => {
        const end = cal.addWorkingMs(start, x)
        expect(end).toBeGreaterThan(start)
        expect(cal.workingMsBetween(start, end)).toBe(x)
      }),
      { numRuns: 2000 },
    )
  })

  it('[CAL12] n working days of working time from the next local midnight lands on the addWorkingDays deadline', () => {
    const cal = createCalendar()
    const from = fc.integer({ min: at('2025-01-01T00:00+07:00'), max: at('2027-10-01T00:00+07:00') })
    fc.assert(
      fc.property(from, fc.integer({ min: 1, max: 60 }), (start, n) => {
        const nextMidnight = (Math.floor((start + 7 * HOUR) / DAY) + 1) * DAY - 7 * HOUR
        expect(cal.addWorkingMs(nextMidnight, n * DAY)).toBe(cal.addWorkingDays(start, n))
      }),
      { numRuns: 500 },
    )
  })
})

describe('applyCalendarAmendment', () => {
  const leave = { date: '2025-08-18', kind: 'collective_leave', name: 'Cuti bersama HUT RI ke-80' } as const

  it('[CAL13] refuses an amendment that neither adds nor removes a day', () => {
    expect(applyCalendarAmendment(shipped, createAmendment())).toEqual({
      ok: false,
      message: 'an amendment must add or remove at least one day',
    })
  })

  it('[CAL13] refuses to add a date that is already listed', () => {
    const result = applyCalendarAmendment(shipped, createAmendment({ add: [leave] }))
    expect(result).toEqual({
      ok: false,
      message: '2025-08-18 is already in the calendar; remove it in the same amendment to change it',
    })
  })

  it('[CAL13] refuses to remove a date that is not listed', () => {
    const result = applyCalendarAmendment(shipped, createAmendment({ remove: ['2025-08-19'] }))
    expect(result).toEqual({ ok: false, message: 'cannot remove 2025-08-19: it is not in the calendar' })
  })

  it('[CAL13] refuses the same date twice in add', () => {
    const data = { ...shipped, days: shipped.days.filter((day) => day.date !== leave.date) }
    const result = applyCalendarAmendment(
      data,
      createAmendment({ add: [leave, { ...leave, name: 'again' }] }),
    )
    expect(result).toEqual({ ok: false, message: '2025-08-18 is added more than once' })
  })

  it('[CAL13] changes a day’s kind by removing and adding it in one amendment, leaving the input untouched', () => {
    const result = applyCalendarAmendment(
      shipped,
      createAmendment({ remove: ['2025-08-18'], add: [{ ...leave, kind: 'national_holiday' }] }),
    )
    if (!result.ok) throw new Error(result.message)
    expect(result.data.days.find((day) => day.date === '2025-08-18')?.kind).toBe('national_holiday')
    expect(result.data.days).toHaveLength(shipped.days.length)
    expect(shipped.days.find((day) => day.date === '2025-08-18')?.kind).toBe('collective_leave')
  })

  it('[CAL13] keeps the days sorted by date', () => {
    const result = applyCalendarAmendment(
      shipped,
      createAmendment({
        add: [
          { date: '2027-12-24', kind: 'collective_leave', name: 'Cuti bersama Natal' },
          { date: '2025-01-02', kind: 'collective_leave', name: 'Cuti bersama Tahun Baru' },
        ],
      }),
    )
    if (!result.ok) throw new Error(result.message)
    const dates = result.data.days.map((day) => day.date)
    expect(dates).toEqual([...dates].sort())
    expect(dates.slice(0, 2)).toEqual(['2025-01-01', '2025-01-02'])
    expect(dates.slice(-2)).toEqual(['2027-12-24', '2027-12-25'])
  })
})

describe('CalendarDataSchema', () => {
  it('[CAL14] accepts the shipped calendar', () => {
    expect(shipped.timeZone).toBe('Asia/Jakarta')
    expect(shipped.workWeek).toEqual(['Mon', 'Tue', 'Wed', 'Thu', 'Fri'])
  })

  it('[CAL14] refuses a time zone outside Indonesia’s four fixed offsets', () => {
    const result = CalendarDataSchema.safeParse({ ...shipped, timeZone: 'Asia/Singapore' })
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]?.path).toEqual(['timeZone'])
  })

  it('[CAL14] refuses a duplicate date and names it', () => {
    const first = shipped.days[0]!
    const result = CalendarDataSchema.safeParse({
      ...shipped,
      days: [...shipped.days, { ...first, name: 'dup' }],
    })
    expect(result.success).toBe(false)
    expect(result.error?.issues).toEqual([
      expect.objectContaining({
        path: ['days', shipped.days.length, 'date'],
        message: '2025-01-01 is listed more than once',
      }),
    ])
  })

  it('[CAL14] refuses a work week that repeats a weekday', () => {
    expect(CalendarDataSchema.safeParse({ ...shipped, workWeek: ['Mon', 'Mon'] }).success).toBe(false)
  })
})

describe('CalendarAmendmentSchema', () => {
  const amendment = {
    add: [{ date: '2026-12-31', kind: 'collective_leave', name: 'Cuti bersama' }],
    reason: 'Keputusan Bupati Nomor 1 Tahun 2026',
  }

  it('[CAL15] refuses an unknown key, at the top or in a day, as every request does', () => {
    // Found by fuzzing (server/test/fuzz): `__proto__` beside the reason was dropped, and the amendment applied.
    expect(
      CalendarAmendmentSchema.safeParse(JSON.parse('{"reason":"x","add":[],"__proto__":null}')).success,
    ).toBe(false)
    expect(CalendarAmendmentSchema.safeParse({ ...amendment, remove: [], extra: 1 }).success).toBe(false)
    const day = { ...amendment.add[0], estimate: true, source: 'SKB' }
    expect(CalendarAmendmentSchema.safeParse({ ...amendment, add: [day] }).success).toBe(false)
  })

  it('[CAL15] takes a reason and day names as human text: trimmed, no control or bidi characters', () => {
    expect(CalendarAmendmentSchema.parse({ ...amendment, reason: '  SK 1/2026  ' }).reason).toBe('SK 1/2026')
    expect(CalendarAmendmentSchema.safeParse({ ...amendment, reason: 'SK\u0000 1' }).success).toBe(false)
    const name = { ...amendment.add[0], name: 'Cuti\u202e bersama' }
    expect(CalendarAmendmentSchema.safeParse({ ...amendment, add: [name] }).success).toBe(false)
  })
})
