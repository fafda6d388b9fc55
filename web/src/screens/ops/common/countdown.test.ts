import { CalendarDataSchema, createWorkingCalendar } from '@pendopo/shared'
import { describe, expect, it } from 'vitest'

import calendarText from '../../../../../shared/data/calendar/id-holidays.json?raw'
import { textIn } from '../testing/fixtures.js'

import { countdownParts, formatCountdown, timeLeft } from './countdown.js'

const HOUR = 3_600_000
const DAY = 24 * HOUR
const calendar = createWorkingCalendar(CalendarDataSchema.parse(JSON.parse(calendarText)), 1)

describe('countdowns', () => {
  it('[OC1] splits working time into whole days, hours and minutes, rounding down', () => {
    expect(countdownParts(2 * DAY + 5 * HOUR + 59 * 60_000 + 59_999)).toEqual({
      overdue: false,
      days: 2,
      hours: 5,
      minutes: 59,
    })
    expect(countdownParts(-(DAY + 2 * HOUR))).toEqual({ overdue: true, days: 1, hours: 2, minutes: 0 })
  })

  it('[OC2] says it in Indonesian and in English, with minutes only below a day', () => {
    const id = textIn('id')
    const en = textIn('en')
    expect(formatCountdown(2 * DAY + 5 * HOUR, id)).toBe('2 hari 5 jam')
    expect(formatCountdown(2 * DAY + 59 * 60_000, id)).toBe('2 hari')
    expect(formatCountdown(3 * HOUR + 10 * 60_000, id, { suffix: true })).toBe('3 jam 10 mnt lagi')
    expect(formatCountdown(-(DAY + 2 * HOUR), id)).toBe('terlambat 1 hari 2 jam')
    expect(formatCountdown(45 * 60_000, en, { suffix: true })).toBe('45 min left')
    expect(formatCountdown(-(DAY + 2 * HOUR), en)).toBe('overdue 1 d 2 h')
  })

  it('[OC3] counts working time only: a weekend between now and the deadline does not count', () => {
    // Fri 20 Nov 2026 12:00 WIB → due Mon 23 Nov 12:00 WIB: half of Friday and half of Monday are left.
    const now = Date.parse('2026-11-20T12:00:00+07:00')
    expect(timeLeft('followUp', '2026-11-23T05:00:00.000Z', { now, calendar })).toBe(DAY)
    // The 60-day legal cap counts calendar time.
    expect(timeLeft('legalCap', '2026-11-23T05:00:00.000Z', { now, calendar })).toBe(3 * DAY)
  })

  it('[OC3] counts overdue time in working time too', () => {
    // Due Fri 20 Nov 24:00 WIB, now Mon 23 Nov 06:00 WIB: six working hours late.
    const now = Date.parse('2026-11-23T06:00:00+07:00')
    expect(timeLeft('verify', '2026-11-20T17:00:00.000Z', { now, calendar })).toBe(-6 * HOUR)
  })
})
