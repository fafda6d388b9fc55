import { type Role, SESSION_COOKIE } from '@pendopo/shared'
import { parse as parseCookies } from 'cookie'
import type { NextFunction, Request, RequestHandler, Response } from 'express'

import type { Authenticator, Principal } from '../auth/Authenticator.js'
import type { Sessions } from '../auth/sessions.js'

const BEARER = /^Bearer ([\x21-\x7e]{1,512})$/

/** The session id a request's cookie carries, if any. */
export const sessionIdOf = (cookieHeader: string | undefined): string | undefined =>
  cookieHeader ? parseCookies(cookieHeader)[SESSION_COOKIE] : undefined

/**
 * Every route but `/healthz` and the login needs a credential: `Authorization: Bearer <token>`, or the
 * session cookie of a person who logged in.
 */
export function authenticate(deps: { authenticator: Authenticator; sessions: Sessions }): RequestHandler {
  return async (req, res, next) => {
    const match = BEARER.exec(req.get('authorization') ?? '')
    const sessionId = match ? undefined : sessionIdOf(req.get('cookie'))
    const principal = match?.[1]
      ? await deps.authenticator.authenticate(match[1])
      : sessionId
        ? (await deps.sessions.resolve(sessionId))?.principal
        : undefined
    if (!principal) {
      res
        .status(401)
        .set('WWW-Authenticate', 'Bearer realm="pendopo"')
        .json({
          error: match
            ? 'unknown or revoked token'
            : sessionId
              ? 'the session has expired: log in again'
              : 'log in, or send Authorization: Bearer <token>',
        })
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
