import type { DomainEvent } from '@pendopo/shared'
import { describe, expect, it, vi } from 'vitest'

import { snapshotWith } from '../../../panels/common/testWall.js'
import { manualFrames } from '../../../store/frames.js'
import { createWallStore } from '../../../store/wallStore.js'
import { aChange, NOW } from '../testing/fixtures.js'

import { followEvents } from './followEvents.js'

/** A wall store that has its first snapshot at seq 10, and a follower recording what it is handed. */
function createFollowed() {
  const frames = manualFrames()
  const wall = createWallStore({ frames, now: () => NOW })
  wall.receiveSnapshot(snapshotWith({}))
  frames.frame()
  const seen: number[][] = []
  const missed = vi.fn()
  followEvents(wall.store, { onEvents: (events) => seen.push(events.map((e) => e.seq)), onMissed: missed })
  const deliver = (events: DomainEvent[]) => {
    wall.receiveEvents(events)
    frames.frame()
  }
  return { wall, frames, seen, missed, deliver }
}

describe('following the live events', () => {
  it('[OF1] hands on each applied event once, oldest first', () => {
    const { seen, deliver, missed } = createFollowed()
    deliver([aChange({ seq: 11, version: 4 }), aChange({ seq: 12, version: 5 })])
    deliver([aChange({ seq: 12, version: 5 }), aChange({ seq: 13, version: 6 })])
    expect(seen).toEqual([[11, 12], [13]])
    expect(missed).not.toHaveBeenCalled()
  })

  it('[OF2] a fresh snapshot further on means events were missed', () => {
    const { wall, frames, missed, deliver } = createFollowed()
    deliver([aChange({ seq: 11, version: 4 })])
    wall.receiveSnapshot({ ...snapshotWith({}), seq: 40 } as never)
    frames.frame()
    expect(missed).toHaveBeenCalledTimes(1)
  })
})
