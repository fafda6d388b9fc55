import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'

import { TEST_IDS } from '@pendopo/shared'
import type { Page } from 'playwright-core'

import { WallPage } from '../pages/WallPage.js'
import { launchBrowser, openPage } from '../support/browser.js'
import { ADMIN, startWallServer } from '../support/wallServer.js'

import { type BenchRow, median, percentile } from './report.js'
import { seedComplaints } from './seed.js'
import { UNLIMITED_INGEST } from './tools/benchServer.js'

const EVENTS_PER_SECOND = 20
const LOAD_GENERATOR = fileURLToPath(new URL('./loadGenerator.ts', import.meta.url))

interface FrameWindow {
  readonly intervals: number[]
  readonly longTasks: number
  readonly seconds: number
}

/**
 * Frame-to-frame intervals and long tasks (> 50 ms) seen by the page during `seconds`. Written as page
 * source, not as a function: tsx compiles functions with helpers (`__name`) the page does not have.
 */
const FRAME_PROBE = `(seconds) => new Promise((resolve) => {
  const stamps = []
  let longTasks = 0
  const observer = new PerformanceObserver((list) => (longTasks += list.getEntries().length))
  observer.observe({ type: 'longtask' })
  const end = performance.now() + seconds * 1000
  function tick(t) {
    stamps.push(t)
    if (t < end) return requestAnimationFrame(tick)
    observer.disconnect()
    resolve({ intervals: stamps.slice(1).map((v, i) => v - stamps[i]), longTasks, seconds })
  }
  requestAnimationFrame(tick)
})`

function measureFrames(page: Page, seconds: number): Promise<FrameWindow> {
  return page.evaluate<FrameWindow>(`(${FRAME_PROBE})(${seconds})`)
}

/**
 * The wall with 20,000 complaints on its map: frame times while 20 events a second stream in, beside the
 * same page with the stream paused. Paused and streaming windows alternate (twice in a quick run, three
 * times in a full one) and the medians are reported.
 */
export async function benchWallRender({ quick }: { quick: boolean }): Promise<BenchRow[]> {
  // A quick run seeds fewer points: seeding 20,000 through the API alone takes longer than its budget.
  const POINTS = quick ? 5_000 : 20_000
  const wall = await startWallServer({
    env: { PENDOPO_SIM: 'off', ...UNLIMITED_INGEST },
    scenes: {
      scenes: [{ id: 'overview', kind: 'overview', durationSec: 3600 }],
      urgent: { minReports: 1_000_000 },
    },
  })
  const browser = await launchBrowser()
  try {
    await seedComplaints(wall.url, ADMIN, { count: POINTS })
    const page = await openPage(browser, { width: 1920, height: 1080 })
    const w = new WallPage(page)
    await w.open(wall.url, wall.wallToken)
    await page.waitForFunction(
      ({ id, n }) =>
        Number(document.querySelector(`[data-testid="${id}"]`)?.getAttribute('data-count') ?? 0) >= n,
      { id: TEST_IDS.panel.mapPoints, n: POINTS },
      { timeout: 60_000 },
    )
    await page.waitForTimeout(quick ? 500 : 2_000)
    const seconds = quick ? 2 : 20
    const runs = quick ? 2 : 3
    const paused: FrameWindow[] = []
    const streaming: FrameWindow[] = []
    for (let run = 0; run < runs; run++) {
      paused.push(await measureFrames(page, seconds))
      const load = spawn(
        process.execPath,
        ['--import', 'tsx', LOAD_GENERATOR, wall.url, ADMIN, String(EVENTS_PER_SECOND)],
        {
          stdio: ['ignore', 'pipe', 'inherit'],
        },
      )
      await page.waitForTimeout(1_000)
      streaming.push(await measureFrames(page, seconds))
      load.kill('SIGTERM')
      await new Promise((resolve) => load.once('exit', resolve))
      await page.waitForTimeout(1_000)
    }
    const p = (windows: FrameWindow[], q: number) => median(windows.map((w) => percentile(w.intervals, q)))
    const longTasksPer10s = median(streaming.map((w) => (w.longTasks / w.seconds) * 10))
    const pausedP95 = p(paused, 95)
    const streamingP95 = p(streaming, 95)
    return [
      {
        figure: `wall frame time p50, ${POINTS.toLocaleString('en')} points, ${EVENTS_PER_SECOND} events/s, 1080p`,
        baseline: 'same page, stream paused',
        baselineValue: p(paused, 50),
        ours: p(streaming, 50),
        unit: 'ms',
        target: 'reported',
        pass: true,
      },
      {
        figure: `wall frame time p95, ${POINTS.toLocaleString('en')} points, ${EVENTS_PER_SECOND} events/s, 1080p`,
        baseline: 'same page, stream paused',
        baselineValue: pausedP95,
        ours: streamingP95,
        unit: 'ms',
        target: '≤ 1.25× paused and ≤ 33 ms',
        pass: streamingP95 <= 1.25 * pausedP95 && streamingP95 <= 33,
      },
      {
        figure: 'wall long tasks (> 50 ms) while streaming',
        baseline: '—',
        baselineValue: null,
        ours: longTasksPer10s,
        unit: 'per 10 s',
        target: '≤ 1 per 10 s',
        pass: longTasksPer10s <= 1,
      },
    ]
  } finally {
    await browser.close()
    await wall.stop()
  }
}
