import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { fileURLToPath, pathToFileURL } from 'node:url'

import { transpiled } from './clients/childProcess.js'
import { type LiveServer, startBareServer, startOurServer } from './clients/liveServers.js'
import { type LiveClients, spawnLiveClients } from './clients/spawnLiveClients.js'
import { type BenchRow, median } from './report.js'

const GC_ON_SIGNAL = fileURLToPath(new URL('./clients/gcOnSignal.ts', import.meta.url))
/**
 * Connections opened before the first reading and kept open through the second, so that first-use costs
 * (code compiled and optimised for the connection path: more of it in Pendopo) are paid before it, and
 * the measured connections find no memory that closed ones left free (which would understate them).
 */
const WARMUP = 100
/** Readings of each server, every one from fresh processes. */
const ROUNDS = 3

/** The resident set of a process, in KiB, as the kernel counts it. */
function rssKiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8')
  const kib = /^VmRSS:\s+(\d+) kB$/m.exec(status)?.[1]
  if (!kib) throw new Error(`no VmRSS for process ${pid}`)
  return Number(kib)
}

interface Collected {
  readonly collections: number
  /** Node's own account right after the collection (process.memoryUsage()), in bytes. */
  readonly heapUsed: number
  readonly external: number
}

const NONE: Collected = { collections: 0, heapUsed: 0, external: 0 }

function lastCollection(file: string): Collected {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Collected
  } catch {
    return NONE
  }
}

/** Full garbage collections in the server (clients/gcOnSignal.mjs), resolved once it has run them. */
async function collectGarbage(pid: number, ackFile: string): Promise<Collected> {
  const before = lastCollection(ackFile).collections
  process.kill(pid, 'SIGUSR2')
  const deadline = performance.now() + 10_000
  for (;;) {
    const now = lastCollection(ackFile)
    if (now.collections > before) return now
    if (performance.now() > deadline) throw new Error(`process ${pid} did not collect garbage in 10 s`)
    await sleep(20)
  }
}

interface Reading {
  /** VmRSS, KiB. */
  readonly rss: number
  /** V8's live heap plus memory held outside it (buffers), KiB: shows where RSS went. */
  readonly heap: number
}

/**
 * Readings in a row that must agree (within {@link STEADY_KIB}) before RSS counts as settled, and how far
 * apart they are taken.
 */
const STEADY_READINGS = 6
const STEADY_KIB = 128
const READING_INTERVAL_MS = 500
/** A server whose RSS still moves after this long is read as it is then. */
const SETTLE_LIMIT_MS = 10_000

/**
 * The server's memory once it has settled: garbage collected, then collected and read again every
 * {@link READING_INTERVAL_MS} until RSS stops moving. V8 hands freed pages back to the system a few
 * seconds after the collection that freed them (its young generation shrinks in 1 MiB steps), which at
 * 200 connections alone moved a reading by 5 KiB a connection.
 */
async function settledReading(pid: number, ackFile: string): Promise<Reading> {
  const deadline = performance.now() + SETTLE_LIMIT_MS
  const rss: number[] = []
  for (;;) {
    const collected = await collectGarbage(pid, ackFile)
    rss.push(rssKiB(pid))
    const recent = rss.slice(-STEADY_READINGS)
    const steady =
      recent.length === STEADY_READINGS && Math.max(...recent) - Math.min(...recent) <= STEADY_KIB
    if (steady || performance.now() > deadline) {
      return { rss: rss.at(-1) ?? 0, heap: (collected.heapUsed + collected.external) / 1024 }
    }
    await sleep(READING_INTERVAL_MS)
  }
}

interface Side {
  readonly server: LiveServer
  readonly clients: LiveClients
  readonly ackFile: string
}

type PerConnection = Reading

/**
 * One reading of each server, both fresh processes: memory before and after `connections` idle
 * authenticated connections, in KiB per connection.
 */
