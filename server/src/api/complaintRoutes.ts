import { ComplaintIdSchema } from '@pendopo/shared'
import { Router } from 'express'

import type { ActionDeps } from '../actions/actOnComplaint.js'
import { actOnComplaint } from '../actions/actOnComplaint.js'
import { type IngestDeps, receiveComplaint } from '../ingest/receiveComplaint.js'
import type { EventStore } from '../log/EventStore.js'

import { allow, principalOf, requireJson } from './auth.js'
import { lastPosition, respond } from './respond.js'

/** `/api/v1/complaints`: ingest from channels, read one complaint, act on it. */
export function complaintRoutes(deps: {
  ingest: IngestDeps
  actions: ActionDeps
  store: EventStore
}): Router {
  const router = Router()

  router.post('/complaints', allow('admin', 'supervisor', 'integration'), requireJson, async (req, res) => {
    const outcome = await receiveComplaint(deps.ingest, principalOf(res).actor, req.body)
    respond(res, outcome, ({ result, seq }) => {
      if (result.kind !== 'complaint') throw new Error(`ingest answered ${result.kind}`)
      return {
        status: result.created ? 201 : 200,
        body: { id: result.id, trackingId: result.trackingId, seq },
      }
    })
  })

  router.get('/complaints/:id', allow('admin', 'supervisor', 'operator', 'executive'), async (req, res) => {
    const id = ComplaintIdSchema.safeParse(req.params.id)
    const complaint = id.success ? await deps.store.complaint(id.data) : undefined
    if (!id.success || !complaint) {
      res.status(404).json({ error: `no complaint ${String(req.params.id)}` })
      return
    }
    res.json({ complaint, history: await deps.store.complaintHistory(complaint.id) })
  })

  router.post('/complaints/:id/actions', requireJson, async (req, res) => {
    const outcome = await actOnComplaint(deps.actions, principalOf(res).actor, {
      id: String(req.params.id),
      action: req.body,
    })
    respond(res, outcome, (accepted) => ({
      status: 200,
      body: { seq: accepted.seq, ...lastPosition(accepted) },
    }))
  })

  return router
}
