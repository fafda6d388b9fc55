import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'

import type { ClientToServerEvents, ServerToClientEvents } from '@pendopo/shared'
import { io, type Socket } from 'socket.io-client'

import { type BenchRow, median } from './report.js'
import { type BenchServer, issueToken, startBenchServer } from './tools/benchServer.js'
import { complaintBodies } from './tools/complaintBodies.js'
import { runHttpLoad } from './tools/runHttpLoad.js'

/** How many missed events a client resumes by replay: the server's whole replay window. */
const EVENTS = 10_000
/**
 * A quick run replays fewer: the log is filled through the HTTP API, and 10,000 complaints take longer to
 * post than a whole quick benchmark may (ingest runs at about 1,500/s on two cores).
 */
const QUICK_EVENTS = 2_000
const MAX_RATIO = 2
const READ_EVENTS_AFTER = fileURLToPath(new URL('./tools/readEventsAfter.ts', import.meta.url))
/** A replay that has not arrived by then is broken, not slow. */
const TIMEOUT_MS = 60_000

/** The log's head as a reader sees it: the seq of a fresh snapshot. */
export async function headSeq(url: string, token: string): Promise<number> {
  const res = await fetch(`${url}/api/v1/snapshot`, { headers: { authorization: `Bearer ${token}` } })
  if (!res.ok) throw new Error(`GET /api/v1/snapshot: ${res.status} ${await res.text()}`)
  return ((await res.json()) as { seq: number }).seq
}

/**
 * One real socket.io client resuming after `afterSeq` with `token` (a reader's: a wall's, or a person's
 * token): the time from opening the connection to receiving the last missed event, as the web app connects
 * (WebSocket only). Checks that every seq up to the head arrived exactly once and in order. The server must
 * replay the whole gap (PENDOPO_REPLAY_LIMIT at least the gap): a snapshot instead is an error.
 */
export async function measureResume(
  url: string,
  token: string,
  afterSeq: number,
): Promise<{ ms: number; events: number }> {
  const head = await headSeq(url, token)
  if (head <= afterSeq) throw new Error(`nothing to resume: the head is ${head}, afterSeq ${afterSeq}`)
  const started = performance.now()
  const socket: Socket<ServerToClientEvents, ClientToServerEvents> = io(url, {
    path: '/socket.io',
    transports: ['websocket'],
    auth: { token, afterSeq },
    reconnection: false,
    forceNew: true,
  })
  try {
    return await new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`the replay to ${head} did not arrive in ${TIMEOUT_MS} ms`)),
        TIMEOUT_MS,
      )
      const fail = (error: Error) => {
        clearTimeout(timer)
        reject(error)
      }
      let next = afterSeq + 1
      socket.on('events', (batch) => {
        for (const event of batch) {
          if (event.seq !== next) return fail(new Error(`expected seq ${next}, got ${event.seq}`))
          next++
        }
        if (next > head) {
          clearTimeout(timer)
          resolve({ ms: performance.now() - started, events: next - afterSeq - 1 })
        }
      })
      socket.on('snapshot', () => fail(new Error('got a snapshot, not a replay: raise PENDOPO_REPLAY_LIMIT')))
      socket.on('protocol_error', (e) => fail(new Error(`protocol error: ${e.code} ${e.message}`)))
      socket.on('connect_error', fail)
    })
  } finally {
    socket.disconnect()
  }
}

/** The baseline: the same rows read and parsed from the SQLite file alone, in a process of its own. */
async function readFromStore(
  dbPath: string,
  { afterSeq, events }: { afterSeq: number; events: number },
): Promise<{ ms: number; events: number; lastSeq: number | null }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', READ_EVENTS_AFTER, dbPath, String(afterSeq), String(events)],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  )
  try {
    let stdout = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve))
    if (code !== 0) throw new Error(`readEventsAfter exited ${String(code)}`)
    return JSON.parse(stdout) as { ms: number; events: number; lastSeq: number | null }
  } finally {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
  }
}

/** `events` complaints posted through the API as a channel would; each is one event in the log. */
export async function fill(server: BenchServer, events: number): Promise<void> {
  const token = await issueToken(server.url, 'integration', 'bench resume fill')
  const result = await runHttpLoad(`${server.url}/api/v1/complaints`, {
    connections: 64,
    amount: events,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    bodies: await complaintBodies(server.url, token),
  })
  const created = result.statusCodes['201'] ?? 0
  if (created !== events || result.errors > 0)
    throw new Error(`filling the log: ${created} of ${events} complaints created, ${result.errors} errors`)
}

/**
 * A wall that missed 10,000 events resumes by replay: connect → last replayed event at one socket.io
 * client, beside reading and parsing the same 10,000 rows from the SQLite file alone (2,000 in a quick run,
 * which says so). Alternated (2 runs quick, 3 full) after one unmeasured replay; medians are reported.
 */
export async function benchResume({ quick }: { quick: boolean }): Promise<BenchRow[]> {
  const runs = quick ? 2 : 3
  const events = quick ? QUICK_EVENTS : EVENTS
  const server = await startBenchServer({ PENDOPO_REPLAY_LIMIT: String(EVENTS) })
  try {
    await fill(server, events)
    const wallToken = await issueToken(server.url, 'wall', 'bench resume wall')
    const head = await headSeq(server.url, wallToken)
    const afterSeq = head - events
    await measureResume(server.url, wallToken, afterSeq)

    const store: Array<{ ms: number; events: number; lastSeq: number | null }> = []
    const replay: Array<{ ms: number; events: number }> = []
    for (let run = 0; run < runs; run++) {
      store.push(await readFromStore(server.dbPath, { afterSeq, events }))
      replay.push(await measureResume(server.url, wallToken, afterSeq))
    }
    const complete =
      store.every((s) => s.events === events && s.lastSeq === head) &&
      replay.every((r) => r.events === events)
    const baseline = median(store.map((s) => s.ms))
    const ours = median(replay.map((r) => r.ms))
    return [
      {
        figure: `resume: ${events.toLocaleString('en')} missed events replayed to one socket.io client, connect → last event${quick ? ` (quick run: ${EVENTS.toLocaleString('en')} do not fit in it)` : ''}`,
        baseline: 'the store alone: read + parse the same rows (own process, warm)',
        baselineValue: baseline,
        ours,
        unit: 'ms',
        target: `≤ ${MAX_RATIO}× store alone`,
        pass: complete && ours <= MAX_RATIO * baseline,
        note: complete ? `${runs} runs each, alternated` : 'not every event arrived',
      },
    ]
  } finally {
    await server.stop()
  }
}
