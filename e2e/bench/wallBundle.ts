import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'

import { TEST_IDS } from '@pendopo/shared'
import type { Browser, Page } from 'playwright-core'

import { WallPage } from '../pages/WallPage.js'
import { launchBrowser, openPage } from '../support/browser.js'
import { everySceneFor, startWallServer, type WallServer } from '../support/wallServer.js'

import { type BenchRow, median } from './report.js'
import { UNLIMITED_INGEST } from './tools/benchServer.js'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const KB = 1024
const JS_LIMIT_KB = 400
const FIRST_DATA_LIMIT_MS = 1_500
const POINTS_LIMIT = 600
const VIEWPORT = { width: 1920, height: 1080 }
/** Each scene of the walked playlist: none ends by itself while it is counted. */
const SCENE_SECONDS = 60

const gzipped = (body: Buffer): number => gzipSync(body, { level: 9 }).length

/**
 * The web build to measure: `web/dist` when it is a production build, else a production build of the same
 * sources in a temporary folder. A Vite build run under Vitest (the e2e specs' global setup) inherits
 * NODE_ENV=test and bundles React's development build — twice the size and several times slower — and
 * leaves it in `web/dist`, where the next benchmark run would find it up to date.
 */
export function productionWeb(): { readonly dir: string; readonly rebuilt: boolean; cleanup(): void } {
  // A build of one's choosing (unminified, for a profile's names; or the build before a change).
  const chosen = process.env.PENDOPO_BENCH_WEB_DIR
  if (chosen) return { dir: chosen, rebuilt: false, cleanup: () => undefined }
  const dist = join(ROOT, 'web/dist')
  const assets = join(dist, 'assets')
  const development = readdirSync(assets)
    .filter((name) => name.endsWith('.js'))
    .some((name) => readFileSync(join(assets, name), 'utf8').includes('jsxDEV'))
  if (!development) return { dir: dist, rebuilt: false, cleanup: () => undefined }
  const dir = mkdtempSync(join(tmpdir(), 'pendopo-web-production-'))
  const require = createRequire(import.meta.url)
  execFileSync(
    process.execPath,
    [
      join(dirname(require.resolve('vite/package.json')), 'bin/vite.js'),
      'build',
      '--outDir',
      dir,
      '--logLevel',
      'warn',
    ],
    { cwd: join(ROOT, 'web'), stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } },
  )
  return { dir, rebuilt: true, cleanup: () => rmSync(dir, { recursive: true, force: true }) }
}

/** Every JavaScript file of a build, gzipped: the whole app, what a wall would load with no splitting. */
function buildJsKb(dir: string): number {
  const assets = join(dir, 'assets')
  const files = readdirSync(assets).filter((name) => name.endsWith('.js'))
  return files.reduce((sum, name) => sum + gzipped(readFileSync(join(assets, name))), 0) / KB
}

/**
 * The JavaScript a page fetches, by URL, gzipped as a server would send it (level 9); `before` counts only
 * what had arrived by an instant (epoch ms).
 */
function recordJs(page: Page): (before?: number) => Promise<number> {
  const bodies = new Map<string, { at: number; size: Promise<number> }>()
  page.on('response', (response) => {
    const type = response.headers()['content-type'] ?? ''
    if (!type.includes('javascript') || bodies.has(response.url())) return
    bodies.set(response.url(), { at: Date.now(), size: response.body().then(gzipped, () => 0) })
  })
  return async (before = Number.POSITIVE_INFINITY) => {
    let sum = 0
    for (const { at, size } of bodies.values()) if (at <= before) sum += await size
    return sum / KB
  }
}

/**
 * Marks the first paint that shows data, as `window.__firstDataPaint` (ms from navigation start). The
 * signal: the map's points canvas says it drew points (`data-count` > 0, set in the same animation frame
 * that draws them) and the "open" KPI tile shows a number. A MutationObserver sees the moment both hold;
 * the paint that shows it is the end of that frame's rendering when the change was made inside a frame
 * (the canvas draws in requestAnimationFrame), else of the next frame. A message posted then runs as the
 * first task after that paint, and its time is the figure. To tell the two cases apart, every animation
 * frame is marked from its first callback until a message posted there runs, which is after its paint.
 * Page source, not a function: tsx compiles functions with helpers (`__name`) the page does not have.
 */
