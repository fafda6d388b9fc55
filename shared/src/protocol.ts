import { z } from 'zod'

import type { DomainEvent } from './events/index.js'
import { SeqSchema } from './ids.js'
import type { Snapshot } from './snapshot.js'

/**
 * The live wire, whole (Socket.IO, path `/socket.io`, same origin):
 *
 * 1. The client connects with `auth: { token, afterSeq? }`.
 * 2. Without `afterSeq` the server sends `snapshot`; with it, the server replays the missed events as
 *    `events` — or sends a `snapshot` when the gap is older than it keeps for replay.
 * 3. Then `events`: arrays of events in seq order, one array per commit, each seq exactly once.
 * 4. A client that sees a gap (a batch whose first seq is not its last + 1) emits `resume { afterSeq }`
 *    with its last contiguous seq, and the server answers as in 2.
 */
export const PROTOCOL_VERSION = 1

export const HandshakeAuthSchema = z.strictObject({
  /** A wall's or an integration's token; people's browsers send none and are known by their session cookie. */
  token: z.string().min(1).max(512).optional(),
  /** The last seq the client holds: reconnect without a fresh snapshot. */
  afterSeq: SeqSchema.optional(),
  protocolVersion: z.literal(PROTOCOL_VERSION).optional(),
})
export type HandshakeAuth = z.infer<typeof HandshakeAuthSchema>

export const ResumeRequestSchema = z.strictObject({ afterSeq: SeqSchema })
export type ResumeRequest = z.infer<typeof ResumeRequestSchema>

export const PROTOCOL_ERRORS = ['bad_request', 'unauthorized', 'overloaded'] as const
export interface ProtocolError {
  code: (typeof PROTOCOL_ERRORS)[number]
  message: string
}

export interface ServerToClientEvents {
  snapshot: (snapshot: Snapshot) => void
  events: (batch: DomainEvent[]) => void
  protocol_error: (error: ProtocolError) => void
}

export interface ClientToServerEvents {
  resume: (request: ResumeRequest) => void
}
