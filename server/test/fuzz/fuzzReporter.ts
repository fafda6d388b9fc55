import type { Reporter, TestModule } from 'vitest/node'

import type { Tally } from './fuzzApp.js'

/**
 * `npm run fuzz`'s last line: every hostile input the properties sent, across all test files (each runs in
 * its own worker, so the tallies travel in each test's meta).
 */
export default class FuzzReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    const total: Tally = { inputs: 0, accepted: 0, crashed: 0 }
    const known: Tally = { inputs: 0, accepted: 0, crashed: 0 }
    for (const module of modules)
      for (const test of module.children.allTests()) {
        const tally = test.meta().fuzz
        if (!tally) continue
        const into = tally.knownBug ? known : total
        into.inputs += tally.inputs
        into.accepted += tally.accepted
        into.crashed += tally.crashed
      }
    const n = (x: number) => x.toLocaleString('en-US')
    const line = (t: Tally) =>
      `${n(t.inputs)} hostile inputs, ${n(t.accepted)} accepted, ${n(t.crashed)} crashed`
    const apart = known.inputs ? `\n  and in properties marked with a known bug: ${line(known)}` : ''
    process.stdout.write(`\nfuzz: ${line(total)}${apart}\n`)
  }
}
