import type { ReferenceData } from '@pendopo/shared'
import { describe, expect, it } from 'vitest'

import type { TickerItem } from '../../store/ticker.js'

import { selectTicker } from './selectTicker.js'

const reference = {
  desa: [
    { code: '35.22.15.1005', name: 'Kepatihan' },
    { code: '35.22.23.2001', name: 'Sranak' },
  ],
  kecamatan: [
    { code: '35.22.15', name: 'Bojonegoro' },
    { code: '35.22.23', name: 'Trucuk' },
  ],
  categories: [{ code: 'pupr.jalan-berlubang', name: 'Jalan Berlubang', nameEn: 'Potholes' }],
  opds: [{ code: 'DPUBMPR', shortName: 'Dinas PU Bina Marga' }],
  channels: [{ code: 'whatsapp', name: 'WhatsApp', nameEn: 'WhatsApp' }],
} as unknown as ReferenceData

const items: TickerItem[] = [
  {
    seq: 9,
    at: '2026-11-23T03:00:00.000Z',
    kind: 'breached',
    trackingId: '1000009',
    category: 'pupr.jalan-berlubang',
    desaCode: '35.22.23.2001',
    kecamatanCode: '35.22.23',
    opd: 'DPUBMPR',
  },
  {
    seq: 8,
    at: '2026-11-23T02:59:00.000Z',
    kind: 'received',
    trackingId: '1000008',
    category: 'pupr.jalan-berlubang',
    channel: 'whatsapp',
    desaCode: '35.22.15.1005',
    kecamatanCode: '35.22.15',
    title: null,
  },
  {
    seq: 7,
    at: '2026-11-23T02:58:00.000Z',
    kind: 'closed',
    trackingId: '1000007',
    category: 'pupr.jalan-berlubang',
    desaCode: '35.22.15.1005',
    kecamatanCode: '35.22.15',
    opd: 'DPUBMPR',
    auto: true,
  },
]

describe('selectTicker()', () => {
  it("[TI1] resolves codes to names in the wall's language and keeps places Indonesian", () => {
    const [late, received] = selectTicker(items, { reference, filter: {}, lines: 3, language: 'en' })
    expect(late).toMatchObject({
      headline: { key: 'breached', values: { opd: 'Dinas PU Bina Marga' } },
      subject: '#1000009 · Potholes',
      place: 'Sranak, Trucuk',
      tone: 'late',
    })
    expect(received).toMatchObject({
      headline: { key: 'received', values: { channel: 'WhatsApp' } },
      place: 'Kepatihan, Bojonegoro',
    })
  })

  it("[TI2] says when a complaint closed by itself, and keeps to the scene's kecamatan and line count", () => {
    const lines = selectTicker(items, {
      reference,
      filter: { kecamatan: ['35.22.15'] },
      lines: 5,
      language: 'id',
    })
    expect(lines.map((l) => l.seq)).toEqual([8, 7])
    expect(lines[1]?.headline.key).toBe('closed_auto')
    expect(selectTicker(items, { reference, filter: {}, lines: 1, language: 'id' })).toHaveLength(1)
  })
})