async function oneRound(
  connections: number,
  preload: string,
): Promise<{ ours: PerConnection; bare: PerConnection }> {
  const dir = mkdtempSync(join(tmpdir(), 'pendopo-connection-memory-'))
  // The same for both servers: a signal handler and gc(), nothing per connection; and a young generation
  // of fixed size. V8 grows it (up to 32 MiB) when allocation is brisk, so without the cap the RSS delta
  // measured how busy connecting had been (a server that had been busy starting had grown it already).
  const env = (side: string) => ({
    NODE_OPTIONS: `--expose-gc --max-semi-space-size=1 --import=${pathToFileURL(preload).href}`,
    BENCH_GC_ACK: join(dir, `${side}.gc`),
  })
  const running: Array<{ stop(): Promise<void> }> = []
  const track = <S extends { stop(): Promise<void> }>(s: Promise<S>) =>
    s.then((value) => (running.push(value), value))
  try {
    const [ours, bare] = await Promise.all([
      track(startOurServer(env('ours'))),
      track(startBareServer(env('bare'))),
    ])
    const open = (server: LiveServer, ready: 'snapshot' | 'connect') =>
      track(spawnLiveClients({ url: server.url, token: server.token, connections, ready, warmup: WARMUP }))
    const [oursClients, bareClients] = await Promise.all([open(ours, 'snapshot'), open(bare, 'connect')])
    const sides: Side[] = [
      { server: ours, clients: oursClients, ackFile: env('ours').BENCH_GC_ACK },
      { server: bare, clients: bareClients, ackFile: env('bare').BENCH_GC_ACK },
    ]
    const read = () => Promise.all(sides.map((s) => settledReading(s.server.pid, s.ackFile)))
    const before = await read()
    await Promise.all(sides.map((s) => s.clients.open()))
    const after = await read()
    const perConnection = (i: number): PerConnection => ({
      rss: ((after[i]?.rss ?? 0) - (before[i]?.rss ?? 0)) / connections,
      heap: ((after[i]?.heap ?? 0) - (before[i]?.heap ?? 0)) / connections,
    })
    return { ours: perConnection(0), bare: perConnection(1) }
  } finally {
    // Clients first: a server stopping under them would count as dropped connections.
    await Promise.allSettled(running.reverse().map((s) => s.stop()))
    rmSync(dir, { recursive: true, force: true })
  }
}

/**
 * Memory per idle authenticated connection: the server's RSS (/proc/<pid>/status VmRSS) with N walls
 * connected minus before, over N, each read after full garbage collections; Pendopo with wall tokens beside
 * the bare Socket.IO server checking a token in its middleware. Every round starts fresh processes of both;
 * rounds run side by side (memory, unlike time, does not suffer from sharing the cores), medians reported.
 */
export async function benchConnectionMemory({ quick }: { quick: boolean }): Promise<BenchRow[]> {
  const connections = quick ? 200 : 1_000
  // Compiled once: the servers run plain `node`, which takes no TypeScript.
  const dir = mkdtempSync(join(tmpdir(), 'pendopo-gc-preload-'))
  const preload = join(dir, 'gcOnSignal.mjs')
  const rounds = await (async () => {
    try {
      writeFileSync(preload, await transpiled(GC_ON_SIGNAL))
      return await Promise.all(Array.from({ length: ROUNDS }, () => oneRound(connections, preload)))
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })()
  const med = (pick: (r: (typeof rounds)[number]) => number) => median(rounds.map(pick))
  const ours = med((r) => r.ours.rss)
  const bare = med((r) => r.bare.rss)
  const kib = (n: number) => n.toFixed(1)
  return [
    {
      figure: `memory per idle authenticated connection, ${connections.toLocaleString('en')} walls`,
      baseline: 'bare Socket.IO, token middleware',
      baselineValue: bare,
      ours,
      unit: 'KiB',
      target: '≤ 1.5× bare (aim ≤ 1.2×)',
      pass: ours <= 1.5 * bare,
      note: `RSS by round: ours ${rounds.map((r) => kib(r.ours.rss)).join(', ')}, bare ${rounds.map((r) => kib(r.bare.rss)).join(', ')}; JS heap + external: ours ${kib(med((r) => r.ours.heap))}, bare ${kib(med((r) => r.bare.heap))}`,
    },
  ]
}
