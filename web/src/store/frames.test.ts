import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { animationFrames, atNextFrame } from './frames.js'

describe('animationFrames', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'performance'] })
  })
  afterEach(() => vi.useRealTimers())

  it('runs a lone request at the next frame, and merges requests made before it runs', () => {
    const frames = animationFrames({ minIntervalMs: 250 })
    const flush = vi.fn()
    frames.request(flush)
    frames.request(flush)
    vi.advanceTimersByTime(16)
    expect(flush).toHaveBeenCalledTimes(1)
  })

  it('under a stream, runs at most once per interval however often it is asked', () => {
    const frames = animationFrames({ minIntervalMs: 250 })
    const flush = vi.fn()
    // 20 events a second for 2 s: 40 requests.
    for (let i = 0; i < 40; i++) {
      frames.request(flush)
      vi.advanceTimersByTime(50)
    }
    vi.advanceTimersByTime(300)
    expect(flush.mock.calls.length).toBeGreaterThanOrEqual(7)
    expect(flush.mock.calls.length).toBeLessThanOrEqual(9)
  })

  it('runs without frames after a while, as in a hidden tab', () => {
    vi.useRealTimers()
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] })
    const raf = vi.spyOn(globalThis, 'requestAnimationFrame').mockImplementation(() => 0)
    const flush = vi.fn()
    animationFrames().request(flush)
    vi.advanceTimersByTime(999)
    expect(flush).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    expect(flush).toHaveBeenCalledTimes(1)
    raf.mockRestore()
  })
})

describe('atNextFrame', () => {
  afterEach(() => vi.useRealTimers())

  it('runs everything due at a frame in one frame callback, and what is asked during it at the next', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] })
    const callbacks: FrameRequestCallback[] = []
    const raf = vi.spyOn(globalThis, 'requestAnimationFrame').mockImplementation((callback) => {
      callbacks.push(callback)
      return callbacks.length
    })
    const ran: string[] = []
    atNextFrame(() => ran.push('store'))
    atNextFrame(() => {
      ran.push('clock')
      atNextFrame(() => ran.push('later'))
    })
    expect(callbacks).toHaveLength(1)
    callbacks[0]?.(16)
    expect(ran).toEqual(['store', 'clock'])
    expect(callbacks).toHaveLength(2)
    callbacks[1]?.(32)
    expect(ran).toEqual(['store', 'clock', 'later'])
    // The frames came: the timers that stood in for them do nothing.
    vi.advanceTimersByTime(5_000)
    expect(ran).toHaveLength(3)
    raf.mockRestore()
  })
})
