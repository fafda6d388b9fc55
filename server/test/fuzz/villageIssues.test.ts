import { beforeAll, describe } from 'vitest'

import { aVillageIssue } from '../support/fixtures.js'

import type { BodySpec, Field } from './badBodies.js'
import { fuzz, send, useFuzzApp } from './fuzzApp.js'
import { fuzzBodies } from './fuzzBodies.js'
import { badSegment, segmentOf } from './hostile.js'

const severity = (required: boolean): Field => ({
  path: 'severity',
  required,
  is: { type: 'number', invalid: [0, 4, 2.5, -1] },
})
const affected: Field[] = [
  { path: 'affected', required: false, is: { type: 'object' } },
  { path: 'affected.households', required: false, is: { type: 'number', invalid: [-1, 1.5, 10_000_001] } },
]
const note: Field = {
  path: 'note',
  required: false,
  is: { type: 'text', min: 1, max: 1000, multiline: true },
}

/** `POST /api/v1/village-issues` (`VillageIssueSubmissionSchema`). */
const VILLAGE_ISSUE: BodySpec = {
  valid: () => aVillageIssue(),
  fields: [
    { path: 'source', required: true, is: { type: 'object' } },
    { path: 'source.system', required: true, is: { type: 'code' }, invalid: ['B', 'BPBD', 'bpbd desa'] },
    { path: 'source.externalId', required: true, is: { type: 'text', min: 1, max: 200 } },
    { path: 'kind', required: true, is: { type: 'code' }, invalid: ['tsunami'] },
    { path: 'desaCode', required: true, is: { type: 'code' }, invalid: ['35.22.23.2999'] },
    severity(true),
    { path: 'title', required: true, is: { type: 'text', min: 3, max: 200 } },
    { path: 'description', required: false, is: { type: 'text', min: 1, max: 4000, multiline: true } },
    { path: 'startedAt', required: true, is: { type: 'code' }, invalid: ['2026-11-23T05:00:00'] },
    ...affected,
  ],
}

/** `POST /api/v1/village-issues/:id/actions` (`VillageIssueActionSchema`): update or resolve. */
const UPDATE: BodySpec = {
  valid: () => ({ type: 'update', severity: 3, affected: { households: 200 }, note: 'air naik' }),
  fields: [{ path: 'type', required: true, is: { type: 'code' } }, severity(false), ...affected, note],
}
const RESOLVE: BodySpec = {
  valid: () => ({ type: 'resolve', note: 'air surut' }),
  fields: [{ path: 'type', required: true, is: { type: 'code' } }, note],
}

describe('[FZ4] village issues under hostile input', () => {
  const app = useFuzzApp()
  let issue = 'not-made-yet'
  beforeAll(async () => {
    const created = await send(app.t.url, { path: '/api/v1/village-issues', json: aVillageIssue() })
    issue = (JSON.parse(created.text) as { id: string }).id
  })
  const actions = () => `/api/v1/village-issues/${issue}/actions`

  fuzzBodies(app, {
    name: 'POST /api/v1/village-issues',
    targets: [{ path: () => '/api/v1/village-issues', spec: VILLAGE_ISSUE }],
  })
  fuzzBodies(app, {
    name: 'POST /api/v1/village-issues/:id/actions',
    targets: [
      { path: actions, spec: UPDATE },
      { path: actions, spec: RESOLVE },
    ],
  })
  fuzz(
    'POST /api/v1/village-issues/:id/actions refuses a valid action on an id that names no issue',
    badSegment,
    (bad, tally) =>
      app.refuses(
        { path: `/api/v1/village-issues/${segmentOf(bad, issue)}/actions`, json: { type: 'resolve' } },
        tally,
      ),
    { app },
  )
})
