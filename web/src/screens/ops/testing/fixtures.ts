import '../strings.js'

import {
  type Actor,
  type Clock,
  type ComplaintRecord,
  type DomainEvent,
  NO_CLOCKS,
  type QueueItem,
  type ReferenceData,
  summarize,
  type User,
} from '@pendopo/shared'

import { i18next } from '../../../i18n/i18n.js'
import { reference } from '../../../panels/common/testWall.js'
import type { Translate } from '../common/translate.js'
import type { ComplaintView } from '../complaint/complaintApi.js'

// Test-only builders: every test makes its own complaint, rows and events through these, overriding only
// what it is about.

/** Mon 23 Nov 2026 10:00 WIB. */
export const NOW = Date.parse('2026-11-23T03:00:00.000Z')

/** A valid complaint id (ULID alphabet) numbered `n`. */
export const complaintId = (n: number) => `01JD${String(n).padStart(22, '0')}`

export function aClock(overrides: Partial<Clock> = {}): Clock {
  return {
    status: 'running',
    startedAt: '2026-11-23T02:00:00.000Z',
    dueAt: '2026-11-26T17:00:00.000Z',
    warnAt: '2026-11-26T03:00:00.000Z',
    endedAt: null,
    calendarVersion: 1,
    policyId: 'sla:3/5/10/60@0.8',
    ...overrides,
  }
}

export function aComplaint(overrides: Partial<ComplaintRecord> = {}): ComplaintRecord {
  return {
    id: complaintId(1),
    trackingId: '1000001',
    version: 3,
    state: 'DISPOSITIONED',
    kind: 'pengaduan',
    source: { channel: 'lapor', externalId: 'x-1' },
    title: 'Jalan berlubang di Kepatihan',
    body: 'Lubang besar di depan pasar.',
    category: 'pupr.jalan-berlubang',
    desaCode: '35.22.15.1005',
    kecamatanCode: '35.22.15',
    point: { lat: -7.15, lon: 111.88 },
    address: null,
    suggestedOpd: 'DPUBMPR',
    opd: 'DPUBMPR',
    reporter: { anonymous: false, confidential: false, name: 'Warga', phone: '081234567890' },
    reportedAt: '2026-11-23T01:00:00.000Z',
    receivedAt: '2026-11-23T01:00:00.000Z',
    updatedAt: '2026-11-23T02:00:00.000Z',
    clocks: { ...NO_CLOCKS, followUp: aClock() },
    colour: 'green',
    rating: null,
    dispositions: [{ opd: 'DPUBMPR', at: '2026-11-23T02:00:00.000Z', notAuthority: null }],
    ...overrides,
  } as ComplaintRecord
}

export const aView = (overrides: Partial<ComplaintRecord> = {}): ComplaintView => aComplaint(overrides)

export function aRow(overrides: Partial<QueueItem> = {}): QueueItem {
  return {
    ...summarize(aComplaint()),
    clock: 'followUp',
    dueAt: '2026-11-26T17:00:00.000Z',
    ...overrides,
  }
}

export const KOMINFO: Actor = { kind: 'user', id: 'u-kominfo', role: 'supervisor', name: 'Kominfo' }
export const DPUBMPR_OPERATOR: Actor = {
  kind: 'user',
  id: 'u-dpubmpr',
  role: 'operator',
  opd: 'DPUBMPR',
  name: 'Operator PU',
} as Actor

export function aUser(overrides: Partial<User> = {}): User {
  return {
    id: 'u-dpubmpr',
    username: 'dpubmpr',
    name: 'Operator PU',
    role: 'operator',
    opd: 'DPUBMPR',
    disabled: false,
    ...overrides,
  } as User
}

/** A complaint event of `type` moving complaint `n` to `after` at `version`. */
export function aChange(options: {
  seq: number
  type?: DomainEvent['type']
  n?: number
  version: number
  after?: Partial<{ state: string; colour: string; opd: string | null }>
  actor?: Actor
  at?: string
  extra?: Record<string, unknown>
}): DomainEvent {
  const complaint = aComplaint({ id: complaintId(options.n ?? 1) as ComplaintRecord['id'] })
  const position = {
    state: complaint.state,
    colour: complaint.colour,
    opd: complaint.opd,
    dispositionedAt: null,
  }
  return {
    seq: options.seq,
    type: options.type ?? 'complaint.followed_up',
    at: options.at ?? '2026-11-23T03:42:00.000Z',
    actor: options.actor ?? KOMINFO,
    data: {
      complaintId: complaint.id,
      trackingId: complaint.trackingId,
      version: options.version,
      before: position,
      after: { ...position, ...options.after },
      clocks: complaint.clocks,
      desaCode: complaint.desaCode,
      kecamatanCode: complaint.kecamatanCode,
      category: complaint.category,
      channel: 'lapor',
      ...options.extra,
    },
  } as DomainEvent
}

/** The console's strings in one language, as the pure modules take them. */
export const textIn = (language: 'id' | 'en'): Translate => {
  const t = i18next.getFixedT(language, 'ops')
  return (key, vars) => (vars === undefined ? t(key) : t(key, vars))
}

/** The wall tests' reference lists, with the kecamatan and desa the fixtures are in. */
export const opsReference = {
  ...reference,
  kecamatan: [{ code: '35.22.15', name: 'Bojonegoro', label: [111.88, -7.15], desaCodes: ['35.22.15.1005'] }],
  desa: [
    {
      code: '35.22.15.1005',
      name: 'Kepatihan',
      type: 'kelurahan',
      kecamatanCode: '35.22.15',
      label: [111.88, -7.15],
    },
  ],
  categoryTops: [],
} as unknown as ReferenceData