const FIRST_DATA_PROBE = `(() => {
  const ids = ${JSON.stringify({ points: TEST_IDS.panel.mapPoints, open: TEST_IDS.tile.open })}
  let inFrame = false
  const frameEnd = new MessageChannel()
  frameEnd.port1.onmessage = () => (inFrame = false)
  const raf = window.requestAnimationFrame.bind(window)
  window.requestAnimationFrame = (callback) =>
    raf((t) => {
      if (!inFrame) {
        inFrame = true
        frameEnd.port2.postMessage(0)
      }
      callback(t)
    })
  const afterPaint = new MessageChannel()
  afterPaint.port1.onmessage = () => (window.__firstDataPaint = performance.now())
  const shows = () => {
    const points = Number(document.querySelector('[data-testid="' + ids.points + '"]')?.getAttribute('data-count') ?? 0)
    const open = document.querySelector('[data-testid="' + ids.open + '"]')?.textContent ?? ''
    return points > 0 && /[0-9]/.test(open)
  }
  const observer = new MutationObserver(() => {
    if (!shows()) return
    observer.disconnect()
    window.__firstDataShown = performance.now()
    if (inFrame) afterPaint.port2.postMessage(0)
    else raf(() => afterPaint.port2.postMessage(0))
  })
  observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true })
})()`

interface Load {
  readonly firstDataMs: number
  readonly fcpMs: number
}

/** One fresh load of the wall in a fresh context: first contentful paint and first data painted. */
async function loadOnce(browser: Browser, wall: WallServer): Promise<Load> {
  const page = await openPage(browser, VIEWPORT)
  try {
    await page.addInitScript(FIRST_DATA_PROBE)
    await new WallPage(page).open(wall.url, wall.wallToken)
    await page.waitForFunction(() => '__firstDataPaint' in window, undefined, { timeout: 30_000 })
    return await page.evaluate(() => ({
      firstDataMs: (window as unknown as { __firstDataPaint: number }).__firstDataPaint,
      fcpMs: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
    }))
  } finally {
    await page.context().close()
  }
}

interface Series {
  readonly scene: string
  readonly chart: string
  readonly kind: string
  readonly points: number
}

/**
 * The points recharts drew for each series of the charts on screen, counted in the SVG it rendered: a bar
 * series' rectangles, a line or area's path vertices (one per command of its curve: M, L, C…), a scatter's
 * symbols, a pie's sectors. What is drawn, whatever the data arrays held; counted per chart by its panel.
 */
const SERIES_PROBE = `(rootId) => {
  const scene = document.querySelector('[data-testid="' + rootId + '"]')?.getAttribute('data-scene') ?? null
  const vertices = (path) => (path?.getAttribute('d')?.match(/[MLHVCSQTA]/gi) ?? []).length
  const kinds = {
    bar: (g) => g.querySelectorAll('.recharts-bar-rectangle').length,
    line: (g) => vertices(g.querySelector('.recharts-line-curve')),
    area: (g) => vertices(g.querySelector('.recharts-area-curve')),
    scatter: (g) => g.querySelectorAll('.recharts-scatter-symbol').length,
    pie: (g) => g.querySelectorAll('.recharts-pie-sector').length,
  }
  const series = []
  for (const chart of document.querySelectorAll('.recharts-wrapper')) {
    const panel = chart.closest('[data-testid]')?.getAttribute('data-testid') ?? '?'
    for (const [kind, count] of Object.entries(kinds))
      for (const g of chart.querySelectorAll('.recharts-' + kind)) series.push({ scene, chart: panel, kind, points: count(g) })
  }
  return { scene, series }
}`

/**
 * Walks the playlist once and counts every recharts series of every scene, as each scene shows. Scenes are
 * long enough (SCENE_SECONDS) that none ends by itself during the walk; once a scene is counted, the page's
 * clock (Date only: timers run as ever) is moved on by one scene, so the rotation's next tick shows the next
 * one. The walk takes seconds, and the page's day and hour move by minutes at most.
 */
async function seriesOfEveryScene(page: Page, scenes: readonly string[]): Promise<Series[]> {
  const found: Series[] = []
  let skippedMs = 0
  for (const scene of scenes) {
    await page.waitForSelector(`[data-testid="${TEST_IDS.wall.root}"][data-scene="${scene}"]`, {
      timeout: 15_000,
    })
    await page.waitForTimeout(1_500) // the charts measure their box, then draw (no animations)
    const counted = await page.evaluate<{ scene: string | null; series: Series[] }>(
      `(${SERIES_PROBE})(${JSON.stringify(TEST_IDS.wall.root)})`,
    )
    if (counted.scene !== scene) throw new Error(`counted scene ${String(counted.scene)}, expected ${scene}`)
    found.push(...counted.series)
    skippedMs += SCENE_SECONDS * 1000
    await page.clock.setSystemTime(Date.now() + skippedMs)
  }
  return found
}

