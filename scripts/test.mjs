#!/usr/bin/env node
// `npm test`: format, types, lint, then every vitest project (unit, integration, end-to-end). It ends with
// one line, `N passed, N failed[, N skipped]`, which CI reads; a failing static check counts as one failure.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const run = (label, command, args) => {
  process.stdout.write(`\n── ${label}\n`)
  const { status } = spawnSync(command, args, { stdio: 'inherit', shell: false })
  return status === 0
}
const npx = (bin, ...args) => [process.execPath, [join('node_modules', bin), ...args]]

const checks = [
  ['format (prettier --check)', ...npx('prettier/bin/prettier.cjs', '--check', '--log-level', 'warn', '.')],
  ['types (tsc -b)', ...npx('typescript/bin/tsc', '-b')],
  ['lint (eslint)', ...npx('eslint/bin/eslint.js', '--max-warnings=0', '.')],
]
let staticFailures = 0
for (const [label, command, args] of checks) if (!run(label, command, args)) staticFailures++
if (!audit()) staticFailures++

/**
 * The dependencies the server ships with, against npm's advisories: a high or critical finding fails.
 * A registry that has no audit endpoint (a mirror, a proxy that refuses POST) is said, not counted.
 */
function audit() {
  process.stdout.write('\n── dependency audit (npm audit --omit=dev)\n')
  const npm = process.env.npm_execpath ? [process.execPath, process.env.npm_execpath] : ['npm']
  const { stdout } = spawnSync(npm[0], [...npm.slice(1), 'audit', '--omit=dev', '--json'], {
    encoding: 'utf8',
  })
  let report
  try {
    report = JSON.parse(stdout)
  } catch {
    report = { error: { summary: 'npm audit printed no report' } }
  }
  if (report.error || !report.metadata) {
    process.stdout.write(`not available here: ${report.error?.summary || report.message || 'no report'}\n`)
    return true
  }
  const { high = 0, critical = 0, total = 0 } = report.metadata.vulnerabilities
  process.stdout.write(`${total} advisories, ${high} high, ${critical} critical\n`)
  for (const [name, v] of Object.entries(report.vulnerabilities ?? {}))
    if (v.severity === 'high' || v.severity === 'critical') process.stdout.write(`  ${v.severity}: ${name}\n`)
  return high + critical === 0
}

const out = mkdtempSync(join(tmpdir(), 'pendopo-vitest-'))
let passed = 0
let failed = staticFailures
let skipped = 0
let allRan = true
// Unit and integration tests first; then the end-to-end ones (real servers, real Chromium) on their own, so
// their timings never share the machine with anything else.
for (const [label, projects] of [
  ['tests (vitest: shared, server on SQLite and on PostgreSQL, web)', ['shared', 'server*', 'web']],
  ['end-to-end tests (vitest: e2e, real server and Chromium)', ['e2e']],
]) {
  const report = join(out, `${projects.join('-')}.json`)
  const ok = run(
    label,
    ...npx(
      'vitest/vitest.mjs',
      'run',
      ...projects.flatMap((p) => ['--project', p]),
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${report}`,
    ),
  )
  try {
    const json = JSON.parse(readFileSync(report, 'utf8'))
    // A failing test counts once; a file that failed with no failing test (it did not load, a hook threw)
    // counts once too. Vitest's numFailedTestSuites also counts each describe around a failing test.
    const brokenFiles = json.testResults.filter(
      (file) => file.status === 'failed' && !file.assertionResults.some((t) => t.status === 'failed'),
    ).length
    passed += json.numPassedTests
    failed += json.numFailedTests + brokenFiles
    skipped += json.numPendingTests + json.numTodoTests
    if (!ok && json.numFailedTests + brokenFiles === 0) failed += 1
  } catch {
    failed += 1 // vitest did not even report
  }
  allRan &&= ok
}
rmSync(out, { recursive: true, force: true })

console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`)
process.exit(failed === 0 && allRan ? 0 : 1)
