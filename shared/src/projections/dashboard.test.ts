import { describe, expect, it } from 'vitest'

import type { DomainEvent } from '../events/index.js'
import type { Snapshot } from '../snapshot.js'
import type { VillageIssue } from '../villageIssue.js'

import { applyEventBatch, dashboardFromSnapshot, pruneDatedCounters } from './dashboard.js'

const ISSUE = {
  id: '01KAAAAAAAAAAAAAAAAAAAAAAA',
  source: { system: 'bpbd', externalId: 'b-1' },
  kind: 'flood',
  desaCode: '35.22.23.2001',
  kecamatanCode: '35.22.23',
  severity: 2,
  title: 'Banjir',
  description: null,
  affected: null,
  startedAt: '2026-11-23T00:00:00.000Z',
  updatedAt: '2026-11-23T00:00:00.000Z',
  resolvedAt: null,
} as unknown as VillageIssue

const actor = { kind: 'token', id: 'bpbd', role: 'integration' } as const
const reported = (seq: number, id: string): DomainEvent =>
  ({
    seq,
    type: 'village_issue.reported',
    at: '2026-11-23T01:00:00.000Z',
    actor,
    data: { issue: { ...ISSUE, id } },
  }) as DomainEvent
const resolved = (seq: number, id: string): DomainEvent =>
  ({
    seq,
    type: 'village_issue.resolved',
    at: '2026-11-23T02:00:00.000Z',
    actor,
    data: { issueId: id, issue: { ...ISSUE, id, resolvedAt: '2026-11-23T02:00:00.000Z' }, note: null },
  }) as DomainEvent
/** A complaint moving from green to red at DPUBMPR: two counters move by one. */
const breached = (seq: number): DomainEvent =>
  ({
    seq,
    type: 'sla.breached',
    at: '2026-11-23T03:00:00.000Z',
    actor: { kind: 'system', id: 'pendopo', role: 'system' },
    data: {
      complaintId: '01KBBBBBBBBBBBBBBBBBBBBBBB',
      trackingId: '1000001',
      version: 3,
      before: {
        state: 'DISPOSITIONED',
        colour: 'green',
        opd: 'DPUBMPR',
        dispositionedAt: '2026-11-20T03:00:00.000Z',
      },
      after: {
        state: 'DISPOSITIONED',
        colour: 'red',
        opd: 'DPUBMPR',
        dispositionedAt: '2026-11-20T03:00:00.000Z',
      },
      clocks: { verify: null, followUp: null, autoClose: null, legalCap: null },
      desaCode: '35.22.15.1005',
      kecamatanCode: '35.22.15',
      category: 'pupr.jalan-berlubang',
      channel: 'whatsapp',
      clock: 'followUp',
      dueAt: '2026-11-23T03:00:00.000Z',
    },
  }) as DomainEvent

const snapshot = {
  audience: 'public',
  seq: 10,
  at: '2026-11-23T00:00:00.000Z',
  utcOffsetMs: 7 * 3_600_000,
  calendar: { version: 1, data: { timeZone: 'Asia/Jakarta', workWeek: ['Mon'], days: [] } },
  policy: {
    verifyWorkingDays: 3,
    followUpWorkingDays: 5,
    autoCloseWorkingDays: 10,
    legalCapCalendarDays: 60,
    warningShare: 0.8,
  },
  counters: {
    'p|DPUBMPR|DISPOSITIONED|green': 2,
    'k|35.22.15|green': 2,
    'd|35.22.15.1005|green': 2,
    'q|2026-11-20|DPUBMPR|green': 2,
  },
  countersSince: '2026-11-09',
  villageIssues: [],
  recent: [],
  points: {
    tracking: [1000001, 1000002],
    lat: [-715000, -715100],
    lon: [11188000, 11188100],
    colour: [2, 0],
  },
  kpis: [],
} as unknown as Snapshot

