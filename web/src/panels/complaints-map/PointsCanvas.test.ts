import type { MapPoint } from '@pendopo/shared'
import type { Map as LeafletMap } from 'leaflet'
import { describe, expect, it } from 'vitest'

import { mercatorX, mercatorY } from './pointColumns.js'
import { POINTS_REDRAW_MIN_MS, PointsCanvas } from './PointsCanvas.js'

/** Enough of a Leaflet map: a 1000 × 800 view whose centre is (lat -7.2, lon 111.8), and its events. */
function fakeMap() {
  const handlers = new Set<() => void>()
  const zoom = 10
  const scale = 256 * 2 ** zoom
  const ox = 500 - mercatorX(111.8) * scale
  const oy = 400 - mercatorY(-7.2) * scale
  const map = {
    on: (_: string, fn: () => void) => handlers.add(fn),
    off: (_: string, fn: () => void) => handlers.delete(fn),
    getZoom: () => zoom,
    getSize: () => ({ x: 1000, y: 800 }),
    latLngToContainerPoint: () => ({ x: 0.5 * scale + ox, y: 0.5 * scale + oy }),
  }
  return {
    map: map as unknown as LeafletMap,
    moved: () => handlers.forEach((h) => h()),
    listeners: () => handlers.size,
  }
}

function setup() {
  let now = 1_000_000
  const frames: Array<() => void> = []
  const timers: Array<{ run: () => void; at: number }> = []
  const { map, moved, listeners } = fakeMap()
  const base = document.createElement('canvas')
  const drawer = new PointsCanvas({
    map,
    canvas: base,
    frames: { request: (run) => frames.push(run), cancel: () => frames.splice(0) },
    timers: { set: (run, ms) => timers.push({ run, at: now + ms }), clear: () => timers.splice(0) },
    now: () => now,
    rem: () => 28,
  })
  return {
    drawer,
    base,
    moved,
    listeners,
    frames,
    /** Runs the frame that was asked for, if any. */
    frame: () => frames.splice(0).forEach((run) => run()),
    advance: (ms: number) => {
      now += ms
      for (const t of timers.splice(0)) if (t.at <= now) t.run()
    },
    now: () => now,
  }
}

const pointsNear = (n: number): Map<number, MapPoint> =>
  new Map(
    Array.from({ length: n }, (_, i) => [i, { lat: -7.2 + i * 0.001, lon: 111.8, colour: 'green' as const }]),
  )

describe('PointsCanvas', () => {
  it('draws in the next animation frame, not before, and says how many points it drew', () => {
    const t = setup()
    t.frame()
    t.drawer.setPoints(pointsNear(3), null)
    expect(t.base.dataset['count']).toBe('0')
    t.advance(POINTS_REDRAW_MIN_MS)
    t.frame()
    expect(t.base.dataset['count']).toBe('3')
  })

  it('asks for one frame however many updates arrive before it', () => {
    const t = setup()
    t.frame()
    t.advance(POINTS_REDRAW_MIN_MS)
    for (let i = 1; i <= 5; i++) t.drawer.setPoints(pointsNear(i), null)
    expect(t.frames).toHaveLength(1)
    t.frame()
    expect(t.base.dataset['count']).toBe('5')
  })

  it(`redraws new points at most every ${POINTS_REDRAW_MIN_MS} ms, and does not lose the last ones`, () => {
    const t = setup()
    t.frame()
    t.drawer.setPoints(pointsNear(1), null)
    t.frame()
    expect(t.base.dataset['count']).toBe('1') // the first points are drawn at once
    t.drawer.setPoints(pointsNear(2), null)
    t.frame()
    expect(t.base.dataset['count']).toBe('1')
    expect(t.frames).toHaveLength(0) // waiting on a timer, not spinning on frames
    t.drawer.setPoints(pointsNear(3), null)
    expect(t.frames).toHaveLength(0) // still waiting: one redraw will take both
    t.advance(POINTS_REDRAW_MIN_MS)
    t.frame()
    expect(t.base.dataset['count']).toBe('3')
  })

  it('redraws at once when the view changes', () => {
    const t = setup()
    t.drawer.setPoints(pointsNear(2), null)
    t.frame()
    t.drawer.setPoints(pointsNear(4), null)
    t.moved()
    t.frame()
    expect(t.base.dataset['count']).toBe('4')
  })

  it('asks for no frame while nothing changes', () => {
    const t = setup()
    t.drawer.setPoints(pointsNear(2), null)
    t.frame()
    t.drawer.setPoints(t.drawer['points'], null)
    expect(t.frames).toHaveLength(0)
  })

  it('stops listening to the map when destroyed', () => {
    const t = setup()
    expect(t.listeners()).toBe(1)
    t.drawer.destroy()
    expect(t.listeners()).toBe(0)
    expect(t.frames).toHaveLength(0)
  })
})
