import { HandshakeAuthSchema, issuesOf, type Reader, ResumeRequestSchema } from '@pendopo/shared'
import type { Logger } from 'pino'

import { sessionIdOf } from '../api/auth.js'
import type { Authenticator, Principal } from '../auth/Authenticator.js'
import type { Sessions } from '../auth/sessions.js'

import type { LiveHub, LiveServer, LiveSocket } from './LiveHub.js'

/** What the server remembers of a socket once its handshake is accepted. */
export interface LiveSocketData {
  principal: Principal
  reader: Reader
}

/**
 * The socket's boundary: authenticate the handshake (a token in `auth`, never in the URL, or the session
 * cookie a same-origin browser sends), then catch the client up and stream live in its reader's room;
 * `resume` re-runs the catch-up from the client's last contiguous seq. Roles with no stream (integrations)
 * are refused.
 */
export function attachLiveHandlers(
  io: LiveServer,
  deps: { hub: LiveHub; authenticator: Authenticator; sessions: Sessions; log: Logger },
) {
  io.use((socket, next) => {
    const auth = HandshakeAuthSchema.safeParse(socket.handshake.auth)
    if (!auth.success) {
      const problems = issuesOf(auth.error)
        .map((i) => `${i.path || 'auth'}: ${i.message}`)
        .join('; ')
      return next(new Error(`unauthorized: the handshake needs auth { token } (${problems})`))
    }
    const { token } = auth.data
    const sessionId = token ? undefined : sessionIdOf(socket.request.headers.cookie)
    const principal = token
      ? deps.authenticator.authenticate(token)
      : sessionId
        ? deps.sessions.resolve(sessionId).then((s) => s?.principal)
        : Promise.resolve(undefined)
    principal.then(
      (found) => {
        if (!found)
          return next(
            new Error(token ? 'unauthorized: unknown token' : 'unauthorized: log in or send auth { token }'),
          )
        if (!found.reader)
          return next(new Error(`unauthorized: the ${found.actor.role} role has no live stream`))
        Object.assign(socket.data as LiveSocketData, { principal: found, reader: found.reader })
        next()
      },
      (error: unknown) => {
        deps.log.error({ err: error }, 'authenticating a socket failed')
        next(new Error('unavailable: could not check the token, retry later'))
      },
    )
  })

  io.on('connection', (socket: LiveSocket) => {
    const { reader } = socket.data as LiveSocketData
    const { afterSeq } = HandshakeAuthSchema.parse(socket.handshake.auth)
    const catchUp = (from: number | undefined) =>
      deps.hub.catchUp(socket, reader, from).catch((error: unknown) => {
        deps.log.warn({ err: error, socket: socket.id }, 'catching a client up failed; disconnecting it')
        socket.disconnect(true)
      })
    void catchUp(afterSeq)

    socket.on('resume', (request: unknown) => {
      const parsed = ResumeRequestSchema.safeParse(request)
      if (!parsed.success) {
        socket.emit('protocol_error', { code: 'bad_request', message: 'resume needs { afterSeq: a seq }' })
        return
      }
      void catchUp(parsed.data.afterSeq)
    })
  })
}
