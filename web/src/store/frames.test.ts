import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { animationFrames } from './frames.js'

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
