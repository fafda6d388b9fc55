import {
  COLOURS,
  type DomainEvent,
  MAP_POINT_SCALE,
  type ReferenceData,
  type Snapshot,
  VILLAGE_ISSUE_KINDS,
} from '@pendopo/shared'

import wilayah from '../../../../../shared/data/geo/bojonegoro-wilayah.json'

/**
 * A synthetic but plausible wall for stress checks: complaints scattered around the desa of Bojonegoro
 * (each within ~700 m of its desa's label point), coloured as a busy month looks, with the counters that go
 * with them, and a stream of new complaints. Seeded: the same arguments give the same wall.
 */
const DESA = wilayah.kecamatan.flatMap((k) =>
  k.desa.map((d) => ({ code: d.code, kecamatanCode: k.code, label: d.label })),
)
/** Blue (followed up) dominates an open backlog, then green; a few are due soon or late. */
const COLOUR_WEIGHTS: Readonly<Record<string, number>> = {
  red: 0.06,
  yellow: 0.05,
  green: 0.3,
  blue: 0.59,
  grey: 0,
}
const JITTER_DEG = 0.006

export function seededRandom(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export interface SyntheticComplaint {
  readonly tracking: number
  readonly desaCode: string
  readonly kecamatanCode: string
  readonly lat: number
  readonly lon: number
  readonly colour: (typeof COLOURS)[number]
}

export function syntheticComplaint(random: () => number, tracking: number): SyntheticComplaint {
  // Busier desa near the town: weight the pick towards lower indices of a shuffled-by-seed list is overkill;
  // squaring the uniform pick concentrates complaints on the first desa of each kecamatan well enough.
  const desa = DESA[Math.floor(random() ** 1.6 * DESA.length)] ?? DESA[0]
  let r = random()
  let colour: (typeof COLOURS)[number] = 'blue'
  for (const c of COLOURS) {
    r -= COLOUR_WEIGHTS[c] ?? 0
    if (r < 0) {
      colour = c
      break
    }
  }
  const gauss = () => (random() + random() + random() - 1.5) * JITTER_DEG
  return {
    tracking,
    desaCode: desa?.code ?? '',
    kecamatanCode: desa?.kecamatanCode ?? '',
    lon: Math.round(((desa?.label[0] ?? 0) + gauss()) * MAP_POINT_SCALE) / MAP_POINT_SCALE,
    lat: Math.round(((desa?.label[1] ?? 0) + gauss()) * MAP_POINT_SCALE) / MAP_POINT_SCALE,
    colour,
  }
}

export function syntheticSnapshot(o: { points: number; issues: number; seed: number }): Snapshot {
  const random = seededRandom(o.seed)
  const complaints = Array.from({ length: o.points }, (_, i) => syntheticComplaint(random, 1_000_000 + i))
  const counters: Record<string, number> = {}
  for (const c of complaints) {
    counters[`k|${c.kecamatanCode}|${c.colour}`] = (counters[`k|${c.kecamatanCode}|${c.colour}`] ?? 0) + 1
    counters[`d|${c.desaCode}|${c.colour}`] = (counters[`d|${c.desaCode}|${c.colour}`] ?? 0) + 1
  }
  const villageIssues = Array.from({ length: o.issues }, (_, i) => {
    const desa = DESA[Math.floor(random() * DESA.length)] ?? DESA[0]
    return {
      id: `vi-${i}`,
      kind: VILLAGE_ISSUE_KINDS[i % VILLAGE_ISSUE_KINDS.length],
      severity: (1 + (i % 3)) as 1 | 2 | 3,
      desaCode: desa?.code,
      kecamatanCode: desa?.kecamatanCode,
      title: `Masalah ${i}`,
      resolvedAt: null,
    }
  })
  return {
    audience: 'public',
    seq: 1,
    at: new Date().toISOString(),
    utcOffsetMs: 7 * 3_600_000,
    calendar: { version: 1, data: { timeZone: 'Asia/Jakarta', workWeek: ['Mon'], days: [] } },
    policy: {
      verifyWorkingDays: 3,
      followUpWorkingDays: 5,
      autoCloseWorkingDays: 10,
      legalCapCalendarDays: 60,
      warningShare: 0.8,
    },
    counters,
    countersSince: '2026-11-09',
    villageIssues,
    recent: [],
    points: {
      tracking: complaints.map((c) => c.tracking),
      lat: complaints.map((c) => Math.round(c.lat * MAP_POINT_SCALE)),
      lon: complaints.map((c) => Math.round(c.lon * MAP_POINT_SCALE)),
      colour: complaints.map((c) => COLOURS.indexOf(c.colour)),
    },
    kpis: [],
  } as unknown as Snapshot
}

/** A new complaint as a wall receives it (the public form: no record). */
export function syntheticReceived(c: SyntheticComplaint, seq: number): DomainEvent {
  const at = new Date().toISOString()
  return {
    seq,
    type: 'complaint.received',
    at,
    actor: { kind: 'token', id: 'sim', role: 'integration' },
    data: {
      complaint: null,
      summary: {
        id: `01STRESS${String(seq).padStart(18, '0')}`,
        trackingId: String(c.tracking),
        version: 1,
        state: 'RECEIVED',
        kind: 'pengaduan',
        category: 'pupr.jalan-berlubang',
        desaCode: c.desaCode,
        kecamatanCode: c.kecamatanCode,
        point: { lat: c.lat, lon: c.lon },
        opd: null,
        receivedAt: at,
        updatedAt: at,
        colour: 'green',
        channel: 'whatsapp',
        title: `Laporan ${seq}`,
        confidential: false,
        anonymous: false,
      },
    },
  } as unknown as DomainEvent
}

/** The part of the reference data the map reads: where each desa's label point is. */
export function syntheticReference(): ReferenceData {
  return {
    desa: DESA.map((d) => ({ code: d.code, kecamatanCode: d.kecamatanCode, label: d.label })),
  } as unknown as ReferenceData
}
