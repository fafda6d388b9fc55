import { complaintFor, ComplaintIdSchema, issuesOf, QueueQuerySchema } from '@pendopo/shared'
import { type RequestHandler, Router } from 'express'

import type { ActionDeps } from '../actions/actOnComplaint.js'
import { actOnComplaint } from '../actions/actOnComplaint.js'
import { type IngestDeps, receiveComplaint } from '../ingest/receiveComplaint.js'
import type { EventStore } from '../log/EventStore.js'

import { allow, principalOf, requireJson } from './auth.js'
import { lastPosition, respond } from './respond.js'

/**
 * `/api/v1/complaints`: ingest from channels, the queue, read one complaint, act on it. An operator reads
 * only its own OPD's complaints (docs/access.md); what each role sees of one is `complaintFor`'s.
 */
export function complaintRoutes(deps: {
  ingest: IngestDeps
  actions: ActionDeps
  store: EventStore
  /** Rate limits on submissions (see ingestLimits). */
  limits: readonly RequestHandler[]
}): Router {
  const router = Router()

  router.post(
    '/complaints',
    allow('admin', 'supervisor', 'integration'),
    ...deps.limits,
    requireJson,
    async (req, res) => {
      const outcome = await receiveComplaint(deps.ingest, principalOf(res).actor, req.body)
      respond(res, outcome, ({ result, seq }) => {
        if (result.kind !== 'complaint') throw new Error(`ingest answered ${result.kind}`)
        return {
          status: result.created ? 201 : 200,
          body: { id: result.id, trackingId: result.trackingId, seq },
        }
      })
    },
  )

  const readers = allow('admin', 'supervisor', 'operator', 'executive')

  router.get('/complaints', readers, async (req, res) => {
    const parsed = QueueQuerySchema.safeParse(req.query)
    if (!parsed.success) {
      res.status(400).json({ error: 'the queue query is not valid', issues: issuesOf(parsed.error) })
      return
    }
    const { actor } = principalOf(res)
    const query = parsed.data
    if (actor.role === 'operator') {
      if (query.opd?.some((opd) => opd !== actor.opd)) {
        res.status(403).json({ error: `an operator of ${actor.opd} reads only its own OPD's complaints` })
        return
      }
      if (actor.opd) query.opd = [actor.opd]
    }
    res.set('Cache-Control', 'no-store').json(await deps.store.queue(query))
  })

  router.get('/complaints/:id', readers, async (req, res) => {
    const id = ComplaintIdSchema.safeParse(req.params.id)
    const complaint = id.success ? await deps.store.complaint(id.data) : undefined
    if (!id.success || !complaint) {
      res.status(404).json({ error: `no complaint ${String(req.params.id)}` })
      return
    }
    const { actor } = principalOf(res)
    if (actor.role === 'operator' && complaint.opd !== actor.opd) {
      res.status(403).json({ error: `complaint ${complaint.trackingId} is not ${actor.opd}'s` })
      return
    }
    const history = await deps.store.complaintHistory(complaint.id)
    res.set('Cache-Control', 'no-store').json(complaintFor(actor.role, complaint, history))
  })

  router.post(
    '/complaints/:id/actions',
    allow('admin', 'supervisor', 'operator'),
    requireJson,
    async (req, res) => {
      const outcome = await actOnComplaint(deps.actions, principalOf(res).actor, {
        id: String(req.params.id),
        action: req.body,
      })
      respond(res, outcome, (accepted) => ({
        status: 200,
        body: { seq: accepted.seq, ...lastPosition(accepted) },
      }))
    },
  )

  return router
}
