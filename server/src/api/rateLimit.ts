import type { Request, RequestHandler, Response } from 'express'
import { rateLimit, type RateLimitInfo, type Store } from 'express-rate-limit'

/**
 * Where a limit keeps its counts, by the limit's name: undefined for this process's memory (one
 * process), or a store every process shares (several: a client's requests count wherever they land).
 */
export type LimitCounts = (name: string) => Store | undefined

/**
 * A fixed-window limit, counted in `counts` (or this process's memory). A request past it is answered 429
 * with Retry-After and the RateLimit headers, and the wait in the body too: a page's fetch wrapper hands
 * on the body, and says it as a countdown.
 */
export function limitPerWindow(options: {
  /** Names the limit's counts in a shared store: each limit needs its own. */
  readonly name: string
  readonly counts?: LimitCounts | undefined
  readonly windowMs: number
  readonly limit: number
  readonly keyOf: (req: Request, res: Response) => string
  /** Count only requests that fail (a login limit counts failures, not people logging in). */
  readonly onlyFailures?: boolean
  readonly refusal: (retryAfterSeconds: number) => string
}): RequestHandler {
  const store = options.counts?.(options.name)
  return rateLimit({
    // A shared store that fails (Redis restarting) lets requests through rather than refusing them: the
    // limit guards against floods, and a complaint refused for it would be lost to its sender.
    ...(store ? { store, passOnStoreError: true } : {}),
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
