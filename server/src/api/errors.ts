import type { ErrorRequestHandler, RequestHandler } from 'express'
import type { Logger } from 'pino'

import { StoreUnavailableError } from '../log/EventStore.js'

import { INVALID_UTF8 } from './jsonBody.js'

/** Errors from express.json (body-parser) carry a `type`; each gets a sentence a caller can act on. */
const BODY_ERRORS: Record<string, (limit: string) => [number, string]> = {
  'entity.parse.failed': () => [400, 'malformed JSON: the body could not be parsed'],
  [INVALID_UTF8]: () => [400, 'malformed JSON: the body is not UTF-8'],
  'entity.too.large': (limit) => [413, `the body is larger than the limit of ${limit}`],
  'encoding.unsupported': () => [415, 'unsupported content encoding'],
  'charset.unsupported': () => [415, 'unsupported charset: send UTF-8'],
  'request.aborted': () => [400, 'the request was aborted'],
  'request.size.invalid': () => [400, 'the body is shorter or longer than its Content-Length'],
}

export function errorHandler(log: Logger, bodyLimit: string): ErrorRequestHandler {
  // Express recognises an error handler by its four parameters.
  // eslint-disable-next-line max-params
  return (error: unknown, req, res, _next) => {
    const type = (error as { type?: unknown }).type
    const bodyError = typeof type === 'string' ? BODY_ERRORS[type] : undefined
    if (bodyError) {
      const [status, message] = bodyError(bodyLimit)
      res.status(status).json({ error: message })
      return
    }
    // Errors from Express's own middleware (serve-static's 404, say) carry their client-error status.
    const status = (error as { status?: unknown }).status
    if (typeof status === 'number' && status >= 400 && status < 500) {
      res
        .status(status)
        .json({ error: status === 404 ? `not found: ${req.path}` : 'the request was refused' })
      return
    }
    if (error instanceof StoreUnavailableError) {
      log.error({ err: error, url: req.originalUrl }, 'store unavailable')
      res
        .status(503)
        .set('Retry-After', '5')
        .json({ error: 'the event store is unavailable: nothing was recorded, retry later' })
      return
    }
    log.error({ err: error, url: req.originalUrl }, 'unhandled error')
    res.status(500).json({ error: 'internal error' })
  }
}

export const notFound: RequestHandler = (req, res) => {
  res.status(404).json({ error: `no route ${req.method} ${req.path}` })
}
