import type { RequestHandler } from 'express'
import { ipKeyGenerator } from 'express-rate-limit'

import { principalOf } from './auth.js'
import { type LimitCounts, limitPerWindow } from './rateLimit.js'

/**
 * Submissions each credential may make per minute, by default: a regency receives hundreds of complaints a
 * day, a bridge replaying a backlog of SP4N-LAPOR! a few per second; a leaked token posting thousands a
 * minute is an attack, and fills the wall with noise before anyone can revoke it.
 */
export const DEFAULT_INGEST_PER_MINUTE = 1_200
/** One address may carry several credentials (a bridge, a district office behind one NAT). */
const ADDRESS_SHARE = 4

/**
 * Ingest's rate limits, per client address and per credential (the token or the logged-in user), over
 * one-minute windows. A refused submission is answered 429 before it is parsed, and records nothing.
 */
export function ingestLimits(
  perMinute: number = DEFAULT_INGEST_PER_MINUTE,
  counts?: LimitCounts,
): RequestHandler[] {
  const limit = (limit: number, who: string, keyOf: Parameters<typeof limitPerWindow>[0]['keyOf']) =>
    limitPerWindow({
      name: `ingest-${who}`,
      counts,
      windowMs: 60_000,
      limit,
      keyOf,
      refusal: (retryAfter) =>
        `too many submissions from this ${who}: at most ${limit} a minute; nothing was recorded, try again in ${retryAfter} s`,
    })
  return [
    limit(perMinute * ADDRESS_SHARE, 'address', (req) => ipKeyGenerator(req.ip ?? '')),
    limit(perMinute, 'credential', (_req, res) => principalOf(res).actor.id),
  ]
}
