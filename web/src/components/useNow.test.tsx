import { act, cleanup, render, screen } from '@testing-library/react'
import { Profiler } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { useNow } from './useNow.js'

function Clock({ id, everyMs }: { id: string; everyMs: number }) {
  return <p data-testid={id}>{useNow(everyMs)}</p>
}

describe('useNow', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval', 'setTimeout', 'clearTimeout'] })
    vi.setSystemTime(Date.parse('2026-11-23T03:00:00.000Z'))
  })
  afterEach(() => {
    cleanup()
    vi.useRealTimers()
  })

  it('ticks every reader of a period at once, at the next frame: one commit for all of them', () => {
    const frames: FrameRequestCallback[] = []
    const raf = vi.spyOn(globalThis, 'requestAnimationFrame').mockImplementation((callback) => {
      frames.push(callback)
      return frames.length
    })
    const commits = vi.fn()
    render(
      <Profiler id="clocks" onRender={commits}>
        <Clock id="status" everyMs={1_000} />
        <Clock id="scene" everyMs={1_000} />
      </Profiler>,
    )
    const before = commits.mock.calls.length
    act(() => {
      vi.advanceTimersByTime(1_000)
    })
    // The interval has fired; the tick waits for the frame.
    expect(commits.mock.calls.length).toBe(before)
    expect(frames).toHaveLength(1)
    act(() => frames[0]?.(16))
    const status = screen.getByTestId('status').textContent
    expect(Number(status)).toBe(Date.parse('2026-11-23T03:00:01.000Z'))
    expect(screen.getByTestId('scene').textContent).toBe(status)
    expect(commits.mock.calls.length - before).toBe(1)
    raf.mockRestore()
  })

  it('stops its timer when its last reader leaves, and reads the time afresh when one comes back', () => {
    const first = render(<Clock id="a" everyMs={30_000} />)
    first.unmount()
    vi.setSystemTime(Date.parse('2026-11-23T05:00:00.000Z'))
    expect(vi.getTimerCount()).toBe(0)
    render(<Clock id="b" everyMs={30_000} />)
    expect(Number(screen.getByTestId('b').textContent)).toBe(Date.parse('2026-11-23T05:00:00.000Z'))
  })
})
