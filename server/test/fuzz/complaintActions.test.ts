import type { State } from '@pendopo/shared'
import { beforeAll, describe } from 'vitest'

import { aComplaint } from '../support/fixtures.js'

import type { BodySpec, Field } from './badBodies.js'
import { fuzz, send, useFuzzApp } from './fuzzApp.js'
import { type BodyTarget, fuzzBodies } from './fuzzBodies.js'
import { badSegment, segmentOf } from './hostile.js'

const expectedVersion: Field = {
  path: 'expectedVersion',
  required: false,
  is: { type: 'number', invalid: [0, -1, 1.5, 2 ** 53] },
}
const type: Field = { path: 'type', required: true, is: { type: 'code' }, invalid: ['auto_close', 'delete'] }
const optionalNote: Field = {
  path: 'note',
  required: false,
  is: { type: 'text', min: 1, max: 1000, multiline: true },
}
const reason: Field = {
  path: 'reason',
  required: true,
  is: { type: 'text', min: 3, max: 1000, multiline: true },
}

/**
 * Each action (`ActionRequestSchema`, docs/access.md "Acting") with a state it is legal in: a bad body
 * wrongly accepted there would really be recorded, so the log's head would show it.
 */
const ACTIONS: ReadonlyArray<{ state: State; spec: BodySpec }> = [
  { state: 'RECEIVED', spec: action({ type: 'verify' }, [optionalNote]) },
  {
    state: 'VERIFIED',
    spec: action({ type: 'dispose', opd: 'DPUBMPR' }, [
      { path: 'opd', required: true, is: { type: 'code' }, invalid: ['NOPE', 'KEC-99'] },
      optionalNote,
    ]),
  },
  {
    state: 'DISPOSITIONED',
    spec: action({ type: 'follow_up', text: 'Sudah ditangani petugas.' }, [
      { path: 'text', required: true, is: { type: 'text', min: 3, max: 4000, multiline: true } },
    ]),
  },
  {
    state: 'FOLLOWED_UP',
    spec: action({ type: 'reporter_reply', text: 'Belum selesai.' }, [
      { path: 'text', required: true, is: { type: 'text', min: 1, max: 4000, multiline: true } },
    ]),
  },
  { state: 'DISPOSITIONED', spec: action({ type: 'not_authority', reason: 'bukan kewenangan' }, [reason]) },
  { state: 'RECEIVED', spec: action({ type: 'hold', reason: 'menunggu data' }, [reason]) },
  { state: 'ON_HOLD', spec: action({ type: 'resume' }, [optionalNote]) },
  { state: 'RECEIVED', spec: action({ type: 'archive', reason: 'laporan ganda' }, [reason]) },
  { state: 'RECEIVED', spec: action({ type: 'close', reason: 'selesai ditangani' }, [reason]) },
  {
    state: 'FOLLOWED_UP',
    spec: action({ type: 'rate', rating: 'puas' }, [
      { path: 'rating', required: true, is: { type: 'code' }, invalid: ['sangat_tidak_puas'] },
    ]),
  },
]

function action(valid: Record<string, unknown>, fields: Field[]): BodySpec {
  return { valid: () => ({ ...valid }), fields: [type, expectedVersion, ...fields] }
}

/** The actions that bring a new complaint to each state the table above uses. */
const ROUTES: Record<string, Array<Record<string, unknown>>> = {
  RECEIVED: [],
  VERIFIED: [{ type: 'verify' }],
  DISPOSITIONED: [{ type: 'verify' }, { type: 'dispose', opd: 'DPUBMPR' }],
  FOLLOWED_UP: [
    { type: 'verify' },
    { type: 'dispose', opd: 'DPUBMPR' },
    { type: 'follow_up', text: 'Sudah ditangani.' },
  ],
  ON_HOLD: [{ type: 'hold', reason: 'menunggu data' }],
}

describe('[FZ3] POST /api/v1/complaints/:id/actions under hostile input', () => {
  const app = useFuzzApp()
  const complaints = new Map<string, string>()
  beforeAll(async () => {
    for (const [state, steps] of Object.entries(ROUTES)) {
      const created = await send(app.t.url, { path: '/api/v1/complaints', json: aComplaint() })
      const { id } = JSON.parse(created.text) as { id: string }
      for (const step of steps) {
        const done = await send(app.t.url, { path: `/api/v1/complaints/${id}/actions`, json: step })
        if (done.status !== 200) throw new Error(`${JSON.stringify(step)} answered ${done.text}`)
      }
      complaints.set(state, id)
    }
  })
  const idIn = (state: State) => complaints.get(state) ?? 'not-made-yet'

  const targets: BodyTarget[] = ACTIONS.map(({ state, spec }) => ({
    path: () => `/api/v1/complaints/${idIn(state)}/actions`,
    spec,
  }))
  fuzzBodies(app, { name: 'POST /api/v1/complaints/:id/actions', targets })

  fuzz(
    'POST /api/v1/complaints/:id/actions refuses a valid action on an id that names no complaint',
    badSegment,
    (bad, tally) =>
      app.refuses(
        {
          path: `/api/v1/complaints/${segmentOf(bad, idIn('RECEIVED'))}/actions`,
          json: { type: 'close', reason: 'selesai ditangani' }, // legal in every open state
        },
        tally,
      ),
    { app },
  )
})
