import { describe, expect, it } from 'vitest'

import { networkFaultFailures, networkFaults } from '../chaos/networkFaults.js'

// The short form of `npm run chaos`'s second fault (1,000 clients, with the Socket.IO baseline beside it):
// see docs/reliability.md.
describe('network faults', () => {
  it('[NF1] clients cut every few seconds, and across a SIGKILL and restart, get every event once, caught up within 10 s', async () => {
    const run = await networkFaults({ quick: true, baseline: false })
    expect(networkFaultFailures(run)).toEqual([])
    expect(run.ours.final.reconnects).toBeGreaterThan(run.ours.final.connections)
  }, 120_000)
})
