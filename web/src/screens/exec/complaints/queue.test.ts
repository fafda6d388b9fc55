import type { DomainEvent, QueueItem } from '@pendopo/shared'
import { describe, expect, it } from 'vitest'

import { firstDue, listPaths, patchItems, queuePath, touchesScope } from './queue.js'

const RANGE = { from: '2026-11-23T00:00:00+07:00', to: '2026-11-24T00:00:00+07:00' }

const item = (n: number, overrides: Partial<QueueItem> = {}): QueueItem =>
  ({
    id: `01KAAAAAAAAAAAAAAAAAAAA${String(n).padStart(3, '0')}`,
    trackingId: String(1_000_000 + n),
    version: 2,
    state: 'DISPOSITIONED',
    kind: 'pengaduan',
    category: 'pupr.jalan-berlubang',
    desaCode: '35.22.15.1005',
    kecamatanCode: '35.22.15',
    point: { lat: -7.15, lon: 111.88 },
    opd: 'DPUBMPR',
    receivedAt: '2026-11-20T02:00:00.000Z',
    updatedAt: '2026-11-20T03:00:00.000Z',
    colour: 'green',
    channel: 'whatsapp',
    title: 'Jalan berlubang',
    confidential: false,
    anonymous: false,
    clock: 'followUp',
    dueAt: '2026-11-27T02:00:00.000Z',
    ...overrides,
  }) as QueueItem

const clock = (dueAt: string, endedAt: string | null = null) => ({
  status: 'running',
  startedAt: '2026-11-20T02:00:00.000Z',
  dueAt,
  warnAt: null,
  endedAt,
  calendarVersion: 1,
  policyId: 'p',
})

/** An OPD's follow-up of complaint `n` at `version`, moving it to FOLLOWED_UP (blue), as a socket brings it. */
const followedUp = (n: number, version: number, overrides: Record<string, unknown> = {}): DomainEvent =>
  ({
    seq: 100 + version,
    type: 'complaint.followed_up',
    at: '2026-11-23T04:00:00.000Z',
    actor: { kind: 'user', id: 'u1', role: 'operator', opd: 'DPUBMPR' },
    data: {
      complaintId: item(n).id,
      trackingId: item(n).trackingId,
      version,
      before: { state: 'DISPOSITIONED', colour: 'green', opd: 'DPUBMPR', dispositionedAt: null },
      after: { state: 'FOLLOWED_UP', colour: 'blue', opd: 'DPUBMPR', dispositionedAt: null },
      clocks: {
        verify: null,
        followUp: clock('2026-11-27T02:00:00.000Z', '2026-11-23T04:00:00.000Z'),
        autoClose: clock('2026-12-07T02:00:00.000Z'),
        legalCap: clock('2027-01-19T02:00:00.000Z'),
      },
      desaCode: '35.22.15.1005',
      kecamatanCode: '35.22.15',
      category: 'pupr.jalan-berlubang',
      channel: 'whatsapp',
      text: null,
      responseWorkingMs: 1000,
      ...overrides,
    },
  }) as unknown as DomainEvent

describe('queuePath', () => {
  it('[EX7] asks for a desa’s open complaints, most urgent first, without the range', () => {
    expect(
      queuePath({ kecamatan: '35.22.15', desa: '35.22.15.1005', opd: null }, 'open', { range: RANGE }),
    ).toBe('/api/v1/complaints?desa=35.22.15.1005&open=true&sort=due&order=asc&limit=100')
  })

  it('[EX2] asks for what an OPD received in the range, newest first', () => {
    const path = queuePath({ kecamatan: null, desa: null, opd: 'DPUBMPR' }, 'received', {
      range: RANGE,
      limit: 1,
    })
    const q = new URL(path, 'http://x').searchParams
    expect(Object.fromEntries(q)).toEqual({
      opd: 'DPUBMPR',
      from: RANGE.from,
      to: RANGE.to,
      sort: 'received',
      order: 'desc',
      limit: '1',
    })
  })
})

describe('listPaths', () => {
  it('[EX7] lists the overdue first, then the other open ones; what was received in one query', () => {
    const scope = { kecamatan: '35.22.15', desa: null, opd: 'DINSOS' }
    expect(
      listPaths(scope, 'open', { range: RANGE }).map((p) =>
        new URL(p, 'http://x').searchParams.get('colour'),
      ),
    ).toEqual(['red', 'yellow,green,blue'])
    expect(listPaths(scope, 'received', { range: RANGE })).toHaveLength(1)
  })
})

describe('patchItems', () => {
  it('[EX8] shows a complaint’s new state, colour and next deadline as soon as its event arrives', () => {
    const items = [item(1), item(2)]
    const patched = patchItems(items, [followedUp(2, 3)])
    expect(patched[0]).toBe(items[0])
    expect(patched[1]).toMatchObject({
      state: 'FOLLOWED_UP',
      colour: 'blue',
      version: 3,
      clock: 'autoClose',
      dueAt: '2026-12-07T02:00:00.000Z',
    })
  })

  it('[EX8] never lets an older event overwrite a newer version, and returns the same rows when nothing changed', () => {
    const items = [item(1, { version: 5 })]
    expect(patchItems(items, [followedUp(1, 4)])).toBe(items)
    expect(patchItems(items, [followedUp(9, 7)])).toBe(items)
  })
})

describe('touchesScope', () => {
  it('[EX8] notices events that may add or remove a row of the list', () => {
    const event = followedUp(1, 3)
    expect(touchesScope(event, { kecamatan: '35.22.15', desa: null, opd: null })).toBe(true)
    expect(touchesScope(event, { kecamatan: '35.22.01', desa: null, opd: null })).toBe(false)
    expect(touchesScope(event, { kecamatan: null, desa: null, opd: 'DPUBMPR' })).toBe(true)
    expect(touchesScope(event, { kecamatan: null, desa: null, opd: 'DINSOS' })).toBe(false)
  })
})

describe('firstDue', () => {
  it('is the live clock that falls due first; none when no clock runs', () => {
    const clocks = {
      verify: null,
      followUp: clock('2026-11-27T02:00:00.000Z'),
      autoClose: null,
      legalCap: clock('2026-11-25T02:00:00.000Z'),
    } as never
    expect(firstDue(clocks)).toEqual({ clock: 'followUp', dueAt: '2026-11-27T02:00:00.000Z' })
    expect(firstDue({ verify: null, followUp: null, autoClose: null, legalCap: null })).toEqual({
      clock: null,
      dueAt: null,
    })
  })
})
