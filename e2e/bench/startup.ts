import { type ChildProcess, spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { get } from 'node:http'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

import { io } from 'socket.io-client'
import ts from 'typescript'

import { ADMIN } from '../support/wallServer.js'

import { bulkStore, cachedStoreExists } from './bulkStore.js'
import { type BenchRow, median } from './report.js'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const BARE_SOURCE = fileURLToPath(new URL('./baselines/bareExpress.ts', import.meta.url))
/** Compiled here, beside e2e's node_modules, so that `express` resolves as it does for the source. */
const BARE_BUILT = fileURLToPath(new URL('./.cache/bareExpress.mjs', import.meta.url))
const FULL_COMPLAINTS = 1_000_000
const TARGET_MS = 2_500
const AIM_MS = 1_000
/** How often a starting process is asked whether it answers yet. */
const POLL_MS = 5
/** A start slower than this is a failure, not a figure. */
const START_TIMEOUT_MS = 120_000

interface Start {
  /** From spawn to the first 2xx of GET /healthz. */
  readonly httpMs: number
  /** CPU the process had used by then (all its threads), where /proc says: steadier than wall time. */
  readonly cpuMs: number | null
  /** From spawn to the first socket `snapshot` event (ours only). */
  readonly snapshotMs?: number
}

/**
 * The bare Express baseline as plain JavaScript, as the server itself runs (from server/dist): through
 * tsx, its start would carry a TypeScript loader's start-up and make the baseline seconds slower.
 */
function buildBare(): string {
  const source = readFileSync(BARE_SOURCE, 'utf8')
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  })
  mkdirSync(join(BARE_BUILT, '..'), { recursive: true })
  writeFileSync(BARE_BUILT, outputText)
  return BARE_BUILT
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      const port = typeof address === 'object' && address ? address.port : 0
      probe.close(() => resolve(port))
    })
  })
}

/** Resolves when GET `url` first answers 2xx, asking every POLL_MS until `deadline`. */
function firstOk(url: string, deadline: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const retry = () =>
        performance.now() > deadline
          ? reject(new Error(`${url} did not answer 2xx in time`))
          : setTimeout(attempt, POLL_MS)
      get(url, (res) => {
        res.resume()
        const status = res.statusCode ?? 0
        if (status >= 200 && status < 300) resolve()
        else retry()
      }).on('error', retry)
    }
    attempt()
  })
}

/** Resolves when a socket like the wall's receives its first `snapshot` event. */
function firstSnapshot(url: string, token: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = io(url, { transports: ['websocket'], auth: { token }, reconnection: false })
    const timer = setTimeout(() => done(new Error('no snapshot event in time')), START_TIMEOUT_MS)
    const done = (error?: Error) => {
      clearTimeout(timer)
      socket.close()
      if (error) reject(error)
      else resolve()
    }
    socket.on('connect_error', (error) => done(error))
    socket.once('snapshot', () => done())
  })
}

/** Clock ticks per second of /proc's counters (USER_HZ): 100 on Linux. */
const USER_HZ = 100

/** User and system CPU of a process so far, from /proc/<pid>/stat (fields 14 and 15); null elsewhere. */
function cpuUsedMs(pid: number | undefined): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    // The command name (field 2) may hold spaces: count fields after its closing parenthesis.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return ((Number(fields[11]) + Number(fields[12])) / USER_HZ) * 1000
  } catch {
    return null
  }
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise((resolve) => child.once('exit', resolve))
  child.kill('SIGTERM')
  await exited
}

/** Spawns `args` (from the repository root) and times it to its first 2xx, then to a first snapshot. */
async function timeStart(
  args: string[],
  options: { env: Record<string, string>; snapshot: boolean },
): Promise<Start> {
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  const started = performance.now()
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, ...options.env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  try {
    const died = new Promise<never>((_resolve, reject) =>
      child.once('exit', (code) => reject(new Error(`${args.join(' ')} exited (${String(code)})`))),
    )
    died.catch(() => undefined) // it also settles when we stop the process, with nobody racing it
    await Promise.race([firstOk(`${url}/healthz`, started + START_TIMEOUT_MS), died])
    const httpMs = performance.now() - started
    const cpuMs = cpuUsedMs(child.pid)
    if (!options.snapshot) return { httpMs, cpuMs }
    await Promise.race([firstSnapshot(url, ADMIN), died])
    return { httpMs, cpuMs, snapshotMs: performance.now() - started }
  } finally {
    await stop(child)
  }
}

/**
 * Start-up with 1,000,000 complaints (quick: 10,000, or 100,000 when that store is cached): from spawn to
 * the first 2xx and to a wall's first `snapshot` event, beside a bare Express app's spawn to first 2xx.
 * A full run starts each once unmeasured first (ours does the one-time work on its copy, the demo
 * accounts, and both get their files into the page cache, as on a server that restarts); then baseline
 * and ours alternate, and the medians are reported.
 */
export async function benchStartup({ quick }: { quick: boolean }): Promise<BenchRow[]> {
  const complaints = quick ? (cachedStoreExists(100_000) ? 100_000 : 10_000) : FULL_COMPLAINTS
  const runs = quick ? 2 : 3
  const dir = mkdtempSync(join(tmpdir(), 'pendopo-startup-'))
  try {
    const store = await bulkStore({ complaints, dir })
    const bare = [buildBare()]
    const ours = ['server/dist/src/main.js']
    const env = { PENDOPO_DB: store.dbPath, PENDOPO_API_TOKEN: ADMIN, PENDOPO_SIM: 'off' }
    if (!quick) {
      await timeStart(bare, { env: {}, snapshot: false })
      await timeStart(ours, { env, snapshot: true })
    }
    const baseline: Start[] = []
    const measured: Start[] = []
    for (let run = 0; run < runs; run++) {
      baseline.push(await timeStart(bare, { env: {}, snapshot: false }))
      measured.push(await timeStart(ours, { env, snapshot: true }))
    }
    return startupRows({ complaints, quick, baseline, measured })
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

function startupRows(m: {
  complaints: number
  quick: boolean
  baseline: readonly Start[]
  measured: readonly Start[]
}): BenchRow[] {
  const at = `${m.complaints.toLocaleString('en')} complaints`
  const bare = median(m.baseline.map((s) => s.httpMs))
  const http = median(m.measured.map((s) => s.httpMs))
  const snapshot = median(m.measured.map((s) => s.snapshotMs ?? Number.NaN))
  const cpu = (starts: readonly Start[]) => {
    const ms = starts.map((s) => s.cpuMs).filter((v): v is number => v !== null)
    return ms.length === starts.length ? `${(median(ms) / 1000).toFixed(2)} s` : '?'
  }
  const notes = [
    ...(m.quick ? [`quick: ${at}, not 1,000,000`] : []),
    `CPU to first 2xx: ours ${cpu(m.measured)}, bare ${cpu(m.baseline)}`,
  ]
  const common = {
    baseline: 'bare Express, spawn to first 2xx',
    baselineValue: bare,
    unit: 'ms',
    target: `≤ bare + ${TARGET_MS / 1000} s (aim ≤ bare + ${AIM_MS / 1000} s)`,
    note: notes.join('; '),
  }
  return [
    {
      ...common,
      figure: `start-up, spawn to first 2xx (GET /healthz), ${at}`,
      ours: http,
      pass: http <= bare + TARGET_MS,
    },
    {
      ...common,
      figure: `start-up, spawn to a wall's first socket 'snapshot' event, ${at}`,
      ours: snapshot,
      pass: snapshot <= bare + TARGET_MS,
    },
  ]
}
