/**
 * `npm run bench [-- --quick] [-- --only <name>]`: every benchmark, each figure beside its baseline measured
 * in the same run, written to docs/benchmarks.md with the machine it ran on.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

import { type BenchRow, machine, table } from './report.js'
import { benchWallRender } from './wallRender.js'
import { benchWallSoak } from './wallSoak.js'

const BENCHES: Record<string, (options: { quick: boolean }) => Promise<BenchRow[]>> = {
  'wall-render': benchWallRender,
  'wall-soak': benchWallSoak,
}

const args = process.argv.slice(2)
const quick = args.includes('--quick')
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined
const root = fileURLToPath(new URL('../..', import.meta.url))
const require = createRequire(import.meta.url)

// Measure what is built from this checkout, never a stale build.
execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-b'], { cwd: root, stdio: 'inherit' })
execFileSync(
  process.execPath,
  [join(dirname(require.resolve('vite/package.json')), 'bin/vite.js'), 'build', '--logLevel', 'warn'],
  {
    cwd: `${root}/web`,
    stdio: 'inherit',
  },
)

const rows: BenchRow[] = []
const started = new Date()
for (const [name, bench] of Object.entries(BENCHES)) {
  if (only && name !== only) continue
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
if (!only) {
  mkdirSync(`${root}/docs`, { recursive: true })
  writeFileSync(`${root}/docs/benchmarks.md`, report)
}
process.exit(rows.every((r) => r.pass) ? 0 : 1)
