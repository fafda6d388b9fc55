import {
  type Audience,
  CATEGORIES,
  CATEGORY_TOPS,
  CHANNELS,
  type SlaPolicy,
  type Snapshot,
  STATES,
  TRANSITIONS,
} from '@pendopo/shared'
import { Router } from 'express'

import type { Reference } from '../reference/Reference.js'

import { principalOf } from './auth.js'

/** `/api/v1/snapshot` and `/api/v1/reference`: what a dashboard loads to draw itself. */
export function readRoutes(deps: {
  takeSnapshot: (audience: Audience) => Promise<Snapshot>
  reference: Reference
  policy: SlaPolicy
}): Router {
  const router = Router()
  const reference = referenceBody(deps.reference, deps.policy)

  router.get('/snapshot', async (_req, res) => {
    // The server's own cost, for a browser's devtools and the benchmarks: reading the store, then
    // serialising. Compression comes after the headers are sent, so it is not in here.
    const started = performance.now()
    const snapshot = await deps.takeSnapshot(principalOf(res).audience)
    const read = performance.now()
    const body = JSON.stringify(snapshot)
    const serialised = performance.now()
    res.set(
      'Server-Timing',
      `store;dur=${(read - started).toFixed(1)}, json;dur=${(serialised - read).toFixed(1)}, total;dur=${(serialised - started).toFixed(1)}`,
    )
    res.type('json').send(body)
  })

  router.get('/reference', (_req, res) => {
    res.set('Cache-Control', 'private, max-age=300').json(reference)
  })

  return router
}

/** The code lists, built once: channels, categories, OPDs, kecamatan and desa, the lifecycle and the policy. */
function referenceBody(reference: Reference, policy: SlaPolicy) {
  const { geo } = reference
  return {
    kabupaten: geo.kabupaten,
    kecamatan: geo.kecamatan,
    desa: geo.desa,
    opds: reference.opds,
    channels: Object.entries(CHANNELS).map(([code, names]) => ({ code, ...names })),
    categoryTops: CATEGORY_TOPS,
    categories: CATEGORIES,
    states: STATES,
    transitions: TRANSITIONS,
    slaPolicy: policy,
  }
}
