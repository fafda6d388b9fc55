import type { z } from 'zod'

/** First retry after 1 s, then doubling, at most 30 s apart: a wall keeps asking, never gives up. */
const FIRST_RETRY_MS = 1_000
const MAX_RETRY_MS = 30_000

/**
 * GETs a JSON document with the bearer token (or, without one, the session cookie) and validates it,
 * retrying until it succeeds (the server may be restarting). `signal` stops the retries when the screen
 * goes away.
 */
export async function fetchWithRetry<T>(
  url: string,
  options: { token?: string; schema: z.ZodType<T>; signal?: AbortSignal },
): Promise<T> {
  for (let delay = FIRST_RETRY_MS; ; delay = Math.min(delay * 2, MAX_RETRY_MS)) {
    try {
      const res = await fetch(url, {
        headers: options.token ? { authorization: `Bearer ${options.token}` } : {},
        ...(options.signal ? { signal: options.signal } : {}),
      })
      if (res.ok) return options.schema.parse(await res.json())
    } catch (error) {
      if (options.signal?.aborted) throw error
    }
    await new Promise((resolve) => setTimeout(resolve, delay))
  }
}
