import { describe, expect, it } from 'vitest'

import { crashFailures, crashUnderLoad } from '../chaos/crashUnderLoad.js'

// The short form of `npm run chaos`'s first fault (which kills 20 times): see docs/reliability.md.
describe('durability', () => {
  it('[DU1] loses no acknowledged complaint, doubles none and fires each SLA timer once when SIGKILLed under load, four times over', async () => {
    const run = await crashUnderLoad({ kills: 4, seed: 'spec' })
    expect(crashFailures(run)).toEqual([])
    expect(run.acknowledged).toBeGreaterThan(100)
    expect(run.log.timersFired).toBeGreaterThan(0)
  }, 120_000)
})
