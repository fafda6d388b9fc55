import { cleanup, renderHook } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { FLASH_MS, QUIET_MS, useFlash } from './useFlash.js'

describe('useFlash', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(1_000_000)
  })
  afterEach(() => {
    cleanup()
    vi.useRealTimers()
  })

  it('flashes a value that changes on screen, not what was there at the first draw', () => {
    const { result, rerender } = renderHook(() => useFlash())
    expect(result.current('open', 10)).toBeNull()
    rerender()
    expect(result.current('open', 11)).toBe(1_000_000)
    vi.setSystemTime(1_000_000 + FLASH_MS - 1)
    expect(result.current('open', 11)).toBe(1_000_000) // same instant: the element keeps its key
    vi.setSystemTime(1_000_000 + FLASH_MS)
    expect(result.current('open', 11)).toBeNull()
  })

  it('stays quiet for a while after a flash, so a busy number does not blink all the time', () => {
    const { result, rerender } = renderHook(() => useFlash())
    result.current('open', 10)
    rerender()
    expect(result.current('open', 11)).toBe(1_000_000)
    vi.setSystemTime(1_000_000 + FLASH_MS + 1)
    expect(result.current('open', 12)).toBeNull()
    vi.setSystemTime(1_000_000 + QUIET_MS)
    expect(result.current('open', 13)).toBe(1_000_000 + QUIET_MS)
  })
})
