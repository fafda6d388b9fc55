import type { Request, RequestHandler, Response } from 'express'
import { rateLimit, type RateLimitInfo } from 'express-rate-limit'

/**
 * A fixed-window limit held in this process's memory (with several nodes, each counts on its own). A
 * request past it is answered 429 with Retry-After and the RateLimit headers, and the wait in the body
 * too: a page's fetch wrapper hands on the body, and says it as a countdown.
 */
export function limitPerWindow(options: {
  readonly windowMs: number
  readonly limit: number
  readonly keyOf: (req: Request, res: Response) => string
  /** Count only requests that fail (a login limit counts failures, not people logging in). */
  readonly onlyFailures?: boolean
  readonly refusal: (retryAfterSeconds: number) => string
}): RequestHandler {
  return rateLimit({
    windowMs: options.windowMs,
    limit: options.limit,
    skipSuccessfulRequests: options.onlyFailures ?? false,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    keyGenerator: options.keyOf,
    handler: (req, res) => {
      const { rateLimit: info } = req as Request & { rateLimit?: RateLimitInfo }
      const reset = info?.resetTime?.getTime() ?? Date.now() + options.windowMs
      const retryAfter = Math.max(1, Math.ceil((reset - Date.now()) / 1000))
      res.status(429).json({ error: options.refusal(retryAfter), retryAfter })
    },
  })
}
