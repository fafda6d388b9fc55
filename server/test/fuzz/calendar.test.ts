import { describe } from 'vitest'

import type { BodySpec } from './badBodies.js'
import { useFuzzApp } from './fuzzApp.js'
import { fuzzBodies } from './fuzzBodies.js'
import { objectOf } from './hostile.js'

/**
 * `POST /api/v1/calendar/amendments` (`CalendarAmendmentSchema` and `expectedVersion`). The valid one
 * moves Christmas 2026 to itself under a new name: it removes and adds the same listed day, so both lists
 * are there to break.
 */
const AMENDMENT: BodySpec = {
  valid: () => ({
    add: [{ date: '2026-12-25', kind: 'national_holiday', name: 'Hari Raya Natal' }],
    remove: ['2026-12-25'],
    reason: 'Keputusan Bupati Nomor 1 Tahun 2026',
  }),
  fields: [
    { path: 'add', required: false, is: { type: 'array', max: 400 } },
    { path: 'add.0', required: false, is: { type: 'object' } },
    {
      path: 'add.0.date',
      required: true,
      is: { type: 'code' },
      invalid: ['2026-02-30', '2026-13-01', '26-12-25'],
    },
    { path: 'add.0.kind', required: true, is: { type: 'code' }, invalid: ['weekend'] },
    { path: 'add.0.name', required: true, is: { type: 'text', min: 1, max: 200 } },
    { path: 'add.0.estimate', required: false, is: { type: 'boolean' } },
    { path: 'remove', required: false, is: { type: 'array', max: 400 } },
    { path: 'remove.0', required: false, is: { type: 'code' }, invalid: ['2026-02-30', '2026-12-26'] },
    { path: 'reason', required: true, is: { type: 'text', min: 1, max: 500, multiline: true } },
    { path: 'expectedVersion', required: false, is: { type: 'number', invalid: [0, -1, 1.5, 99] } },
  ],
}

describe('[FZ5] POST /api/v1/calendar/amendments under hostile input', () => {
  const app = useFuzzApp()
  fuzzBodies(app, {
    name: 'POST /api/v1/calendar/amendments',
    targets: [{ path: () => '/api/v1/calendar/amendments', spec: AMENDMENT }],
    examples: [
      // Found by fast-check: the schema was not strict, so `__proto__` was dropped and the amendment applied.
      {
        defects: [{ extra: '', key: '__proto__', to: null }],
        body: objectOf([...Object.entries(AMENDMENT.valid()), ['__proto__', null]]),
      },
    ],
  })
})
