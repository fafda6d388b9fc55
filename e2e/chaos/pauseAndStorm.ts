import { readFileSync } from 'node:fs'

import { sleep } from './chaosServer.js'
import type { ClientsStatus } from './faultyClients.js'
import { withStreamingWalls } from './walls.js'

const RATE = 20
const CATCH_UP_LIMIT_MS = 10_000

export interface StormRun {
  readonly title: string
  readonly clients: number
  readonly pauseMs: number
  readonly final: ClientsStatus
  readonly head: number
  /** From SIGCONT until every client is connected again and holds what the log held then. */
  readonly catchUpMs: number
  /** The server's resident memory before the pause, and its peak over the whole run. */
  readonly rssBeforeMb: number
  readonly rssPeakMb: number
  readonly alive: boolean
}

const PLANS = {
  full: { clients: 1_000, pauseMs: 10_000 },
  quick: { clients: 200, pauseMs: 3_000 },
}

/**
 * Chaos, fault 3: the server is paused (SIGSTOP) while every client's connection is cut, so that when it
 * goes on (SIGCONT) it meets every reconnection at once in its accept queue, the posts that waited, and
 * the events still to send: a reconnect storm. It must come through it with every client caught up from
 * the log, no gap, no duplicate, and its memory bounded (no client's backlog kept for it).
 */
export async function pauseAndStorm(options: { quick: boolean }): Promise<StormRun> {
  const plan = PLANS[options.quick ? 'quick' : 'full']
  return withStreamingWalls(
    { connections: plan.clients, perSecond: RATE, outageMs: 500 },
    async ({ chaos, walls, producer }) => {
      await sleep(3_000)
      const pid = chaos.server.child.pid ?? 0
      const rssBeforeMb = memoryMb(pid, 'VmRSS')

      chaos.server.child.kill('SIGSTOP')
      walls.cutAll()
      await sleep(plan.pauseMs)
      chaos.server.child.kill('SIGCONT')
      const resumed = performance.now()
      const headAtResume = await chaos.head()
      await walls.until((s) => s.connected === plan.clients && s.minSeq >= headAtResume, 60_000)
      const catchUpMs = performance.now() - resumed

      await sleep(3_000)
      await producer.stop()
      const head = await chaos.head()
      const final = await walls.until((s) => s.minSeq >= head, 10_000).catch(() => walls.status())
      return {
        title: `${plan.clients} clients cut at once while the server is paused ${plan.pauseMs / 1000} s (SIGSTOP), ${RATE} events/s: the reconnect storm at SIGCONT`,
        ...plan,
        final,
        head,
        catchUpMs,
        rssBeforeMb,
        rssPeakMb: memoryMb(pid, 'VmHWM'),
        alive: chaos.server.child.exitCode === null && chaos.server.child.signalCode === null,
      }
    },
  )
}

export function stormFigures(run: StormRun): string[] {
  const { final } = run
  return [
    `every client connected again and caught up ${(run.catchUpMs / 1000).toFixed(1)} s after SIGCONT; ${final.reconnects} reconnections`,
    `${final.missing} events missed, ${final.duplicates} duplicates, ${final.resnapshots} fresh snapshots instead of a replay; every client at the head (${run.head}): ${final.minSeq === run.head ? 'yes' : 'NO'}`,
    `server memory: ${run.rssBeforeMb.toFixed(0)} MB before the pause, peak ${run.rssPeakMb.toFixed(0)} MB; still running: ${run.alive ? 'yes' : 'NO'}`,
  ]
}

/** What a storm run broke, in words; none when every guarantee held. */
export function stormFailures(run: StormRun): string[] {
  const { final } = run
  return [
    !run.alive && 'the server died',
    final.reconnects < run.clients && `only ${final.reconnects} of ${run.clients} clients reconnected`,
    final.missing > 0 && `${final.missing} events were missed by ${final.clientsMissing} clients`,
    final.duplicates > 0 && `${final.duplicates} events were delivered twice`,
    final.resnapshots > 0 && `${final.resnapshots} resumes were answered with a snapshot, not the events`,
    final.minSeq !== run.head && `a client ended at seq ${final.minSeq}, the log at ${run.head}`,
    run.catchUpMs > CATCH_UP_LIMIT_MS && `catching up after SIGCONT took ${run.catchUpMs.toFixed(0)} ms`,
  ].filter((failure): failure is string => typeof failure === 'string')
}

/** A line of /proc/<pid>/status, in MB (the kernel gives kB). */
function memoryMb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith(`${field}:`))
  return Number(line?.match(/\d+/)?.[0] ?? Number.NaN) / 1024
}
