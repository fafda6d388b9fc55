import { describe, expect, it } from 'vitest'

import type { Arrival } from '../../store/wallStore.js'

import { FLASH_MS, FLASHES_MAX, selectFlashes } from './flashes.js'
import { mercatorX, mercatorY } from './pointColumns.js'

const view = { scale: 1000, ox: 0, oy: 0, width: 1e6, height: 1e6 }
const arrival = (tracking: number, at: number, lon = 111.8): Arrival => ({ tracking, lat: -7.2, lon, at })

describe('selectFlashes()', () => {
  it('places each young arrival where its point is drawn', () => {
    const [flash] = selectFlashes([arrival(1, 900)], { view, now: 1000, filter: null })
    expect(flash).toEqual({ tracking: 1, x: mercatorX(111.8) * 1000, y: mercatorY(-7.2) * 1000, age: 100 })
  })

  it('keeps the arrivals in the scene, newest first, and stops at the first one too old', () => {
    const flashes = selectFlashes(
      [arrival(1, 1000), arrival(2, 900, 0), arrival(3, 800), arrival(4, 1000 - FLASH_MS), arrival(5, 999)],
      { view, now: 1000, filter: { point: () => true, at: (lon) => lon > 100 } },
    )
    expect(flashes.map((f) => f.tracking)).toEqual([1, 3])
  })

  it(`shows at most ${FLASHES_MAX}, the newest, and each complaint once`, () => {
    const burst = Array.from({ length: 200 }, (_, i) => arrival(i, 1000 - i))
    expect(selectFlashes(burst, { view, now: 1000, filter: null }).map((f) => f.tracking)).toEqual(
      Array.from({ length: FLASHES_MAX }, (_, i) => i),
    )
    expect(
      selectFlashes([arrival(7, 1000), arrival(7, 990)], { view, now: 1000, filter: null }),
    ).toHaveLength(1)
  })

  it('leaves out arrivals off screen', () => {
    expect(
      selectFlashes([arrival(1, 1000)], {
        view: { ...view, width: 10, height: 10 },
        now: 1000,
        filter: null,
      }),
    ).toEqual([])
  })
})
