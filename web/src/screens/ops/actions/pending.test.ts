import { describe, expect, it } from 'vitest'

import { aChange, complaintId } from '../testing/fixtures.js'

import { expectedState, latestVersionOf, type Pending, settledBy } from './pending.js'

const accepted: Pending = {
  phase: 'accepted',
  request: { type: 'follow_up', expectedVersion: 3, text: 'Sudah ditambal.' },
  expected: 'FOLLOWED_UP',
  version: 4,
  state: 'FOLLOWED_UP',
}

describe('optimistic actions', () => {
  it('[OP1] expect the state the lifecycle table leads to', () => {
    expect(expectedState('DISPOSITIONED', 'follow_up')).toBe('FOLLOWED_UP')
    expect(expectedState('CLOSED', 'rate')).toBe('CLOSED')
  })

  it("[OP2] are confirmed by the server's event for the accepted version of that complaint", () => {
    const events = [aChange({ seq: 9, n: 2, version: 7 }), aChange({ seq: 10, n: 1, version: 3 })]
    expect(settledBy(accepted, latestVersionOf(events, complaintId(1)))).toBe(false)
    events.push(aChange({ seq: 11, n: 1, version: 4 }))
    expect(latestVersionOf(events, complaintId(1))).toBe(4)
    expect(settledBy(accepted, latestVersionOf(events, complaintId(1)))).toBe(true)
    expect(settledBy({ ...accepted, phase: 'sending' }, 9)).toBe(false)
  })

  it('[OP2] are settled once the complaint shown has reached that version', () => {
    expect(settledBy(accepted, 3)).toBe(false)
    expect(settledBy(accepted, 4)).toBe(true)
    expect(settledBy(null, 9)).toBe(false)
  })
})
