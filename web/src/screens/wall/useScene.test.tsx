import { WallConfigSchema } from '@pendopo/shared'
import { act, cleanup, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { NOW, renderInWall, snapshotWith } from '../../panels/common/testWall.js'

import { sameScene, type ShownScene, useScene } from './useScene.js'

const config = WallConfigSchema.parse({
  scenes: [
    { id: 'overview', kind: 'overview', durationSec: 30 },
    { id: 'trends', kind: 'trends', durationSec: 30 },
  ],
  urgent: { minReports: 1_000 },
})

let renders = 0
function Shown() {
  const shown = useScene()
  renders++
  return <p data-testid="shown">{shown?.kind === 'playlist' ? shown.scene.id : (shown?.kind ?? 'none')}</p>
}

describe('useScene', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval', 'setTimeout', 'clearTimeout'] })
    vi.setSystemTime(NOW)
    renders = 0
  })
  afterEach(() => {
    cleanup()
    vi.useRealTimers()
  })

  it('re-renders its screen when the scene changes, not for every update of the data', async () => {
    const { wall } = renderInWall(<Shown />, snapshotWith({}))
    act(() => wall.setWallConfig(config))
    expect(screen.getByTestId('shown').textContent).toBe('overview')
    const settled = renders
    // Data arrives, many times: nothing here reads it between ticks.
    act(() => {
      for (let i = 0; i < 20; i++) {
        const dashboard = wall.store.getState().dashboard
        if (dashboard) wall.store.setState({ dashboard: { ...dashboard, seq: dashboard.seq + 1 } })
      }
    })
    expect(renders).toBe(settled)
    // The clock ticks (at a frame, or the timer that stands in for one) until the scene's 30 s are up.
    await act(() => vi.advanceTimersByTimeAsync(31_500))
    expect(screen.getByTestId('shown').textContent).toBe('trends')
  })

  it('switches to the urgent scene as soon as the data shows a spike, between ticks', () => {
    const { wall } = renderInWall(<Shown />, snapshotWith({}))
    act(() => wall.setWallConfig({ ...config, urgent: { ...config.urgent, minReports: 12 } }))
    expect(screen.getByTestId('shown').textContent).toBe('overview')
    act(() => {
      const dashboard = wall.store.getState().dashboard
      // 10:00 WIB: twenty reports from Ngambon this hour, none before.
      if (dashboard)
        wall.store.setState({
          dashboard: { ...dashboard, counters: new Map([['kh|2026-11-23T10|35.22.03', 20]]) },
        })
    })
    expect(screen.getByTestId('shown').textContent).toBe('urgent')
  })
})

describe('sameScene', () => {
  const [overview, trends] = config.scenes
  const playlist = (scene: typeof overview): ShownScene | null => (scene ? { kind: 'playlist', scene } : null)
  const urgent = (reports: number): ShownScene => ({
    kind: 'urgent',
    spike: { kecamatanCode: '35.22.03', reports, usual: 1 },
  })

  it('tells a new scene, or new figures of the urgent one, from the same answer computed again', () => {
    expect(sameScene(playlist(overview), playlist(overview))).toBe(true)
    expect(sameScene(playlist(overview), playlist(trends))).toBe(false)
    expect(sameScene(urgent(12), urgent(12))).toBe(true)
    expect(sameScene(urgent(12), urgent(13))).toBe(false)
    expect(sameScene(playlist(overview), urgent(12))).toBe(false)
    expect(sameScene(null, null)).toBe(true)
    expect(sameScene(null, playlist(overview))).toBe(false)
  })
})
