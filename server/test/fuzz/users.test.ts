import { beforeAll, describe } from 'vitest'

import type { BodySpec } from './badBodies.js'
import { fuzz, send, useFuzzApp } from './fuzzApp.js'
import { fuzzBodies } from './fuzzBodies.js'
import { badSegment, segmentOf } from './hostile.js'

let made = 0

/** `POST /api/v1/users` (`NewUserSchema`, docs/access.md): an operator, so its OPD is required. */
const NEW_USER: BodySpec = {
  valid: () => ({
    username: `fuzz-${process.pid}-${++made}`,
    name: 'Operator Uji',
    role: 'operator',
    opd: 'DPUBMPR',
    password: 'a-long-test-password',
  }),
  fields: [
    {
      path: 'username',
      required: true,
      is: { type: 'code' },
      invalid: ['ab', 'Admin', '-admin', 'x'.repeat(41), 'fuzz-existing'],
    },
    { path: 'name', required: true, is: { type: 'text', min: 1, max: 120 } },
    { path: 'role', required: true, is: { type: 'code' }, invalid: ['wall', 'integration', 'system'] },
    { path: 'opd', required: true, is: { type: 'code' }, invalid: ['NOPE'] },
    { path: 'password', required: true, is: { type: 'string', min: 10, max: 200 } },
  ],
}

describe('[FZ7] /api/v1/users under hostile input', () => {
  const app = useFuzzApp()
  let user = 'not-made-yet'
  beforeAll(async () => {
    const created = await send(app.t.url, {
      path: '/api/v1/users',
      json: { ...NEW_USER.valid(), username: 'fuzz-existing' },
    })
    user = (JSON.parse(created.text) as { user: { id: string } }).user.id
  })

  fuzzBodies(app, { name: 'POST /api/v1/users', targets: [{ path: () => '/api/v1/users', spec: NEW_USER }] })
  // A twisted id must never disable the user it resembles: that is an event, the head would move.
  fuzz(
    'POST /api/v1/users/:id/disable refuses an id that names no user',
    badSegment,
    (bad, tally) =>
      app.refuses({ method: 'POST', path: `/api/v1/users/${segmentOf(bad, user)}/disable` }, tally),
    { app },
  )
})
