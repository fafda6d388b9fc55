import { VillageIssueIdSchema } from '@pendopo/shared'
import { type RequestHandler, Router } from 'express'

import { actOnVillageIssue, reportVillageIssue } from '../actions/villageIssues.js'
import type { IngestDeps } from '../ingest/receiveComplaint.js'
import type { EventStore } from '../log/EventStore.js'

import { allow, principalOf, requireJson } from './auth.js'
import { respond } from './respond.js'

/** `/api/v1/village-issues`: floods, droughts, broken roads, per desa. */
export function villageIssueRoutes(deps: {
  ingest: IngestDeps
  store: EventStore
  /** Rate limits on submissions, shared with complaints' (see ingestLimits). */
  limits: readonly RequestHandler[]
}): Router {
  const router = Router()
  const writers = allow('admin', 'supervisor', 'integration')
  // Village issues are on the wall: whoever sees the wall's picture may read one; an integration only posts.
  const readers = allow('admin', 'supervisor', 'operator', 'executive', 'wall')

  router.post('/village-issues', writers, ...deps.limits, requireJson, async (req, res) => {
    const outcome = await reportVillageIssue(deps.ingest, principalOf(res).actor, req.body)
    respond(res, outcome, ({ result, seq }) => {
      if (result.kind !== 'villageIssue') throw new Error(`village issue ingest answered ${result.kind}`)
      return { status: result.created ? 201 : 200, body: { id: result.id, seq } }
    })
  })

  router.get('/village-issues/:id', readers, async (req, res) => {
    const id = VillageIssueIdSchema.safeParse(req.params.id)
    const issue = id.success ? await deps.store.villageIssue(id.data) : undefined
    if (!issue) {
      res.status(404).json({ error: `no village issue ${String(req.params.id)}` })
      return
    }
    res.json({ issue })
  })

  router.post('/village-issues/:id/actions', writers, requireJson, async (req, res) => {
    const outcome = await actOnVillageIssue(deps.ingest, principalOf(res).actor, {
      id: String(req.params.id),
      action: req.body,
    })
    respond(res, outcome, ({ seq }) => ({ status: 200, body: { seq } }))
  })

  return router
}
