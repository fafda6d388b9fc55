import { TEST_IDS } from '@pendopo/shared'
import { act, cleanup, screen } from '@testing-library/react'
import { Profiler } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { NOW, renderInWall, snapshotWith } from '../common/testWall.js'

import { HeatmapPanel } from './HeatmapPanel.js'

const counters = {
  'q|2026-11-20|DINSOS|blue': 4,
  'q|2026-11-23|DINSOS|green': 2,
  'q|2026-11-19|DPUBMPR|red': 3,
  'q|2026-11-19|DPUBMPR|blue': 1,
  'p|-|RECEIVED|green': 7,
  'p|DINSOS|DISPOSITIONED|green': 2,
  'p|DPUBMPR|DISPOSITIONED|red': 3,
}

/** happy-dom lays nothing out: give every element a wall-sized box (28 px to the rem). */
function layOut(width: number, height: number) {
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(width)
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(height)
  document.documentElement.style.fontSize = '28px'
}

const rowNames = () => screen.getAllByRole('rowheader').map((r) => r.textContent)

describe('HeatmapPanel', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(NOW)
    layOut(1100, 600)
  })
  afterEach(() => {
    cleanup()
    vi.useRealTimers()
    vi.restoreAllMocks()
  })

  it('lays out OPDs × the last ten working days, the most overdue OPD first, with its legend', () => {
    renderInWall(<HeatmapPanel filter={{}} rows={9} view="days" />, snapshotWith(counters))
    expect(screen.getAllByRole('columnheader')).toHaveLength(11) // the names' corner + 10 days
    expect(rowNames()).toEqual(['PU Bina Marga3', 'Dinsos']) // name and overdue pill
    const panel = screen.getByTestId(TEST_IDS.panel.heatmap)
    expect(panel.textContent).toContain('10 Nov – 23 Nov') // ten working days back from Monday 23rd
    for (const key of ['Terlambat', 'Mendekati batas', 'Tepat waktu', 'Selesai'])
      expect(panel.textContent).toContain(key)
  })

  it('puts Kominfo’s verification queue first in the stages view', () => {
    renderInWall(<HeatmapPanel filter={{}} rows={9} view="stages" />, snapshotWith(counters))
    expect(rowNames()).toEqual(['Verifikasi (Kominfo)', 'PU Bina Marga3', 'Dinsos'])
    expect(screen.getByTestId(TEST_IDS.panel.heatmap).textContent).toContain('3 terlambat')
  })

  it('shows no more rows than fit, and says how many were left out', () => {
    layOut(1100, 5 * 28) // 5rem: the two-line header (2.65rem) and one 1.55rem row
    renderInWall(<HeatmapPanel filter={{}} rows={9} view="stages" />, snapshotWith(counters))
    expect(rowNames()).toEqual(['Verifikasi (Kominfo)'])
    expect(screen.getByTestId(TEST_IDS.panel.heatmap).textContent).toContain('+2 OPD lain')
  })

  it('does not re-render when a change leaves its cells alone', () => {
    let commits = 0
    const { wall, frames } = renderInWall(
      <Profiler id="heatmap" onRender={() => commits++}>
        <HeatmapPanel filter={{}} rows={9} view="days" />
      </Profiler>,
      snapshotWith(counters),
    )
    const settled = commits
    act(() => {
      wall.receiveSnapshot(snapshotWith({ ...counters, 'rh|2026-11-23T08|lapor': 5 }))
      frames.frame()
    })
    expect(commits).toBe(settled)
  })
})
