/**
 * `npm run bench [-- --quick] [-- --only <name>] [-- --profile <dir>]`: every benchmark, each figure beside its baseline measured
 * in the same run, written to docs/benchmarks.md with the machine it ran on.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

import buildOnce from '../support/buildOnce.js'

import { type BenchRow, machine, table } from './report.js'

type Bench = (options: { quick: boolean }) => Promise<BenchRow[]>

/**
 * Every benchmark by name, in the order they run: the module and its export, loaded only when it runs (so
 * `--only` touches nothing else). Each runs alone: they measure the same two cores.
 */
const BENCHES: Record<string, { module: string; export: string; fullOnly?: boolean }> = {
  ingest: { module: './ingest.js', export: 'benchIngest' },
  fanout: { module: './fanout.js', export: 'benchFanout' },
  'connection-memory': { module: './connectionMemory.js', export: 'benchConnectionMemory' },
  resume: { module: './resume.js', export: 'benchResume' },
  snapshot: { module: './snapshot.js', export: 'benchSnapshot' },
  startup: { module: './startup.js', export: 'benchStartup' },
  growth: { module: './growth.js', export: 'benchGrowth' },
  'wall-render': { module: './wallRender.js', export: 'benchWallRender' },
  'wall-commits': { module: './wallCommits.js', export: 'benchWallCommits' },
  'wall-bundle': { module: './wallBundle.js', export: 'benchWallBundle' },
  // Issue 7's topology B: PostgreSQL (and Redis) on this same machine, beside SQLite in the same run.
  postgres: { module: './postgres.js', export: 'benchPostgres' },
  cluster: { module: './cluster.js', export: 'benchCluster' },
  // Half an hour by definition: a quick run cannot shrink it and still mean anything.
  'wall-soak': { module: './wallSoak.js', export: 'benchWallSoak', fullOnly: true },
}

async function load(name: string): Promise<Bench> {
  const entry = BENCHES[name]
  if (!entry) throw new Error(`no benchmark "${name}": ${Object.keys(BENCHES).join(', ')}`)
  const module = (await import(entry.module)) as Record<string, Bench | undefined>
  const bench = module[entry.export]
  if (!bench) throw new Error(`${entry.module} does not export ${entry.export}`)
  return bench
}

const args = process.argv.slice(2)
const quick = args.includes('--quick')
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined
const root = fileURLToPath(new URL('../..', import.meta.url))
if (args.includes('--profile')) {
  // Read by e2e/support/serverProcess.ts: each server started writes a .cpuprofile there when it stops.
  const dir = args[args.indexOf('--profile') + 1] ?? `${root}/e2e/bench/.profiles`
  mkdirSync(dir, { recursive: true })
  process.env.PENDOPO_SERVER_CPU_PROF = dir
}

// Measure what is built from this checkout, never a stale build.
buildOnce()

const rows: BenchRow[] = []
const started = new Date()
for (const name of only ? [only] : Object.keys(BENCHES)) {
  if (quick && !only && BENCHES[name]?.fullOnly) {
    process.stdout.write(`\n▷ ${name}: full runs only\n`)
    continue
  }
  const bench = await load(name)
  process.stdout.write(`\n▶ ${name}${quick ? ' (quick)' : ''}\n`)
  const result = await bench({ quick })
  rows.push(...result)
  process.stdout.write(`${table(result)}\n`)
}

const report = [
  '# Benchmarks',
  '',
  `Latest ${quick ? 'quick' : 'full'} run of \`npm run bench${quick ? ' -- --quick' : ''}\`, ${started.toISOString()}, on ${machine()}.`,
  'Each figure stands beside its baseline measured in the same run; the ratio is ours / baseline.',
  '',
  table(rows),
  '',
].join('\n')
process.stdout.write(`\n${table(rows)}\n`)
// docs/benchmarks.md keeps the latest full run: a quick or partial one only prints.
if (!only && !quick) {
  mkdirSync(`${root}/docs`, { recursive: true })
  writeFileSync(`${root}/docs/benchmarks.md`, report)
}
process.exit(rows.every((r) => r.pass) ? 0 : 1)
