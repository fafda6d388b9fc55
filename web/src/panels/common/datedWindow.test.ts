import { describe, expect, it } from 'vitest'

import { datesBack, rateWindow } from './datedWindow.js'

describe('datesBack', () => {
  it('counts back across a month end, oldest first', () => {
    expect(datesBack('2026-12-02', 4)).toEqual(['2026-11-29', '2026-11-30', '2026-12-01', '2026-12-02'])
  })
})

describe('rateWindow', () => {
  it('starts where the dated counters start', () => {
    const window = rateWindow('2026-11-23', '2026-11-09')
    expect(window).toHaveLength(15)
    expect(window[0]).toBe('2026-11-09')
    expect(window.at(-1)).toBe('2026-11-23')
  })

  it('looks back no more than 30 days on a wall that has gathered more', () => {
    const window = rateWindow('2026-11-23', '2026-09-01')
    expect(window).toHaveLength(30)
    expect(window[0]).toBe('2026-10-25')
  })
})
