import { setTimeout as sleep } from 'node:timers/promises'
import { fileURLToPath } from 'node:url'

import { type JsonLineChild, spawnJsonLineChild } from './clients/childProcess.js'
import { type ClientsReport, histogramPercentile } from './clients/clientsReport.js'
import type { OurServer } from './clients/liveServers.js'
import { type LiveClients, spawnLiveClients } from './clients/spawnLiveClients.js'
import { median } from './report.js'

const INGEST_LOAD = fileURLToPath(new URL('./clients/ingestLoad.ts', import.meta.url))

export interface Windows {
  /** How long one measured window lasts. */
  readonly seconds: number
  /** Alternations: each is one window of each side. */
  readonly rounds: number
  /** Once events flow, how long to wait before the window opens (JIT warm, rate steady). */
  readonly settleMs: number
}

/**
 * Pendopo streaming to walls: the process the load posts to (whose /metrics counts the commits), the
 * ingest load (clients/ingestLoad.ts), and the walls that are measured, on that process or on others.
 */
export interface OursStream {
  readonly ours: OurServer
  readonly load: JsonLineChild
  readonly clients: LiveClients
}

/** Until `condition` holds; throws after `timeoutMs`. */
export async function until(
  what: string,
  condition: () => Promise<boolean>,
  timeoutMs = 30_000,
): Promise<void> {
  const deadline = performance.now() + timeoutMs
  while (!(await condition())) {
    if (performance.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms`)
  }
}

/** Waits until events reach the clients, lets the stream settle, then measures one window. */
export async function measure(clients: LiveClients, windows: Windows): Promise<ClientsReport> {
  await until('events reach the clients', async () => (await clients.window(50)).deliveries > 0)
  await sleep(windows.settleMs)
  const report = await clients.window(windows.seconds * 1000)
  if (report.deliveries === 0) throw new Error('no event reached the clients during the window')
  return report
}

/** Waits until nothing more arrives, so one server's backlog never runs into another's window. */
export function drained(clients: LiveClients): Promise<void> {
  return until('the clients drain', async () => (await clients.window(100)).deliveries === 0)
}

/** Pendopo's commit count and total commit time so far, from its /metrics. */
async function commits(ours: OurServer): Promise<{ count: number; seconds: number }> {
  const res = await fetch(`${ours.url}/metrics`, { headers: { authorization: `Bearer ${ours.admin}` } })
  const text = await res.text()
  const value = (name: string) => Number(new RegExp(`^${name} (\\S+)$`, 'm').exec(text)?.[1] ?? Number.NaN)
  return { count: value('pendopo_commit_seconds_count'), seconds: value('pendopo_commit_seconds_sum') }
}

export interface OursWindow {
  readonly report: ClientsReport
  /** Mean time of one durable commit during the window (it is inside the latency: see `at`). */
  readonly commitMs: number
}

/** Pendopo's window: the ingest load (`pace …` or `flood …`) posts complaints while the walls listen. */
export async function oursWindow(stream: OursStream, command: string, windows: Windows): Promise<OursWindow> {
  stream.load.send(command)
  try {
    await until('events reach the clients', async () => (await stream.clients.window(50)).deliveries > 0)
    await sleep(windows.settleMs)
    const before = await commits(stream.ours)
    const report = await measure(stream.clients, { ...windows, settleMs: 0 })
    const after = await commits(stream.ours)
    return { report, commitMs: ((after.seconds - before.seconds) / (after.count - before.count)) * 1000 }
  } finally {
    stream.load.send('stop')
    const { failed } = await stream.load.next<{ failed: number }>()
    if (failed > 0) process.stderr.write(`fanout: ${failed} complaints were not accepted\n`)
    await drained(stream.clients)
  }
}

export interface Latency {
  readonly p50: number
  readonly p99: number
}

export const latencyOf = (r: ClientsReport): Latency => ({
  p50: histogramPercentile(r.histogram, 50),
  p99: histogramPercentile(r.histogram, 99),
})

export interface StreamLatency extends Latency {
  /** The median of the windows' mean commit times. */
  readonly commitMs: number
}

/**
 * Ingest → wall latency of several streams at `perSecond`, their windows alternated (one of each per
 * round, in the order given): the median of each stream's window percentiles, in the same order.
 */
export async function latencyBeside(
  streams: readonly OursStream[],
  perSecond: number,
  windows: Windows,
): Promise<StreamLatency[]> {
  const measured = streams.map(() => [] as OursWindow[])
  for (let round = 0; round < windows.rounds; round++)
    for (const [i, stream] of streams.entries())
      measured[i]?.push(await oursWindow(stream, `pace ${perSecond}`, windows))
  return measured.map((list) => ({
    p50: median(list.map((w) => latencyOf(w.report).p50)),
    p99: median(list.map((w) => latencyOf(w.report).p99)),
    commitMs: median(list.map((w) => w.commitMs)),
  }))
}

export interface StreamOptions {
  /** The process the load posts to. */
  readonly ours: OurServer
  /** Where the measured walls connect: the process itself, or others of its cluster. */
  readonly clientUrls?: readonly string[]
  readonly connections: number
  /** Client processes to spread the walls over (at least one per URL). */
  readonly processes?: number
}

/**
 * The ingest load for `ours` and its measured walls, each in processes of their own, resolved once every
 * wall has its snapshot. Stop it before the servers: a server stopping under its clients would count as
 * dropped connections.
 */
export async function startStream(options: StreamOptions): Promise<OursStream & { stop(): Promise<void> }> {
  const { ours } = options
  const load = spawnJsonLineChild(INGEST_LOAD, [ours.url, ours.admin])
  const [clients, ready] = await Promise.allSettled([
    spawnLiveClients({
      url: options.clientUrls ?? ours.url,
      token: ours.token,
      connections: options.connections,
      processes: options.processes ?? options.clientUrls?.length ?? 1,
      ready: 'snapshot',
    }),
    load.next(),
  ])
  if (clients.status === 'rejected' || ready.status === 'rejected') {
    if (clients.status === 'fulfilled') await clients.value.stop()
    await load.stop()
    throw clients.status === 'rejected' ? clients.reason : (ready as PromiseRejectedResult).reason
  }
  return {
    ours,
    load,
    clients: clients.value,
    stop: async () => {
      await clients.value.stop()
      await load.stop()
    },
  }
}
