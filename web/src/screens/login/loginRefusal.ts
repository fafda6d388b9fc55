import type { ApiError } from '../../live/session.js'

/** Why a login did not succeed, as the page explains it. */
export type LoginRefusal =
  | { readonly kind: 'credentials' }
  /** Too many attempts (429); `retryAfterSec` when the server said how long to wait. */
  | { readonly kind: 'rateLimited'; readonly retryAfterSec: number | null }
  | { readonly kind: 'offline' }
  | { readonly kind: 'other'; readonly message: string }

const MAX_WAIT_SEC = 24 * 3600

/**
 * The refusal a failed login is. The wait of a 429 is read from the answer's `Retry-After` (carried into the
 * body as `retryAfter` seconds, since `api()` hands on the body, not the headers).
 */
export function loginRefusal(problem: ApiError): LoginRefusal {
  switch (problem.status) {
    case 0:
      return { kind: 'offline' }
    case 400:
    case 401:
      return { kind: 'credentials' }
    case 429:
      return { kind: 'rateLimited', retryAfterSec: waitOf(problem.body) }
    default:
      return { kind: 'other', message: problem.error }
  }
}

function waitOf(body: Record<string, unknown>): number | null {
  const value = body['retryAfter'] ?? body['retryAfterSec'] ?? body['retryAfterSeconds']
  const seconds = typeof value === 'string' ? Number(value) : value
  return typeof seconds === 'number' && Number.isFinite(seconds) && seconds > 0
    ? Math.min(Math.ceil(seconds), MAX_WAIT_SEC)
    : null
}
