import { issuesOf, LoginRequestSchema, SESSION_COOKIE } from '@pendopo/shared'
import { serialize } from 'cookie'
import { type Request, type Response, Router } from 'express'
import { ipKeyGenerator } from 'express-rate-limit'

import { SESSION_TTL_MS, type Sessions } from '../auth/sessions.js'

import { requireJson, sessionIdOf } from './auth.js'
import { type LimitCounts, limitPerWindow } from './rateLimit.js'

/**
 * Failed logins allowed in a window: per address and username, enough for typos and too few for guessing;
 * per address across usernames, enough for an office behind one NAT and too few to spray a password.
 */
const FAILURES_PER_WINDOW = 10
const FAILURES_PER_ADDRESS = 30
const WINDOW_MS = 15 * 60_000

const failedLoginLimit = (
  limit: { name: string; limit: number; counts: LimitCounts | undefined },
  keyOf: (req: Request) => string,
) =>
  limitPerWindow({
    ...limit,
    windowMs: WINDOW_MS,
    keyOf,
    onlyFailures: true,
    refusal: (retryAfter) => `too many failed logins: try again in ${Math.ceil(retryAfter / 60)} minutes`,
  })

/** The session cookie: unreadable by scripts, never sent cross-site, only over TLS when TLS is in use. */
function sessionCookie(req: Request, value: string, maxAgeMs: number): string {
  return serialize(SESSION_COOKIE, value, {
    httpOnly: true,
    sameSite: 'strict',
    secure: req.secure,
    path: '/',
    maxAge: Math.floor(maxAgeMs / 1000),
  })
}

const usernameOf = (req: Request): string => {
  const body = req.body as { username?: unknown } | undefined
  return typeof body?.username === 'string' ? body.username.slice(0, 80) : ''
}

/**
 * `/api/v1/session`: log in (before any credential is asked for), see who is logged in, log out. A login
 * always starts a new session, so a session id planted before it is worth nothing (no fixation).
 */
export function sessionRoutes(deps: { sessions: Sessions; counts?: LimitCounts | undefined }): Router {
  const router = Router()
  const addressOf = (req: Request) => ipKeyGenerator(req.ip ?? '')
  const limits = [
    failedLoginLimit({ name: 'login-address', limit: FAILURES_PER_ADDRESS, counts: deps.counts }, addressOf),
    failedLoginLimit(
      { name: 'login-user', limit: FAILURES_PER_WINDOW, counts: deps.counts },
      (req) => `${addressOf(req)}|${usernameOf(req)}`,
    ),
  ]

  router.post('/session', ...limits, requireJson, async (req, res) => {
    const parsed = LoginRequestSchema.safeParse(req.body)
    if (!parsed.success) {
      res.status(400).json({ error: 'the login is not valid', issues: issuesOf(parsed.error) })
      return
    }
    const session = await deps.sessions.login(parsed.data.username, parsed.data.password)
    if (!session) {
      res.status(401).json({ error: 'wrong username or password' })
      return
    }
    const previous = sessionIdOf(req.get('cookie'))
    if (previous) await deps.sessions.logout(previous)
    res.set('Set-Cookie', sessionCookie(req, session.id, SESSION_TTL_MS)).json(session.info)
  })

  router.get('/session', async (req: Request, res: Response) => {
    const id = sessionIdOf(req.get('cookie'))
    const session = id ? await deps.sessions.resolve(id) : undefined
    if (!session) res.status(401).json({ error: 'not logged in' })
    else res.set('Cache-Control', 'no-store').json(session.info)
  })

  router.delete('/session', async (req, res) => {
    const id = sessionIdOf(req.get('cookie'))
    if (id) await deps.sessions.logout(id)
    res
      .set('Set-Cookie', sessionCookie(req, '', 0))
      .status(204)
      .end()
  })

  return router
}
