import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { startServerProcess } from '../support/serverProcess.js'
import { ADMIN } from '../support/wallServer.js'

import { bulkStore } from './bulkStore.js'
import { measureIngest } from './ingest.js'
import { type BenchRow, median } from './report.js'
import { measureResume } from './resume.js'
import { measureSnapshot } from './snapshot.js'
import { UNLIMITED_INGEST } from './tools/benchServer.js'

/** What a resume replays at every size: the same gap, so only the store's size changes. */
const GAP = 10_000

interface AtSize {
  readonly complaints: number
  readonly snapshotServerMs: number
  readonly snapshotKb: number
  readonly resumeMs: number
  readonly ingestPerSecond: number
  readonly ingestP99: number
}

async function issueToken(url: string, role: 'wall' | 'integration'): Promise<string> {
  const res = await fetch(`${url}/api/v1/tokens`, {
    method: 'POST',
    headers: { authorization: `Bearer ${ADMIN}`, 'content-type': 'application/json' },
    body: JSON.stringify({ role, name: `growth ${role}` }),
  })
  if (res.status !== 201) throw new Error(`issuing a ${role} token: ${res.status} ${await res.text()}`)
  return ((await res.json()) as { token: string }).token
}

/** Snapshot, resume and ingest against a server on a bulk-made store of `complaints` complaints. */
async function measureAt(complaints: number, quick: boolean): Promise<AtSize> {
  const dir = mkdtempSync(join(tmpdir(), 'pendopo-growth-'))
  try {
    const store = await bulkStore({ complaints, dir })
    const server = await startServerProcess(
      {
        PENDOPO_DB: store.dbPath,
        PENDOPO_API_TOKEN: ADMIN,
        PENDOPO_SIM: 'off',
        PENDOPO_REPLAY_LIMIT: String(2 * GAP),
        ...UNLIMITED_INGEST,
      },
      120_000,
    )
    try {
      const runs = quick ? 3 : 7
      // Warm: a dashboard reloading finds the store's pages in memory.
      await measureSnapshot(server.url, ADMIN)
      const snapshots = []
      for (let i = 0; i < runs; i++) snapshots.push(await measureSnapshot(server.url, ADMIN))
      const wall = await issueToken(server.url, 'wall')
      const resumes = []
      for (let i = 0; i < (quick ? 1 : 3); i++)
        resumes.push(await measureResume(server.url, wall, store.events - GAP))
      // Last: ingest adds to the log the other two read.
      const ingest = await measureIngest(server.url, await issueToken(server.url, 'integration'), {
        seconds: quick ? 1.5 : 8,
        connections: 64,
      })
      if (ingest.failures > 0) throw new Error(`ingest at ${complaints}: ${ingest.detail}`)
      return {
        complaints,
        snapshotServerMs: median(snapshots.map((s) => s.serverMs ?? Number.NaN)),
        snapshotKb: median(snapshots.map((s) => s.bytes)) / 1024,
        resumeMs: median(resumes.map((r) => r.ms)),
        ingestPerSecond: ingest.perSecond,
        ingestP99: ingest.p99,
      }
    } finally {
      server.child.kill('SIGTERM')
      await server.exited
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/**
 * How each cost grows with the store: ingest, snapshot and resume at 10k, 100k and 1M complaints, each
 * beside its own figure at 10k. A quick run measures 10k and 100k only (the 1M store takes minutes to make).
 */
export async function benchGrowth({ quick }: { quick: boolean }): Promise<BenchRow[]> {
  const sizes = quick ? [10_000, 100_000] : [10_000, 100_000, 1_000_000]
  const measured: AtSize[] = []
  for (const complaints of sizes) measured.push(await measureAt(complaints, quick))
  const [small] = measured
  if (!small) return []
  const metrics: Array<{ name: string; unit: string; value: (m: AtSize) => number }> = [
    { name: 'ingest throughput', unit: '/s', value: (m) => m.ingestPerSecond },
    { name: 'ingest p99', unit: 'ms', value: (m) => m.ingestP99 },
    { name: 'snapshot server time', unit: 'ms', value: (m) => m.snapshotServerMs },
    { name: 'snapshot size (compressed)', unit: 'KB', value: (m) => m.snapshotKb },
    { name: `resume of ${GAP.toLocaleString('en')} events`, unit: 'ms', value: (m) => m.resumeMs },
  ]
  return measured.slice(1).flatMap((m) =>
    metrics.map((metric) => ({
      figure: `growth: ${metric.name} at ${m.complaints.toLocaleString('en')} complaints`,
      baseline: `at ${small.complaints.toLocaleString('en')}`,
      baselineValue: metric.value(small),
      ours: metric.value(m),
      unit: metric.unit,
      target: 'reported',
      pass: Number.isFinite(metric.value(m)),
    })),
  )
}
