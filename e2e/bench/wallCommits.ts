import { type ChildProcess, spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'

import { TEST_IDS } from '@pendopo/shared'
import type { Page } from 'playwright-core'

import { WallPage } from '../pages/WallPage.js'
import { launchBrowser, openPage } from '../support/browser.js'
import { ADMIN, startWallServer } from '../support/wallServer.js'

import { type BenchRow, median } from './report.js'
import { seedComplaints } from './seed.js'
import { UNLIMITED_INGEST } from './tools/benchServer.js'
import { productionWeb } from './wallBundle.js'

const EVENTS_PER_SECOND = 200
/** Enough points that the map draws (the wall's `ready`), few enough to seed in a moment. */
const SEEDED = 300
const LOAD_GENERATOR = fileURLToPath(new URL('./loadGenerator.ts', import.meta.url))

/**
 * React DevTools' global hook, as far as React needs it to report commits: React 19 injects itself into a
 * hook that `supportsFiber`, and then calls `onCommitFiberRoot` once per commit, production build included.
 * Installed by an init script, so it is there before React loads. Each commit is counted, and so is each
 * function component that rendered in it (DevTools' own test: a fiber whose children were not cloned was
 * not visited; a visited one rendered if it has the PerformedWork flag), so a failing run says who commits.
 * Page source, not a function: tsx compiles functions with helpers (`__name`) the page does not have.
 */
const COMMIT_HOOK = `(() => {
  const tally = { commits: 0, renders: {} }
  window.__pendopoCommits = tally
  const PERFORMED_WORK = 1
  const nameOf = (fiber) => {
    const t = fiber.type
    if (typeof t === 'function') return t.displayName || t.name || '(anonymous)'
    if (t && typeof t === 'object') {
      const inner = t.render || t.type
      if (typeof inner === 'function') return inner.displayName || inner.name || '(anonymous)'
    }
    return null
  }
  const visit = (fiber, previous) => {
    const name = nameOf(fiber)
    if (name && (!previous || (fiber.flags & PERFORMED_WORK) === PERFORMED_WORK))
      tally.renders[name] = (tally.renders[name] || 0) + 1
    if (previous && fiber.child === previous.child) return
    for (let child = fiber.child; child; child = child.sibling) visit(child, child.alternate)
  }
  let renderers = 0
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    renderers: new Map(),
    inject(renderer) {
      this.renderers.set(++renderers, renderer)
      return renderers
    },
    onCommitFiberRoot(_id, root) {
      tally.commits++
      visit(root.current, root.current.alternate)
    },
    onCommitFiberUnmount() {},
    onPostCommitFiberRoot() {},
    checkDCE() {},
  }
})()`

interface CommitWindow {
  readonly seconds: number
  readonly frames: number
  readonly commits: number
  /** Events that reached the store in the window (the wall's seq moved by this much). */
  readonly events: number
  readonly renders: Record<string, number>
}

/**
 * Animation frames, React commits and applied events over `seconds`, counted by the page itself: frames by
 * a requestAnimationFrame loop, commits by the hook above, events by the wall's `data-seq`.
 */
const COMMIT_PROBE = `(seconds, rootId) => new Promise((resolve) => {
  const tally = window.__pendopoCommits
  const seq = () => Number(document.querySelector('[data-testid="' + rootId + '"]')?.getAttribute('data-seq') ?? 0)
  const commits = tally.commits
  const renders = { ...tally.renders }
  const seq0 = seq()
  let frames = 0
  let start
  function tick(t) {
    if (start === undefined) start = t
    else frames++
    if (t - start < seconds * 1000) return requestAnimationFrame(tick)
    const rendered = {}
    for (const [name, n] of Object.entries(tally.renders)) if (n > (renders[name] || 0)) rendered[name] = n - (renders[name] || 0)
    resolve({ seconds: (t - start) / 1000, frames, commits: tally.commits - commits, events: seq() - seq0, renders: rendered })
  }
  requestAnimationFrame(tick)
})`

function measureCommits(page: Page, seconds: number): Promise<CommitWindow> {
  return page.evaluate<CommitWindow>(`(${COMMIT_PROBE})(${seconds}, ${JSON.stringify(TEST_IDS.wall.root)})`)
}

const wallSeq = (page: Page): Promise<number> =>
  page.evaluate(
    (id) => Number(document.querySelector(`[data-testid="${id}"]`)?.getAttribute('data-seq') ?? 0),
    TEST_IDS.wall.root,
  )

const startLoad = (url: string): ChildProcess =>
  spawn(process.execPath, ['--import', 'tsx', LOAD_GENERATOR, url, ADMIN, String(EVENTS_PER_SECOND)], {
    stdio: ['ignore', 'ignore', 'inherit'],
  })

/** Resolves once half a second's worth of the stream has reached the page (tsx takes a moment to start). */
async function streamArrives(page: Page): Promise<void> {
  const from = await wallSeq(page)
  await page.waitForFunction(
    ({ id, n }) =>
      Number(document.querySelector(`[data-testid="${id}"]`)?.getAttribute('data-seq') ?? 0) >= n,
    { id: TEST_IDS.wall.root, n: from + EVENTS_PER_SECOND / 2 },
    { timeout: 15_000, polling: 50 },
  )
}

/** Resolves once the page has seen no new event for half a second (the server's queue has drained). */
async function streamSettles(page: Page): Promise<void> {
  let seq = await wallSeq(page)
  for (const deadline = Date.now() + 10_000; Date.now() < deadline;) {
    await page.waitForTimeout(500)
    const now = await wallSeq(page)
    if (now === seq) return
    seq = now
  }
}

async function stopStream(load: ChildProcess): Promise<void> {
  if (load.exitCode !== null || load.signalCode !== null) return
  const exited = new Promise((resolve) => load.once('exit', resolve))
  load.kill('SIGTERM')
  await exited
}

const perSecond = (windows: readonly CommitWindow[], of: 'frames' | 'commits' | 'events') =>
  median(windows.map((w) => w[of] / w.seconds))

/** The components that rendered most often across the windows, for a note: who commits per event. */
function busiest(windows: readonly CommitWindow[]): string {
  const total: Record<string, number> = {}
  for (const w of windows)
    for (const [name, n] of Object.entries(w.renders)) total[name] = (total[name] ?? 0) + n
  const seconds = windows.reduce((s, w) => s + w.seconds, 0)
  return Object.entries(total)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 4)
    .map(([name, n]) => `${name} ${(n / seconds).toFixed(0)}/s`)
    .join(', ')
}

