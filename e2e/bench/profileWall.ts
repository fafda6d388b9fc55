/**
 * `node --conditions=@pendopo/source --import tsx e2e/bench/profileWall.ts [points] [events/s] [seconds]`:
 * where the wall's main thread spends its time while the stream runs. Builds the web app unminified (so the
 * profile names our functions), fills the map, streams, and prints the heaviest functions by self time and
 * what the renderer's main thread does outside JavaScript; the profile and the trace go to e2e/screenshots/
 * (wall.cpuprofile, wall-trace.json) for Chrome's DevTools.
 */
import { execFileSync, spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

import { TEST_IDS } from '@pendopo/shared'

import { WallPage } from '../pages/WallPage.js'
import { launchBrowser, openPage } from '../support/browser.js'
import { ADMIN, startWallServer } from '../support/wallServer.js'

import { seedComplaints } from './seed.js'
import { UNLIMITED_INGEST } from './tools/benchServer.js'

interface ProfileNode {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number }
  hitCount?: number
}

interface TraceEvent {
  name: string
  ph: string
  pid: number
  tid: number
  dur?: number
  args?: { name?: string }
}

const [points = 20_000, perSecond = 20, seconds = 15] = process.argv.slice(2).map(Number)
const root = fileURLToPath(new URL('../..', import.meta.url))
const require = createRequire(import.meta.url)
const webDir = mkdtempSync(join(tmpdir(), 'pendopo-web-unminified-'))
execFileSync(
  process.execPath,
  [
    join(dirname(require.resolve('vite/package.json')), 'bin/vite.js'),
    'build',
    '--minify',
    'false',
    '--outDir',
    webDir,
    '--logLevel',
    'warn',
  ],
  { cwd: `${root}/web`, stdio: 'inherit' },
)

const wall = await startWallServer({
  env: { PENDOPO_SIM: 'off', PENDOPO_WEB_DIR: webDir, ...UNLIMITED_INGEST },
  scenes: { scenes: [{ id: 'overview', kind: 'overview', durationSec: 3600 }], urgent: { minReports: 1e6 } },
})
const browser = await launchBrowser()
try {
  await seedComplaints(wall.url, ADMIN, { count: points })
  const page = await openPage(browser, { width: 1920, height: 1080 })
  await new WallPage(page).open(wall.url, wall.wallToken)
  await page.waitForFunction(
    ({ id, n }) =>
      Number(document.querySelector(`[data-testid="${id}"]`)?.getAttribute('data-count') ?? 0) >= n,
    { id: TEST_IDS.panel.mapPoints, n: points },
    { timeout: 60_000 },
  )
  await page.waitForTimeout(2_000)
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Profiler.enable')
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 })
  const load = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      fileURLToPath(new URL('./loadGenerator.ts', import.meta.url)),
      wall.url,
      ADMIN,
      String(perSecond),
    ],
    { stdio: 'ignore' },
  )
  await page.waitForTimeout(1_000)
  await cdp.send('Profiler.start')
  await page.waitForTimeout(seconds * 1000)
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as {
    profile: {
      nodes: ProfileNode[]
      startTime: number
      endTime: number
      samples: number[]
      timeDeltas: number[]
    }
  }
  mkdirSync(`${root}/e2e/screenshots`, { recursive: true })
  writeFileSync(`${root}/e2e/screenshots/wall.cpuprofile`, JSON.stringify(profile))

  // Self time per function, from the samples and their time deltas.
  const byId = new Map(profile.nodes.map((n) => [n.id, n]))
  const self = new Map<string, number>()
  profile.samples.forEach((id, i) => {
    const node = byId.get(id)
    if (!node) return
    const { functionName, url, lineNumber } = node.callFrame
    const key = `${functionName || '(anonymous)'} ${url.split('/').pop() ?? ''}:${lineNumber + 1}`
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000)
  })
  const total = (profile.endTime - profile.startTime) / 1000
  process.stdout.write(`\n${seconds} s profiled, ${points} points, ${perSecond} events/s; self time (ms):\n`)
  for (const [key, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30))
    process.stdout.write(
      `${ms.toFixed(1).padStart(9)}  ${((ms / total) * 100).toFixed(1).padStart(5)}%  ${key}\n`,
    )

  // The same load again as a timeline trace: what the renderer's main thread does outside JavaScript.
  const events: TraceEvent[] = []
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])))
  const traced = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()))
  await cdp.send('Tracing.start', {
    categories:
      'devtools.timeline,disabled-by-default-devtools.timeline,disabled-by-default-devtools.timeline.invalidationTracking,blink.animations',
  })
  await page.waitForTimeout(seconds * 1000)
  await cdp.send('Tracing.end')
  await traced
  load.kill('SIGTERM')
  writeFileSync(`${root}/e2e/screenshots/wall-trace.json`, JSON.stringify({ traceEvents: events }))
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
  const totals = new Map<string, { ms: number; count: number; max: number }>()
  for (const e of events) {
    if (e.ph !== 'X' || e.pid !== main?.pid || e.tid !== main.tid || e.dur === undefined) continue
    const t = totals.get(e.name) ?? { ms: 0, count: 0, max: 0 }
    totals.set(e.name, { ms: t.ms + e.dur / 1000, count: t.count + 1, max: Math.max(t.max, e.dur / 1000) })
  }
  process.stdout.write(
    `\nmain-thread trace events, ${seconds} s (total ms, count, longest ms; nested events overlap):\n`,
  )
  for (const [name, t] of [...totals].sort((a, b) => b[1].ms - a[1].ms).slice(0, 25))
    process.stdout.write(
      `${t.ms.toFixed(1).padStart(9)} ${String(t.count).padStart(6)} ${t.max.toFixed(1).padStart(7)}  ${name}\n`,
    )
} finally {
  await browser.close()
  await wall.stop()
}
