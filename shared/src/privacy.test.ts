import { describe, expect, it } from 'vitest'

import type { DomainEvent } from './events/index.js'
import { forAudience, toPublicEvent } from './privacy.js'

const base = {
  seq: 5,
  at: '2026-11-23T02:00:00.000Z',
  actor: { kind: 'user', id: 'op', role: 'operator', opd: 'DPUBMPR' },
}

describe('toPublicEvent()', () => {
  it('[PV1] drops the whole record of a received complaint, keeping its summary', () => {
    const event = {
      ...base,
      type: 'complaint.received',
      data: { summary: { id: 'x', title: null }, complaint: { reporter: { name: 'Budi' } } },
    } as unknown as DomainEvent
    const out = toPublicEvent(event)
    expect(out.data).toEqual({ summary: { id: 'x', title: null }, complaint: null })
    expect(JSON.stringify(out)).not.toContain('Budi')
  })

  it('[PV1] drops the free text of every action, and only that', () => {
    for (const [type, field] of [
      ['complaint.followed_up', 'text'],
      ['complaint.reporter_replied', 'text'],
      ['complaint.not_authority', 'reason'],
      ['complaint.closed', 'reason'],
      ['complaint.verified', 'note'],
      ['village_issue.updated', 'note'],
    ] as const) {
      const event = {
        ...base,
        type,
        data: { complaintId: 'c', [field]: 'kata-kata warga', version: 3 },
      } as unknown as DomainEvent
      expect(toPublicEvent(event).data).toEqual({ complaintId: 'c', [field]: null, version: 3 })
      expect(forAudience(event, 'staff')).toBe(event)
    }
  })
})
