import type { IncomingMessage } from 'node:http'

/**
 * Which browser pages may open a socket. A page on another site can open a WebSocket to this server, and the
 * browser decides on its own whether to send the session cookie with it (cross-site WebSocket hijacking);
 * Socket.IO's `cors` option does not apply to a WebSocket upgrade. So every handshake that carries an
 * `Origin` must come from the host it is addressed to (the web app is served from the same origin) or from
 * one listed in `PENDOPO_ALLOWED_ORIGINS`. A client that is not a browser sends no Origin and must
 * authenticate with a token, as every client does.
 *
 * The scheme is not compared: behind a TLS-terminating proxy the page is `https://` and the request that
 * reaches us is plain HTTP with the same Host.
 */
export function originCheck(allowed: readonly string[]): (request: IncomingMessage) => string | undefined {
  const origins = new Set(allowed.map((o) => new URL(o).origin))
  return (request) => {
    const origin = request.headers.origin
    if (origin === undefined) return undefined
    const url = parseOrigin(origin)
    if (!url) return `the Origin "${origin}" is not a web origin`
    if (origins.has(url.origin)) return undefined
    if (request.headers.host !== undefined && url.host === request.headers.host.toLowerCase())
      return undefined
    return `pages from ${url.origin} may not open a socket here (PENDOPO_ALLOWED_ORIGINS)`
  }
}

function parseOrigin(origin: string): URL | undefined {
  try {
    const url = new URL(origin)
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined
  } catch {
    return undefined // "null" (a sandboxed frame, a file: page) and anything else malformed
  }
}
