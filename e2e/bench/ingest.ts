import { type BenchRow, median } from './report.js'
import { issueToken, startBareExpress, startBenchServer } from './tools/benchServer.js'
import { complaintBodies } from './tools/complaintBodies.js'
import { type HttpLoadResult, runHttpLoad } from './tools/runHttpLoad.js'

const CONNECTIONS = 64
/** The floor a regency's busiest hour needs with room to spare, whatever the baseline does. */
const MIN_PER_SECOND = 3_000
const MIN_SHARE_OF_BARE = 0.5
const AIM_SHARE_OF_BARE = 0.8
const AIM_P99_OF_BARE = 1.5

export interface IngestMeasure {
  /** 201s per second: complaints acknowledged, each after its commit reached the disk. */
  readonly perSecond: number
  readonly p50: number
  readonly p99: number
  /** Requests not answered 201: any other status (a 200 is a repeat, answered unwritten), errors, timeouts. */
  readonly failures: number
  /** The status codes and errors, for a report. */
  readonly detail: string
}

/**
 * Durable ingest against a running server: `connections` channels posting distinct complaints back to back
 * for `seconds` with `token` (an integration's), from a load generator in its own process.
 */
export async function measureIngest(
  url: string,
  token: string,
  { seconds, connections }: { seconds: number; connections: number },
): Promise<IngestMeasure> {
  const bodies = await complaintBodies(url, token)
  return ingestLoad(url, { token, bodies, seconds, connections })
}

export interface IngestLoad {
  readonly token: string
  readonly bodies: readonly string[]
  readonly seconds: number
  readonly connections: number
}

/**
 * Durable ingest with bodies already made (complaintBodies.ts): against one server, or spread over the
 * processes of a cluster (connection i posts to URL i mod n).
 */
export async function ingestLoad(
  url: string | readonly string[],
  { token, bodies, seconds, connections }: IngestLoad,
): Promise<IngestMeasure> {
  const urls = typeof url === 'string' ? [url] : url
  const result = await runHttpLoad(
    urls.map((u) => `${u}/api/v1/complaints`),
    {
      connections,
      seconds,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      bodies,
    },
  )
  const created = result.statusCodes['201'] ?? 0
  const answered = Object.values(result.statusCodes).reduce((sum, n) => sum + n, 0)
  return {
    perSecond: created / result.seconds,
    p50: result.p50,
    p99: result.p99,
    failures: answered - created + result.errors,
    detail: describe(result),
  }
}

const describe = (r: HttpLoadResult) =>
  `${Object.entries(r.statusCodes)
    .map(([code, n]) => `${n}× ${code}`)
    .join(', ')}; ${r.errors} errors (${r.timeouts} timeouts)`

/**
 * Complaints acknowledged per second over HTTP, each only after a `synchronous=FULL` commit, by 64
 * connections posting distinct complaints with an integration token — beside a bare Express route that
 * parses the same JSON and answers 201. Bare and ours alternate (2 × 1.5 s quick, 3 × 10 s full) after a
 * warm-up of each; medians are reported.
 */
export async function benchIngest({ quick }: { quick: boolean }): Promise<BenchRow[]> {
  const seconds = quick ? 1.5 : 10
  const runs = quick ? 2 : 3
  const [oursStarted, bareStarted] = await Promise.allSettled([startBenchServer(), startBareExpress()])
  try {
    if (oursStarted.status === 'rejected') throw oursStarted.reason
    if (bareStarted.status === 'rejected') throw bareStarted.reason
    const ours = oursStarted.value
    const bare = bareStarted.value
    const token = await issueToken(ours.url, 'integration', 'bench ingest')
    const bodies = await complaintBodies(ours.url, token)
    const load = (url: string, s: number) =>
      ingestLoad(url, { token, bodies, seconds: s, connections: CONNECTIONS })

    // JIT and SQLite's page cache warm before anything counts; a failure there still fails the row.
    const warmUps = [await load(bare.url, quick ? 0.5 : 2), await load(ours.url, quick ? 0.5 : 2)]
    const bareRuns: IngestMeasure[] = []
    const ourRuns: IngestMeasure[] = []
    for (let run = 0; run < runs; run++) {
      bareRuns.push(await load(bare.url, seconds))
      ourRuns.push(await load(ours.url, seconds))
    }

    const bareRate = median(bareRuns.map((r) => r.perSecond))
    const ourRate = median(ourRuns.map((r) => r.perSecond))
    const bareP99 = median(bareRuns.map((r) => r.p99))
    const ourP99 = median(ourRuns.map((r) => r.p99))
    const failed = [...warmUps, ...bareRuns, ...ourRuns].filter((r) => r.failures > 0)
    const failureNote =
      failed.length > 0 ? `not all answered 201: ${failed.map((r) => r.detail).join(' | ')}` : undefined
    const rateOk = ourRate >= MIN_PER_SECOND && ourRate >= MIN_SHARE_OF_BARE * bareRate
    const aimNote = ourRate >= AIM_SHARE_OF_BARE * bareRate ? 'aim ≥ 0.8× met' : 'aim ≥ 0.8× not met'
    const runsNote = `${runs} × ${seconds} s each, alternated`
    return [
      {
        figure: `durable ingest (201 after a synchronous=FULL commit), ${CONNECTIONS} connections, SQLite`,
        baseline: 'bare Express route, same JSON',
        baselineValue: bareRate,
        ours: ourRate,
        unit: 'req/s',
        target: `≥ ${MIN_PER_SECOND.toLocaleString('en')}/s and ≥ ${MIN_SHARE_OF_BARE}× bare (aim ≥ ${AIM_SHARE_OF_BARE}×)`,
        pass: rateOk && failed.length === 0,
        note: failureNote ?? `${aimNote}; ${runsNote}`,
      },
      {
        figure: `durable ingest p99 latency, ${CONNECTIONS} connections`,
        baseline: 'bare Express route, same JSON',
        baselineValue: bareP99,
        ours: ourP99,
        unit: 'ms',
        target: `≤ ${AIM_P99_OF_BARE}× bare (aim)`,
        pass: ourP99 <= AIM_P99_OF_BARE * bareP99 && failed.length === 0,
        note:
          failureNote ??
          `p50 ${median(ourRuns.map((r) => r.p50))} ms vs bare ${median(bareRuns.map((r) => r.p50))} ms`,
      },
    ]
  } finally {
    await Promise.all([
      oursStarted.status === 'fulfilled' ? oursStarted.value.stop() : undefined,
      bareStarted.status === 'fulfilled' ? bareStarted.value.stop() : undefined,
    ])
  }
}
