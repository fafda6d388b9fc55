import { type Channel, createWorkingCalendar } from '@pendopo/shared'
import { describe, expect, it } from 'vitest'

import { testReference } from '../../test/support/createTestApp.js'
import { loadCalendarFile } from '../reference/loadCalendarFile.js'

import { ChannelMix } from './channelMix.js'
import { Places } from './places.js'
import { Random } from './random.js'
import { activity, liveGapMs } from './rhythm.js'
import { DAY_MS, HOUR_MS, wib } from './wib.js'

const calendar = createWorkingCalendar(loadCalendarFile(), 1)
/** Monday 7 September 2026, 00:00 WIB. */
const MONDAY = Date.parse('2026-09-07T00:00:00+07:00')
const WEEKS = 8

function createMix(seed = 'rhythm') {
  const rng = new Random(seed)
  return { rng, mix: new ChannelMix(rng, new Places(testReference().geo)) }
}

/** Every arrival of `WEEKS` weeks, hour by hour, as the backfill draws them. */
function arrivalsOfWeeks(seed?: string) {
  const { rng, mix } = createMix(seed)
  const all: { at: number; channel: Channel }[] = []
  for (let from = MONDAY; from < MONDAY + WEEKS * 7 * DAY_MS; from += HOUR_MS) {
    all.push(...mix.arrivalsBetween(rng, { from, to: from + HOUR_MS }, calendar))
  }
  return all
}

describe('the daily and weekly rhythm', () => {
  it('[SIM3] draws more complaints for 09:00–11:00 WIB than for 01:00–03:00', () => {
    const byHour = new Array<number>(24).fill(0)
    for (const a of arrivalsOfWeeks()) byHour[wib(a.at).hour]! += 1
    const morning = byHour[9]! + byHour[10]!
    const night = byHour[1]! + byHour[2]!
    expect(morning).toBeGreaterThan(5 * night)
    expect(night).toBeGreaterThan(0) // WhatsApp and SMS never quite sleep
  })

  it('[SIM3] makes Monday the busiest day and Sunday the quietest', () => {
    const at = (day: number) => MONDAY + day * DAY_MS + 10 * HOUR_MS
    const days = [0, 1, 2, 3, 4, 5, 6].map((d) => activity(at(d), calendar))
    expect(Math.max(...days)).toBe(days[0])
    expect(Math.min(...days)).toBe(days[6])
  })

  it('[SIM3] hears the Friday dialogue on Friday mornings only, and Sapa Bupati on the 17th from 10 to 12 only', () => {
    const seen = (channel: Channel) =>
      arrivalsOfWeeks()
        .filter((a) => a.channel === channel)
        .map((a) => wib(a.at))
    const dialog = seen('dialog_jumat')
    expect(dialog.length).toBeGreaterThan(WEEKS * 5)
    expect(new Set(dialog.map((t) => t.weekday))).toEqual(new Set([5]))
    expect(dialog.every((t) => t.hour >= 8 && t.hour < 11)).toBe(true)
    const sapa = seen('sapa_bupati')
    expect(sapa.length).toBeGreaterThan(0)
    expect(new Set(sapa.map((t) => t.day))).toEqual(new Set([17]))
    expect(sapa.every((t) => t.hour >= 10 && t.hour < 12)).toBe(true)
    const visits = seen('sambang_desa')
    expect(visits.length).toBeGreaterThan(0)
    expect(visits.every((t) => t.weekday >= 1 && t.weekday <= 5)).toBe(true)
  })

  it('[SIM6] never leaves the daytime live feed silent for more than 10 s, even at a slow rate', () => {
    const rng = new Random('gaps')
    for (let at = MONDAY; at < MONDAY + 7 * DAY_MS; at += 7 * 60_000) {
      const gap = liveGapMs(rng, at, { calendar, eventsPerMinute: 2 })
      const hour = wib(at).hour
      expect(gap).toBeLessThanOrEqual(hour >= 6 && hour < 22 ? 10_000 : 60_000)
      expect(gap).toBeGreaterThan(0)
    }
  })
})
