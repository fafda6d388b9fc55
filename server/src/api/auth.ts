import type { Role } from '@pendopo/shared'
import type { NextFunction, Request, RequestHandler, Response } from 'express'

import type { Authenticator, Principal } from '../auth/Authenticator.js'

const BEARER = /^Bearer ([\x21-\x7e]{1,512})$/

/** Every route but `/healthz` needs a credential: `Authorization: Bearer <token>`. */
export function authenticate(authenticator: Authenticator): RequestHandler {
  return async (req, res, next) => {
    const match = BEARER.exec(req.get('authorization') ?? '')
    const principal = match?.[1] ? await authenticator.authenticate(match[1]) : undefined
    if (!principal) {
      res
        .status(401)
        .set('WWW-Authenticate', 'Bearer realm="pendopo"')
        .json({ error: match ? 'unknown or revoked token' : 'send Authorization: Bearer <token>' })
      return
    }
    res.locals.principal = principal
    next()
  }
}

export const principalOf = (res: Response): Principal => res.locals.principal as Principal

/** Only these roles may use the route. */
export function allow(...roles: Role[]): RequestHandler {
  return (_req: Request, res: Response, next: NextFunction) => {
    const { actor } = principalOf(res)
    if (roles.includes(actor.role)) return next()
    res.status(403).json({ error: `the ${actor.role} role may not do this (allowed: ${roles.join(', ')})` })
  }
}

/** Writes take JSON only: anything else is refused before it is parsed. */
export const requireJson: RequestHandler = (req, res, next) => {
  if (req.is('application/json')) return next()
  res.status(415).json({ error: 'send the body as application/json' })
}
