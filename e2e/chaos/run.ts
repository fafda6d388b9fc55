/**
 * `npm run chaos [-- --quick]`: the faults of docs/reliability.md, each run against the real built server
 * and checked afterwards; a full run writes its results to docs/chaos.md with the machine it ran on.
 * `npm test` runs short forms of the same runs (e2e/specs/durability.spec.ts, network-faults.spec.ts).
 * Bounded: about six minutes on two cores, a minute and a half with `--quick`.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

import { machine } from '../bench/report.js'
import buildOnce from '../support/buildOnce.js'

import { crashFailures, crashUnderLoad } from './crashUnderLoad.js'
import { networkFaultFailures, networkFaults } from './networkFaults.js'
import { pauseAndStorm, stormFailures, stormFigures } from './pauseAndStorm.js'

interface Outcome {
  readonly fault: string
  readonly figures: readonly string[]
  readonly failures: readonly string[]
}

const quick = process.argv.includes('--quick')
const root = fileURLToPath(new URL('../..', import.meta.url))
buildOnce()

const outcomes: Outcome[] = []
const report = (outcome: Outcome) => {
  outcomes.push(outcome)
  process.stdout.write(`\n${section(outcome)}\n`)
}
const started = new Date()

const crash = await crashUnderLoad({ kills: quick ? 5 : 20 })
report({
  fault: `SIGKILL under load, ${crash.kills} times (${crash.clients} clients ingesting)`,
  figures: [
    `${crash.acknowledged} complaints acknowledged, ${crash.unanswered} requests cut by a kill without an answer`,
    `every acknowledged one sent again to the last server: ${crash.acknowledged - crash.notRecognised} recognised (200, same id)`,
    `log: ${crash.log.events} events, gap-free: ${crash.log.gapFree ? 'yes' : 'NO'}; ${crash.log.complaints} complaints, ${crash.log.duplicateComplaints} recorded twice, ${crash.log.missingAcknowledged} acknowledged but missing`,
    `SLA timers fired: ${crash.log.timersFired}, twice: ${crash.log.timersFiredTwice}, left due: ${crash.log.timersLeftDue}`,
    `projections equal a rebuild from the log: ${crash.log.projectionsMatchRebuild ? 'yes' : 'NO'}`,
    `${crash.seconds.toFixed(0)} s`,
  ],
  failures: crashFailures(crash),
})

const network = await networkFaults({ quick })
report({
  fault: network.title,
  figures: network.figures,
  failures: networkFaultFailures(network),
})

const storm = await pauseAndStorm({ quick })
report({ fault: storm.title, figures: stormFigures(storm), failures: stormFailures(storm) })

function section({ fault, figures, failures }: Outcome): string {
  return [
    `### ${fault}: ${failures.length === 0 ? 'held' : '**BROKEN**'}`,
    '',
    ...figures.map((f) => `- ${f}`),
    ...failures.map((f) => `- **broken**: ${f}`),
  ].join('\n')
}

if (!quick) {
  mkdirSync(`${root}/docs`, { recursive: true })
  writeFileSync(
    `${root}/docs/chaos.md`,
    [
      '# Chaos runs',
      '',
      `Latest full run of \`npm run chaos\`, ${started.toISOString()}, on ${machine()}. What each fault is and`,
      'why these checks prove the guarantee: docs/reliability.md.',
      '',
      ...outcomes.map(section).flatMap((s) => [s, '']),
    ].join('\n'),
  )
}
const broken = outcomes.filter((o) => o.failures.length > 0).length
process.stdout.write(`\n${outcomes.length - broken} faults held, ${broken} broken\n`)
process.exit(broken === 0 ? 0 : 1)