describe('applyEventBatch()', () => {
  it('[DB1] moves a snapshot forward: counters, village issues, seq', () => {
    const start = dashboardFromSnapshot(snapshot)
    const r = applyEventBatch(start, [reported(11, 'A'), breached(12), reported(13, 'B'), resolved(14, 'A')])
    expect(r).toMatchObject({ ok: true, applied: 4 })
    expect(r.state.seq).toBe(14)
    expect([...r.state.villageIssues.keys()]).toEqual(['B'])
    expect(Object.fromEntries(r.state.counters)).toEqual({
      'p|DPUBMPR|DISPOSITIONED|green': 1,
      'p|DPUBMPR|DISPOSITIONED|red': 1,
      'k|35.22.15|green': 1,
      'k|35.22.15|red': 1,
      'd|35.22.15.1005|green': 1,
      'd|35.22.15.1005|red': 1,
      'bd|2026-11-23|DPUBMPR|followUp': 1,
      'q|2026-11-20|DPUBMPR|green': 1,
      'q|2026-11-20|DPUBMPR|red': 1,
    })
    expect(r.state.points.get(1000001)).toEqual({ lat: -7.15, lon: 111.88, colour: 'red' })
    expect(Object.fromEntries(start.counters)).toEqual(snapshot.counters) // the old state is untouched
  })

  it('[DB2] ignores events it already holds', () => {
    const once = applyEventBatch(dashboardFromSnapshot(snapshot), [reported(11, 'A'), breached(12)])
    const twice = applyEventBatch(once.state, [reported(11, 'A'), breached(12)])
    expect(twice).toMatchObject({ ok: true, applied: 0 })
    expect(twice.state).toBe(once.state)
    const overlap = applyEventBatch(once.state, [breached(12), reported(13, 'B')])
    expect(overlap).toMatchObject({ ok: true, applied: 1 })
    expect(overlap.state.counters.get('p|DPUBMPR|DISPOSITIONED|red')).toBe(1)
  })

  it('[DB2b] applies joined batches that overlap as if they came one by one', () => {
    const start = dashboardFromSnapshot(snapshot)
    const first = [reported(11, 'A'), breached(12)]
    const second = [breached(12), reported(13, 'B'), resolved(14, 'A')]
    const oneByOne = applyEventBatch(applyEventBatch(start, first).state, second)
    const joined = applyEventBatch(start, [...first, ...second])
    expect(joined).toMatchObject({ ok: true, applied: 4 })
    expect(joined.state).toEqual(oneByOne.state)
  })

  it('[DB3] stops at a gap and says where to resume, keeping what came before it', () => {
    const r = applyEventBatch(dashboardFromSnapshot(snapshot), [reported(11, 'A'), reported(13, 'B')])
    expect(r).toMatchObject({ ok: false, expected: 12, got: 13 })
    expect(r.state.seq).toBe(11)
    expect([...r.state.villageIssues.keys()]).toEqual(['A'])
  })
})

describe('map points', () => {
  const closed = (seq: number): DomainEvent => {
    const e = breached(seq) as unknown as { type: string; data: Record<string, unknown> }
    return {
      ...e,
      type: 'complaint.closed',
      data: {
        ...e.data,
        after: { state: 'CLOSED', colour: 'blue', opd: 'DPUBMPR', dispositionedAt: null },
        reason: null,
        auto: false,
      },
    } as unknown as DomainEvent
  }

  it("[DB4] reads the snapshot's columns, oldest first, in degrees", () => {
    const state = dashboardFromSnapshot(snapshot)
    expect([...state.points]).toEqual([
      [1000001, { lat: -7.15, lon: 111.88, colour: 'green' }],
      [1000002, { lat: -7.151, lon: 111.881, colour: 'red' }],
    ])
  })

  it('[DB4] drops a point when its complaint closes, and leaves the points alone when nothing moves them', () => {
    const start = dashboardFromSnapshot(snapshot)
    const afterIssue = applyEventBatch(start, [reported(11, 'A')])
    expect(afterIssue.state.points).toBe(start.points)
    const r = applyEventBatch(afterIssue.state, [closed(12)])
    expect([...r.state.points.keys()]).toEqual([1000002])
  })
})

describe('pruneDatedCounters()', () => {
  it('[DB5] drops dated counters before the window and keeps the undated ones', () => {
    const state = {
      ...dashboardFromSnapshot(snapshot),
      countersSince: '2026-11-08',
      counters: new Map([
        ['p|DPUBMPR|RECEIVED|green', 3],
        ['rd|2026-11-08|pupr.jalan-berlubang', 4],
        ['rh|2026-11-08T23|whatsapp', 1],
        ['rh|2026-11-09T00|whatsapp', 2],
      ]),
    }
    const pruned = pruneDatedCounters(state, '2026-11-09')
    expect(Object.fromEntries(pruned.counters)).toEqual({
      'p|DPUBMPR|RECEIVED|green': 3,
      'rh|2026-11-09T00|whatsapp': 2,
    })
    expect(pruned.countersSince).toBe('2026-11-09')
    expect(pruneDatedCounters(pruned, '2026-11-09')).toBe(pruned)
  })
})