/**
 * What the wall costs to load and draw, on a server with a month of simulator history: (a) the JavaScript
 * the /wall page loads, gzipped, beside the whole build's; (b) navigation to the first paint that shows
 * data, median of fresh loads in fresh contexts, beside the first contentful paint of the shell; (c) the
 * most points any recharts series plots, in every scene of the playlist.
 */
export async function benchWallBundle({ quick }: { quick: boolean }): Promise<BenchRow[]> {
  const web = productionWeb()
  const playlist = everySceneFor(SCENE_SECONDS)
  let wall: WallServer | undefined
  let browser: Browser | undefined
  try {
    wall = await startWallServer({
      env: { PENDOPO_WEB_DIR: web.dir, ...UNLIMITED_INGEST },
      scenes: { ...playlist, urgent: { minReports: 1_000_000 } },
    })
    browser = await launchBrowser()

    // (a) and (c): one wall, its JavaScript recorded from the first request, walked through every scene.
    const page = await openPage(browser, VIEWPORT)
    await page.addInitScript(FIRST_DATA_PROBE)
    const loadedKb = recordJs(page)
    const w = new WallPage(page)
    await w.open(wall.url, wall.wallToken)
    await w.ready()
    await page.waitForFunction(() => '__firstDataPaint' in window)
    const firstDataAt = await page.evaluate(
      () => performance.timeOrigin + (window as unknown as { __firstDataPaint: number }).__firstDataPaint,
    )
    const series = await seriesOfEveryScene(
      page,
      playlist.scenes.map((s) => s.id),
    )
    // Everything the wall loads in a round of its playlist, lazy chunks included.
    const wallKb = await loadedKb()
    const beforeDataKb = await loadedKb(firstDataAt)
    await page.context().close()

    // (b) fresh loads, each in a fresh context (nothing cached).
    const loads: Load[] = []
    for (let i = 0; i < (quick ? 3 : 7); i++) loads.push(await loadOnce(browser, wall))

    const wholeKb = buildJsKb(web.dir)
    const firstDatas = loads.map((l) => l.firstDataMs)
    const firstData = median(firstDatas)
    const fcp = median(loads.map((l) => l.fcpMs))
    const most = series.reduce<Series | undefined>((a, b) => (a && a.points >= b.points ? a : b), undefined)
    const mostPoints = most?.points ?? 0
    const build = web.rebuilt ? '; web/dist held a development build: measured a production build of it' : ''
    return [
      {
        figure: 'wall JavaScript loaded (gzip -9), every scene',
        baseline: 'every JS file of the build',
        baselineValue: wholeKb,
        ours: wallKb,
        unit: 'KB',
        target: `< ${JS_LIMIT_KB} KB`,
        pass: wallKb < JS_LIMIT_KB,
        note: `${beforeDataKb.toFixed(0)} KB of it before the first data painted${build}`,
      },
      {
        figure: 'wall first data painted (map points + KPI value), fresh load, loopback',
        baseline: 'first contentful paint of the shell',
        baselineValue: fcp,
        ours: firstData,
        unit: 'ms',
        target: `< ${FIRST_DATA_LIMIT_MS} ms`,
        pass: firstData < FIRST_DATA_LIMIT_MS,
        note: `median of ${loads.length} loads (${Math.min(...firstDatas).toFixed(0)}–${Math.max(...firstDatas).toFixed(0)} ms); month of simulator history`,
      },
      {
        figure: 'most points plotted by one chart series, every scene',
        baseline: '—',
        baselineValue: null,
        ours: mostPoints,
        unit: 'points',
        target: `≤ ${POINTS_LIMIT}`,
        // No series at all would mean the probe found no chart: not a pass.
        pass: series.length > 0 && mostPoints <= POINTS_LIMIT,
        note: most
          ? `${series.length} series; largest: ${most.scene} ${most.chart} ${most.kind}`
          : 'no chart series found',
      },
    ]
  } finally {
    await browser?.close()
    await wall?.stop()
    web.cleanup()
  }
}
