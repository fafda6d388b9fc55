import { describe, expect, it } from 'vitest'

import { networkFaultFailures, networkFaults } from '../chaos/networkFaults.js'
import { pauseAndStorm, stormFailures } from '../chaos/pauseAndStorm.js'

// Short forms of `npm run chaos`'s network faults (1,000 clients, with the Socket.IO baseline beside
// them): see docs/reliability.md.
describe('network faults', () => {
  it('[NF1] clients cut every few seconds, and across a SIGKILL and restart, get every event once, caught up within 10 s', async () => {
    const run = await networkFaults({ quick: true, baseline: false })
    expect(networkFaultFailures(run)).toEqual([])
    expect(run.ours.final.reconnects).toBeGreaterThan(run.ours.final.connections)
  }, 120_000)

  it('[NF2] a server paused while every client is cut comes through the reconnect storm with every client caught up from the log', async () => {
    const run = await pauseAndStorm({ quick: true })
    expect(stormFailures(run)).toEqual([])
  }, 120_000)
})
