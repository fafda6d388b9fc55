import { Router } from 'express'
import type { Logger } from 'pino'

import type { EventStore } from '../log/EventStore.js'
import type { WriteHealth } from '../log/GroupCommitter.js'
import type { Metrics } from '../metrics.js'

import { allow } from './auth.js'

/**
 * `/healthz` (no credential: load balancers and systemd ask it) and `/metrics` (Prometheus). Healthy is:
 * the store answers, and it took the last write.
 */
export function healthRoutes(deps: { store: EventStore; writes: () => WriteHealth; log: Logger }): Router {
  const router = Router()
  router.get('/healthz', async (_req, res) => {
    res.set('Cache-Control', 'no-store')
    try {
      await deps.store.ping()
      const writes = deps.writes()
      if (writes.ok) res.json({ status: 'ok' })
      else
        res.status(503).json({
          status: 'unavailable',
          error: `the event store has refused writes since ${writes.since.toISOString()}: ${writes.error}`,
        })
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
