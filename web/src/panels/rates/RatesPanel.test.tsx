import { TEST_IDS } from '@pendopo/shared'
import { cleanup, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { NOW, renderInWall, snapshotWith } from '../common/testWall.js'

import { RatesPanel } from './RatesPanel.js'

describe('RatesPanel', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(NOW)
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(600)
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(300)
  })
  afterEach(() => {
    cleanup()
    vi.useRealTimers()
    vi.restoreAllMocks()
  })

  it('shows completion and on-time rates and the OPD that does worst on time', () => {
    const counters = {
      'p|DINSOS|CLOSED|blue': 1,
      'p|DINSOS|DISPOSITIONED|green': 3,
      'fd|2026-11-20|DINSOS|met': 3,
      'fd|2026-11-20|DINSOS|late': 2,
    }
    renderInWall(<RatesPanel filter={{}} />, snapshotWith(counters))
    const panel = screen.getByTestId(TEST_IDS.panel.rates)
    expect(panel.textContent).toMatch(/Penyelesaian\s*25\s?%/)
    expect(panel.textContent).toMatch(/Tepat waktu, 15 hari\s*60\s?%/) // 15 days of counters held
    expect(panel.textContent).toContain('Dinsos')
  })
})
