import { describe } from 'vitest'

import { aComplaint } from '../support/fixtures.js'

import type { BodySpec } from './badBodies.js'
import { useFuzzApp } from './fuzzApp.js'
import { fuzzBodies } from './fuzzBodies.js'

/** `POST /api/v1/complaints` (`ComplaintSubmissionSchema`, README "The API"). */
export const COMPLAINT: BodySpec = {
  valid: () => aComplaint(),
  fields: [
    { path: 'source', required: true, is: { type: 'object' } },
    { path: 'source.channel', required: true, is: { type: 'code' }, invalid: ['pigeon', 'WhatsApp'] },
    { path: 'source.externalId', required: true, is: { type: 'text', min: 1, max: 200 } },
    { path: 'kind', required: false, is: { type: 'code' }, invalid: ['gossip'] },
    { path: 'title', required: true, is: { type: 'text', min: 3, max: 200 } },
    { path: 'body', required: true, is: { type: 'text', min: 1, max: 8000, multiline: true } },
    { path: 'category', required: true, is: { type: 'code' }, invalid: ['pupr.teleportasi'] },
    { path: 'location', required: true, is: { type: 'object' } },
    { path: 'location.desaCode', required: true, is: { type: 'code' }, invalid: ['35.22.15.1099'] },
    { path: 'location.lat', required: false, is: { type: 'number', invalid: [90.5, -91, -7.15] } },
    { path: 'location.lon', required: false, is: { type: 'number', invalid: [180.5, -181, 111.88] } },
    { path: 'location.address', required: false, is: { type: 'text', min: 1, max: 300 } },
    {
      path: 'reportedAt',
      required: true,
      is: { type: 'code' },
      invalid: [
        '2099-01-01T00:00:00+07:00',
        '2026-11-23T08:30:00',
        '2026-02-30T08:00:00+07:00',
        '2026-11-23',
      ],
    },
    { path: 'reporter', required: true, is: { type: 'object' } },
    { path: 'reporter.anonymous', required: true, is: { type: 'boolean' } },
    { path: 'reporter.confidential', required: true, is: { type: 'boolean' } },
    { path: 'reporter.name', required: false, is: { type: 'text', min: 1, max: 120 } },
    { path: 'reporter.phone', required: false, is: { type: 'code' }, invalid: ['12345', '+1 555 0100'] },
  ],
}

describe('[FZ1] POST /api/v1/complaints under hostile input', () => {
  const app = useFuzzApp()
  fuzzBodies(app, {
    name: 'POST /api/v1/complaints',
    targets: [{ path: () => '/api/v1/complaints', spec: COMPLAINT }],
    examples: [
      // Found by fast-check: a paragraph separator broke a single-line name, and was stored (text.ts).
      {
        defects: [{ set: 'reporter.name', to: "'\u2029; DROP TABLE events; --" }],
        body: aComplaint({
          reporter: { anonymous: false, confidential: false, name: "'\u2029; DROP TABLE events; --" },
        }),
      },
    ],
  })
})
