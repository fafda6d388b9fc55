import { TEST_IDS } from '@pendopo/shared'
import { cleanup, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { NOW, renderInWall, snapshotWith } from '../common/testWall.js'

import { ChannelHoursPanel } from './ChannelHoursPanel.js'

describe('ChannelHoursPanel', () => {
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

  it('compares today with the same weekday last week, and names each channel with its count', () => {
    const counters = {
      'rh|2026-11-23T08|lapor': 4,
      'rh|2026-11-23T09|whatsapp': 2,
      'rh|2026-11-16T08|lapor': 9,
      'rh|2026-11-16T15|lapor': 5,
    }
    renderInWall(<ChannelHoursPanel filter={{}} />, snapshotWith(counters))
    const panel = screen.getByTestId(TEST_IDS.panel.channelHours)
    expect(panel.textContent).toContain('hari ini 6 · Senin lalu 9') // 10:00 WIB: last Monday up to 10:00
    const legend = screen.getAllByRole('listitem').map((li) => li.textContent)
    expect(legend).toEqual(['SP4N-LAPOR!4', 'WhatsApp2', 'Senin lalu9'])
    expect(panel.querySelector('svg')).not.toBeNull()
  })
})
