import type { DomainEvent, Snapshot } from '@pendopo/shared'
import { describe, expect, it } from 'vitest'

import { manualFrames } from './frames.js'
import { TICKER_MAX } from './ticker.js'
import { createWallStore, EVENTS_KEPT, FLASH_MS } from './wallStore.js'

const snapshot = (seq: number): Snapshot =>
  ({
    audience: 'public',
    seq,
    at: '2026-11-23T02:00:00.000Z',
    utcOffsetMs: 7 * 3_600_000,
    calendar: { version: 1, data: { timeZone: 'Asia/Jakarta', workWeek: ['Mon'], days: [] } },
    policy: {
      verifyWorkingDays: 3,
      followUpWorkingDays: 5,
      autoCloseWorkingDays: 10,
      legalCapCalendarDays: 60,
      warningShare: 0.8,
    },
    counters: {},
    countersSince: '2026-11-09',
    villageIssues: [],
    recent: [],
    points: { tracking: [], lat: [], lon: [], colour: [] },
    kpis: [],
  }) as unknown as Snapshot

/** A new complaint, as a wall receives it (public form). */
const received = (seq: number): DomainEvent =>
  ({
    seq,
    type: 'complaint.received',
    at: new Date(Date.parse('2026-11-23T02:00:00.000Z') + seq * 1000).toISOString(),
    actor: { kind: 'token', id: 'wa', role: 'integration' },
    data: {
      complaint: null,
      summary: {
        id: `01KAAAAAAAAAAAAAAAAAAAA${String(seq).padStart(3, '0')}`,
        trackingId: String(1_000_000 + seq),
        version: 1,
        state: 'RECEIVED',
        kind: 'pengaduan',
        category: 'pupr.jalan-berlubang',
        desaCode: '35.22.15.1005',
        kecamatanCode: '35.22.15',
        point: { lat: -7.15421, lon: 111.88209 },
        opd: null,
        receivedAt: '2026-11-23T02:00:00.000Z',
        updatedAt: '2026-11-23T02:00:00.000Z',
        colour: 'green',
        channel: 'whatsapp',
        title: `Laporan ${seq}`,
        confidential: false,
        anonymous: false,
      },
    },
  }) as unknown as DomainEvent

function setup() {
  const frames = manualFrames()
  let now = 1_000_000
  const wall = createWallStore({ frames, now: () => now })
  const changes: number[] = []
  wall.store.subscribe((s) => changes.push(s.dashboard?.seq ?? -1))
  return { wall, frames, changes, advance: (ms: number) => (now += ms), state: () => wall.store.getState() }
}

describe('the wall store', () => {
  it('[WS1] applies whatever arrived at most once per animation frame', () => {
    const { wall, frames, changes, state } = setup()
    wall.receiveSnapshot(snapshot(10))
    for (let seq = 11; seq <= 60; seq++) wall.receiveEvents([received(seq)])
    expect(state().dashboard).toBeNull() // nothing before the frame
    expect(changes).toEqual([])
    frames.frame()
    expect(changes).toEqual([60]) // fifty batches, one state change
    expect(state().dashboard?.points.size).toBe(50)
    expect(frames.pending).toBe(false)
  })

  it('[WS2] ignores events it already holds', () => {
    const { wall, frames, state } = setup()
    wall.receiveSnapshot(snapshot(10))
    wall.receiveEvents([received(11), received(12)])
    frames.frame()
    const held = state()
    wall.receiveEvents([received(11), received(12)])
    wall.receiveEvents([received(12), received(13)])
    frames.frame()
    expect(state().dashboard?.seq).toBe(13)
    expect(state().ticker.map((t) => t.seq)).toEqual([13, 12, 11])
    expect(state().dashboard?.points.size).toBe(3)
    expect(held.gap).toBeNull()
  })

  it('[WS3] flags a seq gap for a resume, drops what does not connect, and heals with the replay', () => {
    const { wall, frames, state } = setup()
    wall.receiveSnapshot(snapshot(10))
    wall.receiveEvents([received(11)])
    wall.receiveEvents([received(14)]) // 12 and 13 went missing
    frames.frame()
    expect(state().gap).toEqual({ afterSeq: 11, askedAt: null })
    wall.resumeAsked()
    expect(state().gap?.askedAt).not.toBeNull()
    wall.receiveEvents([received(15)]) // live events before the replay: still a gap, dropped
    frames.frame()
    expect(state().dashboard?.seq).toBe(11)
    wall.receiveEvents([received(12), received(13), received(14), received(15)]) // the replay
    frames.frame()
    expect(state().gap).toBeNull()
    expect(state().dashboard?.seq).toBe(15)
  })

  it('[WS3] takes a fresh snapshot over a gap', () => {
    const { wall, frames, state } = setup()
    wall.receiveSnapshot(snapshot(10))
    wall.receiveEvents([received(13)])
    frames.frame()
    expect(state().gap).not.toBeNull()
    wall.receiveSnapshot(snapshot(40))
    frames.frame()
    expect(state().gap).toBeNull()
    expect(state().dashboard?.seq).toBe(40)
  })

  it('[WS4] keeps the ticker and the flashes bounded: old ones are dropped, not accumulated', () => {
    const { wall, frames, state, advance } = setup()
    wall.receiveSnapshot(snapshot(0))
    for (let seq = 1; seq <= 100; seq++) wall.receiveEvents([received(seq)])
    frames.frame()
    expect(state().ticker).toHaveLength(TICKER_MAX)
    expect(state().ticker[0]?.seq).toBe(100)
    expect(state().arrivals.length).toBeLessThanOrEqual(200)
    expect(state().arrivals[0]?.tracking).toBe(1_000_100)
    advance(FLASH_MS + 1)
    wall.receiveEvents([received(101)])
    frames.frame()
    expect(state().arrivals.map((a) => a.tracking)).toEqual([1_000_101])
  })

  it('[WS4] keeps the newest applied events, newest first and bounded, for screens that follow complaints', () => {
    const { wall, frames, state } = setup()
    wall.receiveSnapshot(snapshot(0))
    frames.frame()
    for (let seq = 1; seq <= EVENTS_KEPT + 20; seq++) wall.receiveEvents([received(seq)])
    wall.receiveEvents([received(EVENTS_KEPT + 20)]) // a duplicate is not kept twice
    frames.frame()
    expect(state().events).toHaveLength(EVENTS_KEPT)
    expect(state().events[0]?.seq).toBe(EVENTS_KEPT + 20)
    expect(state().events.at(-1)?.seq).toBe(21)
    wall.receiveSnapshot(snapshot(1000))
    frames.frame()
    expect(state().events).toEqual([])
  })

  it('[WS5] notes when data last arrived, for an offline wall to say how old its picture is', () => {
    const { wall, frames, state, advance } = setup()
    wall.receiveSnapshot(snapshot(10))
    frames.frame()
    const first = state().lastDataAt
    advance(5_000)
    wall.receiveEvents([received(10)]) // a duplicate is not news
    frames.frame()
    expect(state().lastDataAt).toBe(first)
    wall.receiveEvents([received(11)])
    frames.frame()
    expect(state().lastDataAt).toBe((first ?? 0) + 5_000)
  })
})
