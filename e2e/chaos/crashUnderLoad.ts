import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

import { Random } from '@pendopo/server/src/sim/random.js'

import { aComplaint, postComplaint } from '../support/api.js'
import { type ServerProcess, startServerProcess } from '../support/serverProcess.js'

import { sleep } from './chaosServer.js'
import { inspectLog, type LogVerdict } from './inspectLog.js'

const TOKEN = 'chaos-ingest-token-0123456789'
const DAY_MS = 86_400_000
const CLOCK_AHEAD = fileURLToPath(new URL('./clockAhead.mjs', import.meta.url))

export interface CrashRun {
  readonly kills: number
  readonly clients: number
  /** Complaints answered 201 or 200 before their server died (each counted once). */
  readonly acknowledged: number
  /** Requests in the air at a kill: their answer never came (they may or may not be recorded). */
  readonly unanswered: number
  /** Acknowledged complaints sent again to the last server that did not answer 200 with the same id. */
  readonly notRecognised: number
  readonly log: LogVerdict
  readonly seconds: number
}

interface Acknowledged {
  readonly body: ReturnType<typeof aComplaint>
  /** Unknown when the server died between its 201's status line and its body. */
  readonly id: string | undefined
}

/**
 * Chaos, fault 1: clients ingest as fast as they can while the server is SIGKILLed at random moments,
 * `kills` times, each restart with its clock days further ahead (so SLA timers from earlier days fall due
 * and fire while the next kill comes). Then a last start, a clean stop, and the file is checked: every
 * acknowledged complaint once, the projections equal to a rebuild from the log, each timer fired once.
 */
export async function crashUnderLoad(options: {
  kills: number
  clients?: number
  /** How far each restart's clock jumps: two days make a 3-working-day deadline fall due every few kills. */
  daysPerRestart?: number
  seed?: string
}): Promise<CrashRun> {
  const started = performance.now()
  const clients = options.clients ?? 16
  const daysPerRestart = options.daysPerRestart ?? 2
  const random = new Random(options.seed ?? 'chaos/crash')
  const dir = mkdtempSync(join(tmpdir(), 'pendopo-chaos-crash-'))
  const dbPath = join(dir, 'pendopo.db')
  const start = (restart: number) =>
    startServerProcess({
      PENDOPO_DB: dbPath,
      PENDOPO_API_TOKEN: TOKEN,
      PENDOPO_MODE: 'production',
      PENDOPO_SIM: 'off',
      PENDOPO_INGEST_PER_MINUTE: String(2 ** 31), // the load is the point: no budget
      PENDOPO_CHAOS_CLOCK_AHEAD_MS: String(restart * daysPerRestart * DAY_MS),
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import=${CLOCK_AHEAD}`.trim(),
    })
  try {
    const acknowledged = new Map<string, Acknowledged>()
    let unanswered = 0
    for (let restart = 0; restart < options.kills; restart++) {
      const server = await start(restart)
      // A moment anywhere from just after listening (the scheduler catching up) to well into the load.
      const killAfterMs = random.uniform(50, 1_550)
      const load = ingestUntilDead(server, clients, acknowledged)
      await sleep(killAfterMs)
      server.child.kill('SIGKILL')
      if ((await server.exited) !== 'SIGKILL')
        throw new Error(`server ${restart} was not killed: ${server.stderr()}`)
      unanswered += await load
    }

    const last = await start(options.kills)
    let notRecognised = 0
    try {
      for (const { body, id } of acknowledged.values()) {
        const again = await postComplaint(last.url, TOKEN, body)
        const answer = (await again.json()) as { id?: string }
        if (again.status !== 200 || (id !== undefined && answer.id !== id)) notRecognised++
      }
    } finally {
      last.child.kill('SIGTERM')
      await last.exited
    }

    return {
      kills: options.kills,
      clients,
      acknowledged: acknowledged.size,
      unanswered,
      notRecognised,
      log: await inspectLog(dbPath, {
        acknowledged: [...acknowledged.values()].map(
          ({ body: { source } }) => `${source.channel}|${source.externalId}`,
        ),
        clockAheadMs: options.kills * daysPerRestart * DAY_MS,
      }),
      seconds: (performance.now() - started) / 1000,
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/**
 * `clients` loops posting fresh complaints until the server stops answering; records each acknowledged
 * one and resolves with how many requests were left without an answer.
 */
async function ingestUntilDead(
  server: ServerProcess,
  clients: number,
  acknowledged: Map<string, Acknowledged>,
): Promise<number> {
  let dead = false
  void server.exited.then(() => (dead = true))
  let unanswered = 0
  // A request that fails is the kill's doing only if the server is gone within a second of it.
  const died = () => Promise.race([server.exited.then(() => true), sleep(1_000).then(() => false)])
  const client = async () => {
    while (!dead) {
      const body = aComplaint()
      let status = 0
      try {
        const res = await postComplaint(server.url, TOKEN, body)
        status = res.status
        if (status !== 201 && status !== 200) throw new Error(`${status}: ${await res.text()}`)
        const { id } = (await res.json()) as { id: string }
        acknowledged.set(body.source.externalId, { body, id })
      } catch (error) {
        if (!(await died())) throw error
        // Answered 201 or 200, cut before the body: acknowledged all the same.
        if (status === 201 || status === 200)
          acknowledged.set(body.source.externalId, { body, id: undefined })
        else unanswered++
      }
    }
  }
  await Promise.all(Array.from({ length: clients }, client))
  return unanswered
}

/** What a crash run broke, in words; none when every guarantee held. */
export function crashFailures(run: CrashRun): string[] {
  const { log } = run
  return [
    run.acknowledged === 0 && 'no complaint was acknowledged: there was no load',
    run.notRecognised > 0 &&
      `${run.notRecognised} acknowledged complaints were not recognised when sent again`,
    log.missingAcknowledged > 0 && `${log.missingAcknowledged} acknowledged complaints are not in the log`,
    log.duplicateComplaints > 0 && `${log.duplicateComplaints} complaints were recorded twice`,
    !log.gapFree && 'the log has a gap in its seqs',
    log.timersFired === 0 && 'no SLA timer fired: the run did not test them',
    log.timersFiredTwice > 0 && `${log.timersFiredTwice} SLA timers fired twice`,
    log.timersLeftDue > 0 && `${log.timersLeftDue} SLA timers were due and never fired`,
    !log.projectionsMatchRebuild && 'the projections differ from a rebuild from the log',
  ].filter((failure): failure is string => typeof failure === 'string')
}
