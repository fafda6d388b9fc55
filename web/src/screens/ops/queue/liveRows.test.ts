import type { ComplaintRecord, DomainEvent, QueueItem } from '@pendopo/shared'
import { NO_CLOCKS } from '@pendopo/shared'
import { describe, expect, it } from 'vitest'

import { aChange, aClock, aComplaint, aRow, complaintId } from '../testing/fixtures.js'

import { changeFor, compareRows, dueOf, insertionIndex, matchesView, patchRow } from './liveRows.js'
import { DEFAULT_VIEW, withFilter } from './queueQuery.js'
import { indexOfRows } from './queueStore.js'

const rowAt = (n: number, dueAt: string | null): QueueItem =>
  aRow({ id: complaintId(n) as QueueItem['id'], dueAt, clock: dueAt ? 'followUp' : null })

describe('queue rows, live', () => {
  it('[OL1] a row is due by its live clock that falls due first; ended clocks and the legal cap do not count', () => {
    const clocks = {
      ...NO_CLOCKS,
      verify: aClock({
        dueAt: '2026-11-20T17:00:00.000Z',
        endedAt: '2026-11-20T01:00:00.000Z',
        status: 'met',
      }),
      followUp: aClock({ dueAt: '2026-11-27T17:00:00.000Z' }),
      autoClose: aClock({ dueAt: '2026-11-25T17:00:00.000Z', warnAt: null }),
      legalCap: aClock({ dueAt: '2026-11-24T17:00:00.000Z' }),
    }
    expect(dueOf(clocks)).toEqual({ clock: 'autoClose', dueAt: '2026-11-25T17:00:00.000Z' })
    expect(dueOf(NO_CLOCKS)).toEqual({ clock: null, dueAt: null })
  })

  it('[OL2] a view matches on every filter it sets, and open-only leaves closed complaints out', () => {
    const row = aRow()
    expect(matchesView(row, DEFAULT_VIEW)).toBe(true)
    expect(matchesView(row, withFilter(DEFAULT_VIEW, 'opd', ['DINSOS']))).toBe(false)
    expect(matchesView(row, withFilter(DEFAULT_VIEW, 'kecamatan', ['35.22.15']))).toBe(true)
    expect(matchesView({ ...row, state: 'CLOSED' }, DEFAULT_VIEW)).toBe(false)
    expect(matchesView({ ...row, state: 'CLOSED' }, { ...DEFAULT_VIEW, openOnly: false })).toBe(true)
    expect(matchesView({ ...row, opd: null }, withFilter(DEFAULT_VIEW, 'opd', ['DPUBMPR']))).toBe(false)
  })

  it('[OL3] an event moves its row forward; an event not newer than the row changes nothing', () => {
    const row = aRow({ version: 3 })
    const event = aChange({ seq: 9, version: 4, after: { state: 'FOLLOWED_UP', colour: 'blue' } })
    const patched = patchRow(row, event as never)
    expect(patched).toMatchObject({ version: 4, state: 'FOLLOWED_UP', colour: 'blue', updatedAt: event.at })
    expect(patchRow(patched, event as never)).toBe(patched)
  })

  it('[OL4] rows sort by the instant of the sort, those without a deadline last either way', () => {
    const early = rowAt(1, '2026-11-24T00:00:00.000Z')
    const late = rowAt(2, '2026-11-25T00:00:00.000Z')
    const none = rowAt(3, null)
    const asc = { sort: 'due' as const, order: 'asc' as const }
    const desc = { sort: 'due' as const, order: 'desc' as const }
    expect([none, late, early].sort((a, b) => compareRows(a, b, asc))).toEqual([early, late, none])
    expect([none, early, late].sort((a, b) => compareRows(a, b, desc))).toEqual([late, early, none])
  })

  it('[OL4] a new row is placed in order, or left to a later page when it sorts after every row held', () => {
    const rows = [rowAt(1, '2026-11-24T00:00:00.000Z'), rowAt(2, '2026-11-26T00:00:00.000Z')]
    const middle = rowAt(3, '2026-11-25T00:00:00.000Z')
    const last = rowAt(4, '2026-11-27T00:00:00.000Z')
    expect(insertionIndex(rows, middle, { view: DEFAULT_VIEW, more: true })).toBe(1)
    expect(insertionIndex(rows, last, { view: DEFAULT_VIEW, more: true })).toBeNull()
    expect(insertionIndex(rows, last, { view: DEFAULT_VIEW, more: false })).toBe(2)
  })

  it('[OL5] an event about a row held patches it; about a complaint the view now shows, asks for it', () => {
    const rows = [aRow({ version: 3 })]
    const indexOf = indexOfRows(rows)
    const ofHeld = aChange({ seq: 10, version: 4, after: { state: 'FOLLOWED_UP' } })
    expect(changeFor(ofHeld, { rows, indexOf, view: DEFAULT_VIEW })).toMatchObject({
      kind: 'patch',
      index: 0,
    })
    const ofOther = aChange({
      seq: 11,
      n: 2,
      version: 2,
      type: 'complaint.dispositioned',
      after: { opd: 'DPUBMPR' },
    })
    expect(changeFor(ofOther, { rows, indexOf, view: DEFAULT_VIEW })).toEqual({
      kind: 'fetch',
      id: complaintId(2),
    })
    const elsewhere = withFilter(DEFAULT_VIEW, 'opd', ['DINSOS'])
    expect(changeFor(ofOther, { rows, indexOf, view: elsewhere })).toEqual({ kind: 'none' })
  })

  it('[OL5] a received complaint the view shows is inserted from the event itself', () => {
    const complaint = aComplaint({
      id: complaintId(7) as ComplaintRecord['id'],
      state: 'RECEIVED',
      opd: null,
    })
    const { summary } = { summary: { ...aRow(), id: complaint.id, state: 'RECEIVED' as const, opd: null } }
    const event = {
      seq: 12,
      type: 'complaint.received',
      at: '2026-11-23T03:00:00.000Z',
      actor: { kind: 'token', id: 't1', role: 'integration' },
      data: { summary: { ...summary, clock: undefined, dueAt: undefined }, complaint },
    } as unknown as DomainEvent
    const change = changeFor(event, { rows: [], indexOf: new Map(), view: DEFAULT_VIEW })
    expect(change).toMatchObject({ kind: 'insert', row: { id: complaint.id, clock: 'followUp' } })
    const operators = withFilter(DEFAULT_VIEW, 'opd', ['DPUBMPR'])
    expect(changeFor(event, { rows: [], indexOf: new Map(), view: operators })).toEqual({ kind: 'none' })
  })
})
