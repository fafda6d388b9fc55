import {
  type Audience,
  type ClientToServerEvents,
  type DomainEvent,
  forAudience,
  type ServerToClientEvents,
  type Snapshot,
  toPublicEvent,
} from '@pendopo/shared'
import type { Logger } from 'pino'
import type { Server, Socket } from 'socket.io'

import type { EventStore } from '../log/EventStore.js'

export type LiveServer = Server<ClientToServerEvents, ServerToClientEvents>
export type LiveSocket = Socket<ClientToServerEvents, ServerToClientEvents>

/**
 * How far back a client may resume by replay; beyond it a fresh snapshot is cheaper to send and to apply.
 * The log itself keeps everything.
 */
export const REPLAY_LIMIT = 10_000
/** Replayed events go out in messages of this many, so one message never grows without bound. */
const REPLAY_CHUNK = 500

const roomOf = (audience: Audience) => `audience:${audience}`

interface CatchingUp {
  readonly audience: Audience
  readonly buffer: DomainEvent[][]
}

export interface LiveHubDeps {
  readonly io: LiveServer
  readonly store: EventStore
  /** A snapshot for an audience, as of now. */
  readonly takeSnapshot: (audience: Audience) => Promise<Snapshot>
  readonly log: Logger
  readonly replayLimit?: number
}

/**
 * Fans committed events out to every connected client, one `events` message per commit, redacted per
 * audience once per batch (a wall's room never receives what it must not show).
 *
 * A client that connects or resumes is caught up the tRPC way: it is registered to collect live batches
 * first, then the snapshot or the replay is read, sent, followed by whatever arrived meanwhile with a
 * greater seq, and only then does it join its live room. Nothing is missed, nothing is sent twice.
 */
export class LiveHub {
  readonly #catchingUp = new Map<string, CatchingUp>()
  readonly #replayLimit: number

  constructor(private readonly deps: LiveHubDeps) {
    this.#replayLimit = deps.replayLimit ?? REPLAY_LIMIT
  }

  /** Called with each commit's events, in commit order. */
  publish(events: readonly DomainEvent[]): void {
    const staff = events.map((e) => forAudience(e, 'staff'))
    let publicBatch: DomainEvent[] | undefined
    const redacted = () => (publicBatch ??= events.map(toPublicEvent))
    // Encoding a batch for a room nobody is in is pure waste (the simulator's history is written that way).
    const clients = this.clients()
    if (clients.staff > 0) this.deps.io.to(roomOf('staff')).emit('events', staff)
    if (clients.public > 0) this.deps.io.to(roomOf('public')).emit('events', redacted())
    for (const pending of this.#catchingUp.values()) {
      pending.buffer.push(pending.audience === 'staff' ? staff : redacted())
    }
  }

  /**
   * Brings a socket up to date from `afterSeq` (or from nothing: a snapshot), then streams it live.
   * A request while one is already in progress for the socket is ignored: the first one ends live anyway.
   */
  async catchUp(socket: LiveSocket, audience: Audience, afterSeq: number | undefined): Promise<void> {
    if (this.#catchingUp.has(socket.id)) return
    await socket.leave(roomOf(audience))
    const pending: CatchingUp = { audience, buffer: [] }
    this.#catchingUp.set(socket.id, pending)
    try {
      let lastSent = await this.#sendBase(socket, audience, afterSeq)
      // From here on everything is synchronous: no commit can slip between the flush and the join.
      for (const batch of pending.buffer) {
        const fresh = batch.filter((e) => e.seq > lastSent)
        if (fresh.length === 0) continue
        socket.emit('events', fresh)
        lastSent = fresh.at(-1)?.seq ?? lastSent
      }
      if (socket.connected) void socket.join(roomOf(audience))
    } finally {
      this.#catchingUp.delete(socket.id)
    }
  }

  /** Sends a replay after `afterSeq` when it is within reach, else a snapshot; returns the last seq sent. */
  async #sendBase(socket: LiveSocket, audience: Audience, afterSeq: number | undefined): Promise<number> {
    const { store } = this.deps
    if (afterSeq !== undefined) {
      const head = await store.headSeq()
      if (afterSeq <= head && head - afterSeq <= this.#replayLimit) {
        const missed = await store.readAfter(afterSeq, this.#replayLimit)
        const redacted = missed.map((e) => forAudience(e, audience))
        for (let i = 0; i < redacted.length; i += REPLAY_CHUNK) {
          socket.emit('events', redacted.slice(i, i + REPLAY_CHUNK))
        }
        return redacted.at(-1)?.seq ?? afterSeq
      }
      this.deps.log.debug({ afterSeq, head }, 'resume gap out of replay range: sending a snapshot')
    }
    const snapshot = await this.deps.takeSnapshot(audience)
    socket.emit('snapshot', snapshot)
    return snapshot.seq
  }

  /** How many clients are connected, per audience. */
  clients(): Record<Audience, number> {
    const { rooms } = this.deps.io.sockets.adapter
    return { staff: rooms.get(roomOf('staff'))?.size ?? 0, public: rooms.get(roomOf('public'))?.size ?? 0 }
  }
}
