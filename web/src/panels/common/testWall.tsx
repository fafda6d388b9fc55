import type { DomainEvent, Kpi, ReferenceData, Snapshot } from '@pendopo/shared'
import { render } from '@testing-library/react'
import type { ReactNode } from 'react'

import { manualFrames } from '../../store/frames.js'
import { WallProvider } from '../../store/WallProvider.js'
import { createWallStore } from '../../store/wallStore.js'

// A wall store holding a snapshot, for the render tests of this change's panels. Test-only.

/** 2026-11-23 10:00 WIB, a Monday. */
export const NOW = Date.parse('2026-11-23T03:00:00.000Z')

export const reference = {
  opds: [
    { code: 'DINSOS', name: 'Dinas Sosial', shortName: 'Dinsos', kind: 'dinas' },
    { code: 'DPUBMPR', name: 'Dinas PU Bina Marga', shortName: 'Dinas PU Bina Marga', kind: 'dinas' },
  ],
  channels: [
    { code: 'lapor', name: 'SP4N-LAPOR!', nameEn: 'SP4N-LAPOR!' },
    { code: 'whatsapp', name: 'WhatsApp', nameEn: 'WhatsApp' },
  ],
  categories: [
    {
      code: 'pupr.jalan-berlubang',
      top: 'pupr',
      name: 'Jalan Berlubang',
      nameEn: 'Potholed road',
      opd: 'DPUBMPR',
      weight: 1,
    },
  ],
} as unknown as ReferenceData

export function snapshotWith(counters: Record<string, number>, kpis: Kpi[] = []): Snapshot {
  return {
    audience: 'public',
    seq: 10,
    at: '2026-11-23T03:00:00.000Z',
    utcOffsetMs: 7 * 3_600_000,
    calendar: {
      version: 1,
      data: {
        country: 'ID',
        timeZone: 'Asia/Jakarta',
        workWeek: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'],
        days: [],
      },
    },
    policy: {
      verifyWorkingDays: 3,
      followUpWorkingDays: 5,
      autoCloseWorkingDays: 10,
      legalCapCalendarDays: 60,
      warningShare: 0.8,
    },
    counters,
    countersSince: '2026-11-09',
    villageIssues: [],
    recent: [],
    points: { tracking: [], lat: [], lon: [], colour: [] },
    kpis,
  } as unknown as Snapshot
}

/** A wall with this snapshot applied, and `ui` rendered inside it. */
export function renderInWall(ui: ReactNode, snapshot: Snapshot) {
  const frames = manualFrames()
  const wall = createWallStore({ frames, now: () => NOW })
  wall.setReference(reference)
  wall.receiveSnapshot(snapshot)
  frames.frame()
  const view = render(<WallProvider wall={wall}>{ui}</WallProvider>)
  const apply = (events: DomainEvent[]) => {
    wall.receiveEvents(events)
    frames.frame()
  }
  return { ...view, wall, frames, apply }
}
