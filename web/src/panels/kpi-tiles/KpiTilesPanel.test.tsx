import { TEST_IDS } from '@pendopo/shared'
import { act, cleanup, screen } from '@testing-library/react'
import { Profiler } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { NOW, renderInWall, snapshotWith } from '../common/testWall.js'

import { KpiTilesPanel } from './KpiTilesPanel.js'

const counters = {
  'p|-|RECEIVED|green': 5,
  'p|DINSOS|DISPOSITIONED|red': 3,
  'p|DINSOS|CLOSED|blue': 40,
  'rh|2026-11-23T08|lapor': 7,
  'cd|2026-11-23|DINSOS': 2,
  'fh|2026-11-23|20': 1,
  'rt|2026-11-23|puas': 3,
  'rt|2026-11-23|tidak_puas': 1,
}

const sakip = {
  code: 'sakip',
  label: 'SAKIP',
  labelEn: 'SAKIP',
  value: 78.38,
  display: '78,38',
  grade: 'BB',
  asOf: '2026-02',
  source: 'KemenPANRB evaluation 2025 (bojonegorotimes.id)',
  better: 'higher' as const,
}

describe('KpiTilesPanel', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(NOW)
  })
  afterEach(() => {
    cleanup()
    vi.useRealTimers()
  })

  it('shows the six live tiles, each under its test id', () => {
    renderInWall(<KpiTilesPanel filter={{}} set="live" />, snapshotWith(counters))
    expect(screen.getByTestId(TEST_IDS.tile.open).textContent).toContain('8')
    expect(screen.getByTestId(TEST_IDS.tile.overdue).textContent).toContain('3')
    expect(screen.getByTestId(TEST_IDS.tile.receivedToday).textContent).toContain('7')
    expect(screen.getByTestId(TEST_IDS.tile.closedToday).textContent).toContain('2')
    expect(screen.getByTestId(TEST_IDS.tile.followUpMedian).textContent).toMatch(/≈\s*22.*jam kerja/)
    expect(screen.getByTestId(TEST_IDS.tile.satisfaction).textContent).toContain('75')
  })

  it('shows a slow KPI with its grade, as-of date and source', () => {
    renderInWall(<KpiTilesPanel filter={{}} set="slow" />, snapshotWith(counters, [sakip]))
    const panel = screen.getByTestId(TEST_IDS.panel.kpiTiles)
    expect(panel.textContent).toContain('78,38')
    expect(panel.textContent).toContain('BB')
    expect(panel.textContent).toContain('per Feb 2026')
    expect(panel.textContent).toContain('KemenPANRB evaluation 2025')
    expect(screen.queryByTestId(TEST_IDS.tile.open)).toBeNull()
  })

  it('marks the tiles a scene’s filter cannot narrow', () => {
    renderInWall(<KpiTilesPanel filter={{ opds: ['DINSOS'] }} set="live" />, snapshotWith(counters))
    expect(screen.getByTestId(TEST_IDS.tile.open).textContent).not.toContain('seluruh kabupaten')
    expect(screen.getByTestId(TEST_IDS.tile.receivedToday).textContent).toContain('seluruh kabupaten')
  })

  it('does not re-render for a store change that leaves its numbers alone', () => {
    let commits = 0
    const { wall, frames } = renderInWall(
      <Profiler id="tiles" onRender={() => commits++}>
        <KpiTilesPanel filter={{}} set="live" />
      </Profiler>,
      snapshotWith(counters),
    )
    const settled = commits
    act(() => {
      wall.setConnection('offline')
      wall.receiveSnapshot(snapshotWith({ ...counters })) // same numbers, new objects
      frames.frame()
    })
    expect(commits).toBe(settled)
    act(() => {
      wall.receiveSnapshot(snapshotWith({ ...counters, 'p|-|RECEIVED|green': 6 }))
      frames.frame()
    })
    expect(commits).toBeGreaterThan(settled)
    expect(screen.getByTestId(TEST_IDS.tile.open).textContent).toContain('9')
  })
})
