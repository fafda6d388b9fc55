import { issuesOf, NewUserSchema, SeqSchema, UserIdSchema } from '@pendopo/shared'
import { Router } from 'express'
import { z } from 'zod'

import { publicUser } from '../auth/sessions.js'
import { createUser, disableUser, type UserDeps } from '../auth/users.js'
import type { EventStore } from '../log/EventStore.js'

import { allow, principalOf, requireJson } from './auth.js'
import { respond } from './respond.js'

const AuditQuerySchema = z.strictObject({
  actor: z.string().min(1).max(100),
  before: z.coerce.number().pipe(SeqSchema).optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
})

/** `/api/v1/users` (admin) and `/api/v1/audit` (admin, supervisor): accounts, and who did what. */
export function userRoutes(deps: { users: UserDeps; store: EventStore }): Router {
  const router = Router()
  const admin = allow('admin')

  router.get('/users', admin, async (_req, res) => {
    res.json({ users: (await deps.store.users()).map(publicUser) })
  })

  router.post('/users', admin, requireJson, async (req, res) => {
    const parsed = NewUserSchema.safeParse(req.body)
    if (!parsed.success) {
      res.status(400).json({ error: 'the user is not valid', issues: issuesOf(parsed.error) })
      return
    }
    const outcome = await createUser(deps.users, principalOf(res).actor, { user: parsed.data })
    const created = outcome.ok ? await deps.store.userByUsername(parsed.data.username) : undefined
    respond(res, outcome, () => ({ status: 201, body: { user: created && publicUser(created) } }))
  })

  router.post('/users/:id/disable', admin, async (req, res) => {
    const id = UserIdSchema.safeParse(req.params.id)
    if (!id.success) {
      res.status(404).json({ error: `no user ${String(req.params.id)}` })
      return
    }
    const outcome = await disableUser(deps.users, principalOf(res).actor, id.data)
    const user = await deps.store.user(id.data)
    respond(res, outcome, () => ({ status: 200, body: { user: user && publicUser(user) } }))
  })

  router.get('/audit', allow('admin', 'supervisor'), async (req, res) => {
    const parsed = AuditQuerySchema.safeParse(req.query)
    if (!parsed.success) {
      res.status(400).json({ error: 'the audit query is not valid', issues: issuesOf(parsed.error) })
      return
    }
    const { actor, before, limit } = parsed.data
    const events = await deps.store.eventsByActor(actor, {
      beforeSeq: before ?? Number.MAX_SAFE_INTEGER,
      limit,
    })
    res.set('Cache-Control', 'no-store').json({ events })
  })

  return router
}
