import { TEST_IDS } from '@pendopo/shared'
import { cleanup, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { NOW, renderInWall, snapshotWith } from '../common/testWall.js'

import { SatisfactionPanel } from './SatisfactionPanel.js'

describe('SatisfactionPanel', () => {
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

  it('names the four points of the scale with their shares', () => {
    const counters = {
      'rt|2026-11-23|sangat_puas': 2,
      'rt|2026-11-23|puas': 1,
      'rt|2026-11-22|tidak_puas': 1,
    }
    renderInWall(<SatisfactionPanel filter={{}} />, snapshotWith(counters))
    const panel = screen.getByTestId(TEST_IDS.panel.satisfaction)
    expect(panel.textContent).toMatch(/75\s?%puas atau sangat puas/)
    for (const name of ['Sangat Puas', 'Puas', 'Cukup Puas', 'Tidak Puas'])
      expect(panel.textContent).toContain(name)
    expect(panel.textContent).toContain('4 penilaian, 15 hari')
  })
})
