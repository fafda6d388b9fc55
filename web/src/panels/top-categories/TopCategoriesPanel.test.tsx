import { TEST_IDS } from '@pendopo/shared'
import { cleanup, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { NOW, renderInWall, snapshotWith } from '../common/testWall.js'

import { TopCategoriesPanel } from './TopCategoriesPanel.js'

describe('TopCategoriesPanel', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(NOW)
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(900)
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(400)
  })
  afterEach(() => {
    cleanup()
    vi.useRealTimers()
    vi.restoreAllMocks()
  })

  it('draws this week’s categories and marks a riser, with its legend', () => {
    renderInWall(
      <TopCategoriesPanel filter={{}} limit={8} />,
      snapshotWith({ 'rd|2026-11-20|pupr.jalan-berlubang': 9, 'rd|2026-11-12|pupr.jalan-berlubang': 2 }),
    )
    const panel = screen.getByTestId(TEST_IDS.panel.topCategories)
    expect(panel.querySelector('svg')).not.toBeNull()
    expect(panel.textContent).toContain('Jalan Berlubang')
    expect(panel.textContent).toContain('▲ 7')
    expect(panel.textContent).toContain('naik tajam')
  })
})
