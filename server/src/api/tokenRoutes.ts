import { Router } from 'express'

import { issueToken, revokeToken, type TokenDeps } from '../auth/issueToken.js'
import type { EventStore } from '../log/EventStore.js'

import { allow, principalOf, requireJson } from './auth.js'
import { respond } from './respond.js'

/** `/api/v1/tokens` (admin): issue a credential for an integration or a wall, list them, revoke one. */
export function tokenRoutes(deps: { tokens: TokenDeps; store: EventStore }): Router {
  const router = Router()
  const admin = allow('admin')

  router.post('/tokens', admin, requireJson, async (req, res) => {
    const { outcome, token } = await issueToken(deps.tokens, principalOf(res).actor, req.body)
    respond(res, outcome, ({ result, seq }) => {
      if (result.kind !== 'token') throw new Error(`token issue answered ${result.kind}`)
      const body = req.body as { role: string; name: string; opd?: string }
      // The token is shown here, once; the server keeps only its digest.
      return { status: 201, body: { id: result.tokenId, token, role: body.role, name: body.name, seq } }
    })
  })

  router.get('/tokens', admin, async (_req, res) => {
    res.json({ tokens: await deps.store.tokens() })
  })

  router.delete('/tokens/:id', admin, async (req, res) => {
    const outcome = await revokeToken(deps.tokens, principalOf(res).actor, String(req.params.id))
    respond(res, outcome, () => ({ status: 200, body: { revoked: String(req.params.id) } }))
  })

  return router
}
