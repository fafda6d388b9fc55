import { describe, expect, it } from 'vitest'

import { committedEvents } from './commitBroadcast.js'

const batch = (...seqs: number[]) => JSON.stringify(seqs.map((seq) => ({ seq, type: 'complaint.received' })))

describe('committedEvents', () => {
  it('reads a broadcast commit: contiguous events, each with a seq and a type', () => {
    expect(committedEvents(batch(7, 8, 9))?.map((e) => e.seq)).toEqual([7, 8, 9])
  })

  it("refuses what would break the feed's order, rather than offering it", () => {
    for (const payload of [
      [{ seq: 1, type: 'x' }], // not the JSON string we send
      '{"seq":1',
      '[]',
      batch(7, 9),
      batch(8, 7),
      batch(0),
      JSON.stringify([{ seq: 1.5, type: 'x' }]),
      JSON.stringify([{ seq: 1 }]),
      JSON.stringify([{ seq: 1, type: 'x' }, null]),
    ])
      expect(committedEvents(payload), JSON.stringify(payload)).toBeUndefined()
  })
})