/**
 * React commits per second on the wall while 200 complaints a second stream in, beside the page's own
 * animation frames per second in the same window: the store must gather what arrives into at most one
 * update per frame, so commits can never outnumber frames. Paused and streaming windows alternate (twice
 * in a quick run, three times in a full one); medians are reported.
 */
export async function benchWallCommits({ quick }: { quick: boolean }): Promise<BenchRow[]> {
  const web = productionWeb()
  const wall = await startWallServer({
    env: { PENDOPO_SIM: 'off', PENDOPO_WEB_DIR: web.dir, ...UNLIMITED_INGEST },
    scenes: {
      scenes: [{ id: 'overview', kind: 'overview', durationSec: 3600 }],
      urgent: { minReports: 1_000_000 },
    },
  })
  const browser = await launchBrowser()
  let load: ChildProcess | undefined
  try {
    await seedComplaints(wall.url, ADMIN, { count: SEEDED })
    const page = await openPage(browser, { width: 1920, height: 1080 })
    await page.addInitScript(COMMIT_HOOK)
    const w = new WallPage(page)
    await w.open(wall.url, wall.wallToken)
    await w.ready()
    await streamSettles(page)
    const counted = await page.evaluate(
      () => (window as { __pendopoCommits?: { commits: number } }).__pendopoCommits?.commits ?? 0,
    )
    if (counted === 0) throw new Error('React reported no commit to the hook: is it installed before React?')
    const seconds = quick ? 2 : 10
    const runs = quick ? 2 : 3
    const paused: CommitWindow[] = []
    const streaming: CommitWindow[] = []
    for (let run = 0; run < runs; run++) {
      paused.push(await measureCommits(page, seconds))
      load = startLoad(wall.url)
      await streamArrives(page)
      streaming.push(await measureCommits(page, seconds))
      await stopStream(load)
      load = undefined
      await streamSettles(page)
    }
    if (streaming.some((s) => s.commits === 0)) throw new Error('no React commit was counted while streaming')
    const commits = perSecond(streaming, 'commits')
    const frames = perSecond(streaming, 'frames')
    const events = perSecond(streaming, 'events')
    const pass = commits <= frames
    return [
      {
        figure: `wall React commits/s while ${EVENTS_PER_SECOND} events/s stream in, 1080p`,
        baseline: 'animation frames/s, same windows',
        baselineValue: frames,
        ours: commits,
        unit: '/s',
        target: '≤ frames/s',
        pass,
        note: `${events.toFixed(0)} events/s reached the page${pass ? '' : `; most renders: ${busiest(streaming)}`}`,
      },
      {
        figure: 'wall React commits/s, stream paused',
        baseline: 'animation frames/s, same windows',
        baselineValue: perSecond(paused, 'frames'),
        ours: perSecond(paused, 'commits'),
        unit: '/s',
        target: 'reported',
        pass: true,
      },
    ]
  } finally {
    if (load) await stopStream(load)
    await browser.close()
    await wall.stop()
    web.cleanup()
  }
}
