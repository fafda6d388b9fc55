import { Router } from 'express'
import type { Logger } from 'pino'

import type { EventStore } from '../log/EventStore.js'
import type { Metrics } from '../metrics.js'

import { allow } from './auth.js'

/** `/healthz` (no credential: load balancers and systemd ask it) and `/metrics` (Prometheus). */
export function healthRoutes(deps: { store: EventStore; log: Logger }): Router {
  const router = Router()
  router.get('/healthz', async (_req, res) => {
    try {
      await deps.store.ping()
      res.json({ status: 'ok' })
    } catch (error) {
      deps.log.warn({ err: error }, 'health check failed')
      res.status(503).json({ status: 'unavailable', error: 'the event store is unreachable' })
    }
  })
  return router
}

export function metricsRoutes(deps: { metrics: Metrics }): Router {
  const router = Router()
  router.get('/metrics', allow('admin'), async (_req, res) => {
    res.type(deps.metrics.registry.contentType).send(await deps.metrics.registry.metrics())
  })
  return router
}
