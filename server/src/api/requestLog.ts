import type { RequestHandler } from 'express'
import type { Logger } from 'pino'

/** A request that takes longer than this is worth a line even when it succeeded. */
const SLOW_MS = 1_000

/**
 * One log line per request that went wrong, was slow or was cut off; every other request only at `debug`.
 * The reverse proxy in front keeps the access log of every success, and the event log keeps every
 * write with its actor. A JSON line per request, as pino-http writes it, was a tenth of the server's CPU at
 * a few thousand complaints a second, most of it spent serialising requests that nobody reads.
 *
 * Only the method, the path, the status, the time and who called: never headers, cookies or bodies, which
 * carry credentials and reporters' personal data.
 */
export function requestLog(log: Logger, { slowMs = SLOW_MS }: { slowMs?: number } = {}): RequestHandler {
  return (req, res, next) => {
    const started = performance.now()
    const done = (finished: boolean) => {
      res.off('finish', onFinish)
      res.off('close', onClose)
      const ms = Math.round(performance.now() - started)
      const status = res.statusCode
      const level = !finished
        ? 'info'
        : status >= 500
          ? 'error'
          : ms >= slowMs
            ? 'warn'
            : status >= 400
              ? 'info'
              : 'debug'
      if (!log.isLevelEnabled(level)) return
      const actor = (res.locals.principal as { actor?: { id?: string } } | undefined)?.actor?.id
      log[level](
        { method: req.method, path: req.path, status, ms, ...(actor ? { actor } : {}) },
        finished ? 'request' : 'request aborted by the client',
      )
    }
    const onFinish = () => done(true)
    const onClose = () => done(res.writableFinished)
    res.on('finish', onFinish)
    res.on('close', onClose)
    next()
  }
}
