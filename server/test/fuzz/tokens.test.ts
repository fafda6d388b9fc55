import { beforeAll, describe } from 'vitest'

import type { BodySpec, Field } from './badBodies.js'
import { fuzz, send, useFuzzApp } from './fuzzApp.js'
import { fuzzBodies } from './fuzzBodies.js'
import { badSegment, segmentOf } from './hostile.js'

const role: Field = {
  path: 'role',
  required: true,
  is: { type: 'code' },
  invalid: ['system', 'root', 'Admin'],
}
const name: Field = { path: 'name', required: true, is: { type: 'text', min: 1, max: 120 } }

/** `POST /api/v1/tokens` (README "The wall"): a wall's token, and an operator's, which needs its OPD. */
const WALL_TOKEN_REQUEST: BodySpec = {
  valid: () => ({ role: 'wall', name: 'Layar utama Command Center' }),
  fields: [role, name, { path: 'opd', required: false, is: { type: 'code' }, invalid: ['DPUBMPR'] }],
}
const OPERATOR_TOKEN_REQUEST: BodySpec = {
  valid: () => ({ role: 'operator', name: 'Desk DPUBMPR', opd: 'DPUBMPR' }),
  fields: [role, name, { path: 'opd', required: true, is: { type: 'code' }, invalid: ['NOPE'] }],
}

describe('[FZ6] /api/v1/tokens under hostile input', () => {
  const app = useFuzzApp()
  let token = 'not-made-yet'
  beforeAll(async () => {
    const issued = await send(app.t.url, { path: '/api/v1/tokens', json: WALL_TOKEN_REQUEST.valid() })
    token = (JSON.parse(issued.text) as { id: string }).id
  })

  fuzzBodies(app, {
    name: 'POST /api/v1/tokens',
    targets: [
      { path: () => '/api/v1/tokens', spec: WALL_TOKEN_REQUEST },
      { path: () => '/api/v1/tokens', spec: OPERATOR_TOKEN_REQUEST },
    ],
  })
  // A twisted id must never revoke the token it resembles: a revocation is an event, the head would move.
  fuzz(
    'DELETE /api/v1/tokens/:id refuses an id that names no token',
    badSegment,
    (bad, tally) => app.refuses({ method: 'DELETE', path: `/api/v1/tokens/${segmentOf(bad, token)}` }, tally),
    { app },
  )
})
