import { randomBytes } from 'node:crypto'
import { fileURLToPath } from 'node:url'

import { spawnJsonLineChild } from '../bench/clients/childProcess.js'

import { sleep } from './chaosServer.js'
import type { ClientsStatus } from './faultyClients.js'
import { openWalls, type Walls, withStreamingWalls } from './walls.js'

const BARE_RECOVERY = fileURLToPath(new URL('./bareRecovery.ts', import.meta.url))
/** Events a second, as the fan-out target streams them. */
const RATE = 20
/** How long every client may take to hold what the server held when it came back. */
const CATCH_UP_LIMIT_MS = 10_000

export interface NetworkRun {
  readonly title: string
  readonly figures: readonly string[]
  readonly ours: Side & { readonly head: number }
  readonly baseline: Side | undefined
}

interface Side {
  /** The clients just before the kill, and at the end. */
  readonly beforeKill: ClientsStatus
  readonly final: ClientsStatus
  readonly catchUpMs: number
}

interface Plan {
  readonly clients: number
  readonly cutEveryMs: number
  readonly outageMs: number
  /** Streaming with cuts before the kill, and after the restart. */
  readonly beforeKillMs: number
  readonly afterRestartMs: number
  /** How long the server stays dead. */
  readonly downMs: number
}

const PLANS: Record<'full' | 'quick', Plan> = {
  full: {
    clients: 1_000,
    cutEveryMs: 15_000,
    outageMs: 2_000,
    beforeKillMs: 45_000,
    afterRestartMs: 30_000,
    downMs: 2_000,
  },
  quick: {
    clients: 200,
    cutEveryMs: 4_000,
    outageMs: 1_000,
    beforeKillMs: 8_000,
    afterRestartMs: 8_000,
    downMs: 1_000,
  },
}

/**
 * Chaos, fault 2: clients whose connections are cut every ~15 s for ~2 s, across a server SIGKILL and
 * restart, while events stream at 20 a second — first against Pendopo (resume from the log by seq), then
 * the same clients and cuts against a bare Socket.IO server with its own connection-state recovery.
 */
export async function networkFaults(options: {
  quick: boolean
  /** Run the Socket.IO baseline too (the comparison, not a guarantee: `npm run chaos` runs it). */
  baseline?: boolean
}): Promise<NetworkRun> {
  const plan = PLANS[options.quick ? 'quick' : 'full']
  const ours = await againstPendopo(plan)
  const baseline = options.baseline === false ? undefined : await againstSocketIoRecovery(plan)
  const describe = ({ beforeKill: before, final }: Side) =>
    `${final.missing} events missed by ${final.clientsMissing} clients (${before.missing} by ${before.clientsMissing} before the kill), ${final.duplicates} duplicates, ${final.resnapshots} fresh snapshots instead of a replay`
  return {
    title: `${plan.clients} clients cut every ~${plan.cutEveryMs / 1000} s for ~${plan.outageMs / 1000} s, ${RATE} events/s, across a SIGKILL and restart`,
    figures: [
      `Pendopo (resume from the log): ${describe(ours)}; ${ours.final.cuts} cuts, ${ours.final.reconnects} reconnections; every client at the head (${ours.head}): ${ours.final.minSeq === ours.head ? 'yes' : 'NO'}; all caught up ${(ours.catchUpMs / 1000).toFixed(1)} s after the restart`,
      ...(baseline
        ? [
            `Socket.IO connection-state recovery, same clients and cuts: ${describe(baseline)}; ${baseline.final.cuts} cuts, ${baseline.final.reconnects} reconnections; all streaming again ${(baseline.catchUpMs / 1000).toFixed(1)} s after the restart`,
          ]
        : []),
    ],
    ours,
    baseline,
  }
}

/** What a network-fault run broke, in words; none when every guarantee held. */
export function networkFaultFailures(run: NetworkRun): string[] {
  const { final, head, catchUpMs } = run.ours
  return [
    final.cuts === 0 && 'no connection was cut: the run did not test recovery',
    final.missing > 0 && `${final.missing} events were missed by ${final.clientsMissing} clients`,
    final.duplicates > 0 && `${final.duplicates} events were delivered twice`,
    final.resnapshots > 0 &&
      `${final.resnapshots} resumes within the replay window were answered with a snapshot, not the events`,
    final.minSeq !== head && `a client ended at seq ${final.minSeq}, the log at ${head}`,
    catchUpMs > CATCH_UP_LIMIT_MS && `catching up after the restart took ${catchUpMs} ms`,
  ].filter((failure): failure is string => typeof failure === 'string')
}

function againstPendopo(plan: Plan) {
  const { clients: connections, cutEveryMs, outageMs } = plan
  return withStreamingWalls(
    { connections, perSecond: RATE, cutEveryMs, outageMs },
    async ({ chaos, walls, producer }) => {
      await sleep(plan.beforeKillMs)
      const beforeKill = await walls.status()

      await chaos.restart(plan.downMs)
      const restarted = performance.now()
      const headAtRestart = await chaos.head()
      await walls.until((s) => s.minSeq >= headAtRestart, 30_000)
      const catchUpMs = performance.now() - restarted

      await sleep(plan.afterRestartMs)
      await producer.stop()
      const head = await chaos.head()
      // Cuts go on: a client cut just now holds the head once it is back.
      const final = await walls
        .until((s) => s.minSeq >= head, plan.outageMs * 3 + 10_000)
        .catch(() => walls.status())
      return { beforeKill, final, head, catchUpMs }
    },
  )
}

async function againstSocketIoRecovery(plan: Plan) {
  const token = randomBytes(16).toString('hex')
  const args = ['--token', token, '--rate', String(RATE), '--epoch', String(Date.now())]
  let server = spawnJsonLineChild(BARE_RECOVERY, args, { env: { PORT: '0' } })
  const { port } = await server.next<{ port: number }>(30_000)
  let walls: Walls | undefined
  try {
    walls = await openWalls(`http://127.0.0.1:${port}`, {
      connections: plan.clients,
      token,
      protocol: 'socketio',
      cutEveryMs: plan.cutEveryMs,
      outageMs: plan.outageMs,
    })
    await sleep(plan.beforeKillMs)
    const beforeKill = await walls.status()
    server.child.kill('SIGKILL')
    await sleep(plan.downMs)
    server = spawnJsonLineChild(BARE_RECOVERY, args, { env: { PORT: String(port) } })
    await server.next(30_000)
    const restarted = performance.now()
    const before = await walls.status()
    // Streaming again: every client has moved past where the fastest one stood at the restart.
    await walls.until((s) => s.minSeq > before.maxSeq, 30_000)
    const catchUpMs = performance.now() - restarted
    await sleep(plan.afterRestartMs)
    return { beforeKill, final: await walls.status(), catchUpMs }
  } finally {
    await walls?.stop()
    await server.stop()
  }
}
