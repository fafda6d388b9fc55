import { existsSync } from 'node:fs'
import { join } from 'node:path'

import express, { Router } from 'express'
import type { Logger } from 'pino'

/** The screens a browser may open directly; each is the same single-page app. */
const SCREENS = ['/', '/login', '/wall', '/exec', '/exec/*splat', '/ops', '/ops/*splat']
/** Vite's output is content-hashed: a file under assets/ never changes, so browsers may keep it for good. */
const IMMUTABLE = 'public, max-age=31536000, immutable'

/**
 * The built web app (web/dist) on the same origin as the API and the socket. Served without a credential:
 * the page holds no data, it asks for it with the token it was opened with.
 */
export function webRoutes(deps: { webDir: string; log: Logger }): Router {
  const router = Router()
  const index = join(deps.webDir, 'index.html')
  if (!existsSync(index)) {
    deps.log.warn({ webDir: deps.webDir }, 'the web app is not built (npm run build): screens answer 503')
    router.get(SCREENS, (_req, res) => {
      res.status(503).type('text/plain').send('The web app is not built: run `npm run build`.')
    })
    return router
  }
  router.use(
    '/assets',
    express.static(join(deps.webDir, 'assets'), { immutable: true, maxAge: '365d', fallthrough: false }),
  )
  router.get(SCREENS, (_req, res) => {
    // The page itself is never cached, so a deploy reaches every wall on its next load.
    res.set('Cache-Control', 'no-cache').sendFile(index)
  })
  router.use(
    express.static(deps.webDir, { index: false, setHeaders: (res) => res.set('Cache-Control', IMMUTABLE) }),
  )
  return router
}
