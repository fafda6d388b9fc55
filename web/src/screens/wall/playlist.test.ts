import { type WallConfig, WallConfigSchema } from '@pendopo/shared'
import { describe, expect, it } from 'vitest'

import { advance, isScheduled } from './playlist.js'

const WIB = 7 * 3_600_000
const at = (iso: string) => Date.parse(iso)
const config: WallConfig = WallConfigSchema.parse({
  scenes: [
    { id: 'overview', kind: 'overview', durationSec: 60 },
    {
      id: 'review',
      kind: 'friday-review',
      durationSec: 30,
      schedule: { from: '07:30', to: '10:00', days: ['Fri'] },
    },
    { id: 'trends', kind: 'trends', durationSec: 20 },
    {
      id: 'night',
      kind: 'area',
      durationSec: 20,
      schedule: { from: '22:00', to: '06:00' },
      params: { kecamatan: ['35.22.15'] },
    },
  ],
})

describe('the playlist', () => {
  it('[WL1] keeps a scene for its duration, then moves to the next one in order', () => {
    const t0 = at('2026-11-23T03:00:00.000Z') // Monday 10:00 WIB
    const first = advance(config, null, { now: t0, utcOffsetMs: WIB })
    expect(first).toEqual({ sceneId: 'overview', since: t0 })
    expect(advance(config, first, { now: t0 + 59_000, utcOffsetMs: WIB })).toBe(first)
    const second = advance(config, first, { now: t0 + 60_000, utcOffsetMs: WIB })
    expect(second.sceneId).toBe('trends') // the Friday review is out of its hours on a Monday
    expect(advance(config, second, { now: t0 + 80_000, utcOffsetMs: WIB }).sceneId).toBe('overview')
  })

  it('[WL2] shows a scheduled scene only in its hours, across midnight too', () => {
    const [, review, , night] = config.scenes
    expect(isScheduled(review!, at('2026-11-27T01:00:00.000Z'), WIB)).toBe(true) // Fri 08:00 WIB
    expect(isScheduled(review!, at('2026-11-27T03:30:00.000Z'), WIB)).toBe(false) // Fri 10:30
    expect(isScheduled(review!, at('2026-11-26T01:00:00.000Z'), WIB)).toBe(false) // Thu 08:00
    expect(isScheduled(night!, at('2026-11-23T16:00:00.000Z'), WIB)).toBe(true) // 23:00
    expect(isScheduled(night!, at('2026-11-23T22:00:00.000Z'), WIB)).toBe(true) // 05:00
    expect(isScheduled(night!, at('2026-11-23T05:00:00.000Z'), WIB)).toBe(false) // 12:00
  })

  it('[WL2] leaves a scheduled scene as soon as its hours end', () => {
    const friday = at('2026-11-27T02:59:50.000Z') // Fri 09:59:50 WIB
    const review = { sceneId: 'review', since: friday }
    expect(advance(config, review, { now: friday + 5_000, utcOffsetMs: WIB })).toBe(review)
    expect(advance(config, review, { now: friday + 15_000, utcOffsetMs: WIB }).sceneId).toBe('trends') // 10:00:05, before its 30 s
  })
})
