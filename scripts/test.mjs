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

const out = mkdtempSync(join(tmpdir(), 'pendopo-vitest-'))
const report = join(out, 'report.json')
const testsPassed = run(
  'tests (vitest run)',
  ...npx('vitest/vitest.mjs', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`),
)

let passed = 0
let failed = staticFailures
let skipped = 0
try {
  const json = JSON.parse(readFileSync(report, 'utf8'))
  passed = json.numPassedTests
  failed += json.numFailedTests + (json.numFailedTestSuites ?? 0)
  skipped = json.numPendingTests + json.numTodoTests
} catch {
  failed += 1 // vitest did not even report
}
rmSync(out, { recursive: true, force: true })
if (!testsPassed && failed === staticFailures) failed += 1

console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`)
process.exit(failed === 0 && testsPassed ? 0 : 1)
