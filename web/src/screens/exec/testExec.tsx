import type { DomainEvent, QueueItem, ReferenceData, SessionInfo } from '@pendopo/shared'
import { render } from '@testing-library/react'
import { vi } from 'vitest'

import { reference as wallReference, snapshotWith } from '../../panels/common/testWall.js'
import { manualFrames } from '../../store/frames.js'
import { WallProvider } from '../../store/WallProvider.js'
import { createWallStore } from '../../store/wallStore.js'

import { ExecLayout } from './ExecLayout.js'
import { useExecView } from './url/useExecView.js'
import { ExecNavProvider } from './url/ViewLink.js'

// The tablet with a store holding a snapshot and a fake API, for the screen's render tests. Test-only.

export { NOW } from '../../panels/common/testWall.js'

export const reference = {
  ...wallReference,
  kecamatan: [
    { code: '35.22.15', name: 'Kapas', desaCodes: ['35.22.15.2001', '35.22.15.2002'] },
    { code: '35.22.01', name: 'Margomulyo', desaCodes: ['35.22.01.2001'] },
  ],
  desa: [
    { code: '35.22.15.2001', name: 'Bendo', kecamatanCode: '35.22.15', type: 'desa' },
    { code: '35.22.15.2002', name: 'Sambiroto', kecamatanCode: '35.22.15', type: 'desa' },
    { code: '35.22.01.2001', name: 'Sumberjo', kecamatanCode: '35.22.01', type: 'desa' },
  ],
} as unknown as ReferenceData

export const counters = {
  'p|DPUBMPR|DISPOSITIONED|red': 2,
  'p|DINSOS|DISPOSITIONED|green': 1,
  'k|35.22.15|red': 2,
  'k|35.22.01|green': 1,
  'd|35.22.15.2002|red': 2,
  'd|35.22.01.2001|green': 1,
  'rh|2026-11-23T08|whatsapp': 3,
  'fd|2026-11-23|DPUBMPR|met': 1,
  'fd|2026-11-23|DPUBMPR|late': 1,
  'fd|2026-11-16|DPUBMPR|met': 1,
}

const session = {
  user: {
    id: 'u-bupati',
    username: 'bupati',
    name: 'Bupati Bojonegoro',
    role: 'executive',
    opd: null,
    disabled: false,
  },
  expiresAt: '2026-11-23T15:00:00.000Z',
} as unknown as SessionInfo

function Harness() {
  const nav = useExecView()
  return (
    <ExecNavProvider nav={nav}>
      <ExecLayout session={session} />
    </ExecNavProvider>
  )
}

/** A queue row with the fields the list shows. */
export const queueItem = (overrides: Partial<QueueItem> = {}): QueueItem =>
  ({
    id: '01KAAAAAAAAAAAAAAAAAAAA001',
    trackingId: '1000001',
    version: 2,
    state: 'DISPOSITIONED',
    kind: 'pengaduan',
    category: 'pupr.jalan-berlubang',
    desaCode: '35.22.15.2002',
    kecamatanCode: '35.22.15',
    point: { lat: -7.15, lon: 111.88 },
    opd: 'DPUBMPR',
    receivedAt: '2026-11-20T02:00:00.000Z',
    updatedAt: '2026-11-20T03:00:00.000Z',
    colour: 'red',
    channel: 'whatsapp',
    title: 'Jalan berlubang di depan balai desa',
    confidential: false,
    anonymous: false,
    clock: 'followUp',
    dueAt: '2026-11-21T02:00:00.000Z',
    ...overrides,
  }) as QueueItem

/** The API as the server answers it: `answer(path)` gives the JSON body (undefined: 404). Records calls. */
export function fakeApi(answer: (path: string) => unknown) {
  const calls: string[] = []
  vi.stubGlobal('fetch', (url: string) => {
    calls.push(url)
    const body = answer(url)
    return Promise.resolve(
      new Response(JSON.stringify(body ?? { error: 'not found' }), {
        status: body === undefined ? 404 : 200,
        headers: { 'content-type': 'application/json' },
      }),
    )
  })
  return calls
}

/** The tablet at `/exec<search>`, holding a snapshot of `counters`. */
export function renderExec(search: string) {
  window.history.replaceState(null, '', `/exec${search}`)
  const frames = manualFrames()
  const wall = createWallStore({ frames, now: () => Date.now() })
  wall.setReference(reference)
  wall.receiveSnapshot(snapshotWith(counters))
  frames.frame()
  const view = render(
    <WallProvider wall={wall}>
      <Harness />
    </WallProvider>,
  )
  const apply = (events: DomainEvent[]) => {
    wall.receiveEvents(events)
    frames.frame()
  }
  return { ...view, wall, apply }
}
