import { HandshakeAuthSchema, issuesOf, ResumeRequestSchema } from '@pendopo/shared'
import type { Logger } from 'pino'

import type { Authenticator, Principal } from '../auth/Authenticator.js'

import type { LiveHub, LiveServer, LiveSocket } from './LiveHub.js'

/** What the server remembers of a socket once its handshake is accepted. */
export interface LiveSocketData {
  principal: Principal
}

/**
 * The socket's boundary: authenticate the handshake (token in `auth`, never in the URL), then catch the
 * client up and stream live; `resume` re-runs the catch-up from the client's last contiguous seq.
 */
export function attachLiveHandlers(
  io: LiveServer,
  deps: { hub: LiveHub; authenticator: Authenticator; log: Logger },
) {
  io.use((socket, next) => {
    const auth = HandshakeAuthSchema.safeParse(socket.handshake.auth)
    if (!auth.success) {
      const problems = issuesOf(auth.error)
        .map((i) => `${i.path || 'auth'}: ${i.message}`)
        .join('; ')
      return next(new Error(`unauthorized: the handshake needs auth { token } (${problems})`))
    }
    deps.authenticator.authenticate(auth.data.token).then(
      (principal) => {
        if (!principal) return next(new Error('unauthorized: unknown token'))
        ;(socket.data as LiveSocketData).principal = principal
        next()
      },
      (error: unknown) => {
        deps.log.error({ err: error }, 'authenticating a socket failed')
        next(new Error('unavailable: could not check the token, retry later'))
      },
    )
  })

  io.on('connection', (socket: LiveSocket) => {
    const { principal } = socket.data as LiveSocketData
    const { afterSeq } = HandshakeAuthSchema.parse(socket.handshake.auth)
    const catchUp = (from: number | undefined) =>
      deps.hub.catchUp(socket, principal.audience, from).catch((error: unknown) => {
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
