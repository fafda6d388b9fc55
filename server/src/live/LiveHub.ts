import {
  type Audience,
  type ClientToServerEvents,
  type DomainEvent,
  forReader,
  type Reader,
  type ServerToClientEvents,
  type Snapshot,
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

/**
 * A client that does not read its socket (a tablet on a dying link, a stalled wall) makes Socket.IO queue
 * every message for it in the server's memory. Past this many queued messages it is disconnected instead:
 * it reconnects and resumes from its last seq, read from the log, which keeps everything anyway. At 100
 * commits a second this is ten seconds behind.
 */
export const MAX_QUEUED_MESSAGES = 1_000

/** Messages engine.io holds for a socket while its transport is busy: public in engine.io, not in its types. */
const queuedFor = (socket: LiveSocket) =>
  (socket.conn as unknown as { writeBuffer: readonly unknown[] }).writeBuffer.length

/**
 * Drops the connection, not the session: `socket.disconnect()` would queue its goodbye behind everything
 * the client has not read, and a client told goodbye does not reconnect. A connection cut makes it
 * reconnect and resume from its last seq.
 */
function cutOff(socket: LiveSocket): void {
  const transport = socket.conn.transport as unknown as { name: string; socket?: { terminate(): void } }
  if (transport.name === 'websocket' && transport.socket) transport.socket.terminate()
  else socket.conn.close(true) // long polling: drop what waits for the next poll
}

const ROOM_PREFIX = 'reader:'
const roomOf = (reader: Reader) => `${ROOM_PREFIX}${reader}`
/** Every reader's snapshot holds the same aggregates; walls get the one labelled public. */
const audienceOf = (reader: Reader): Audience => (reader === 'public' ? 'public' : 'staff')

interface CatchingUp {
  readonly reader: Reader
  readonly buffer: DomainEvent[][]
}

export interface LiveHubDeps {
  readonly io: LiveServer
  readonly store: EventStore
  /** A snapshot for an audience, as of now. */
  readonly takeSnapshot: (audience: Audience) => Promise<Snapshot>
  readonly log: Logger
  readonly replayLimit?: number
  readonly maxQueuedMessages?: number
}

/**
 * Fans committed events out to every connected client, one `events` message per commit, redacted once per
 * batch for each kind of reader connected (a room per reader: staff, public, each OPD's operators), so a
 * wall's room never receives what it must not show and an operator's never another OPD's words.
 *
 * A client that connects or resumes is caught up the tRPC way: it is registered to collect live batches
 * first, then the snapshot or the replay is read, sent, followed by whatever arrived meanwhile with a
 * greater seq, and only then does it join its live room. Nothing is missed, nothing is sent twice.
 */
export class LiveHub {
  readonly #catchingUp = new Map<string, CatchingUp>()
  readonly #replayLimit: number
  readonly #maxQueued: number

  constructor(private readonly deps: LiveHubDeps) {
    this.#replayLimit = deps.replayLimit ?? REPLAY_LIMIT
    this.#maxQueued = deps.maxQueuedMessages ?? MAX_QUEUED_MESSAGES
  }

  /** Called with each commit's events, in commit order. */
  publish(events: readonly DomainEvent[]): void {
    const batches = new Map<Reader, DomainEvent[]>()
    const redacted = (reader: Reader) => {
      let batch = batches.get(reader)
      if (!batch) batches.set(reader, (batch = events.map((e) => forReader(e, reader))))
      return batch
    }
    // Only rooms somebody is in: encoding a batch for nobody is pure waste (the simulator's history is
    // written that way).
    for (const [room, members] of this.deps.io.sockets.adapter.rooms) {
      if (!room.startsWith(ROOM_PREFIX) || members.size === 0) continue
      const reader = room.slice(ROOM_PREFIX.length) as Reader
      this.deps.io.to(room).emit('events', redacted(reader))
      this.#dropSlowConsumers(members)
    }
    for (const pending of this.#catchingUp.values()) pending.buffer.push(redacted(pending.reader))
  }

  #dropSlowConsumers(members: ReadonlySet<string>): void {
    for (const id of members) {
      const socket = this.deps.io.sockets.sockets.get(id)
      const queued = socket ? queuedFor(socket) : 0
      if (!socket || queued <= this.#maxQueued) continue
      this.deps.log.warn(
        { socket: id, queued },
        'a client stopped reading: cut off, it will resume from the log',
      )
      cutOff(socket)
    }
  }

  /**
   * Brings a socket up to date from `afterSeq` (or from nothing: a snapshot), then streams it live.
   * A request while one is already in progress for the socket is ignored: the first one ends live anyway.
   */
  async catchUp(socket: LiveSocket, reader: Reader, afterSeq: number | undefined): Promise<void> {
    if (this.#catchingUp.has(socket.id)) return
    await socket.leave(roomOf(reader))
    const pending: CatchingUp = { reader, buffer: [] }
    this.#catchingUp.set(socket.id, pending)
    try {
      let lastSent = await this.#sendBase(socket, reader, afterSeq)
      // From here on everything is synchronous: no commit can slip between the flush and the join.
      for (const batch of pending.buffer) {
        const fresh = batch.filter((e) => e.seq > lastSent)
        if (fresh.length === 0) continue
        socket.emit('events', fresh)
        lastSent = fresh.at(-1)?.seq ?? lastSent
      }
      if (socket.connected) void socket.join(roomOf(reader))
    } finally {
      this.#catchingUp.delete(socket.id)
    }
  }

  /** Sends a replay after `afterSeq` when it is within reach, else a snapshot; returns the last seq sent. */
  async #sendBase(socket: LiveSocket, reader: Reader, afterSeq: number | undefined): Promise<number> {
    const { store } = this.deps
    if (afterSeq !== undefined) {
      const head = await store.headSeq()
      if (afterSeq <= head && head - afterSeq <= this.#replayLimit) {
        const missed = await store.readAfter(afterSeq, this.#replayLimit)
        const redacted = missed.map((e) => forReader(e, reader))
        for (let i = 0; i < redacted.length; i += REPLAY_CHUNK) {
          socket.emit('events', redacted.slice(i, i + REPLAY_CHUNK))
        }
        return redacted.at(-1)?.seq ?? afterSeq
      }
      this.deps.log.debug({ afterSeq, head }, 'resume gap out of replay range: sending a snapshot')
    }
    const snapshot = await this.deps.takeSnapshot(audienceOf(reader))
    socket.emit('snapshot', snapshot)
    return snapshot.seq
  }

  /** How many clients are live, per reader (`staff`, `public`, `opd:DINSOS`, …). */
  clients(): Record<string, number> {
    const counts: Record<string, number> = { staff: 0, public: 0 }
    for (const [room, members] of this.deps.io.sockets.adapter.rooms)
      if (room.startsWith(ROOM_PREFIX)) counts[room.slice(ROOM_PREFIX.length)] = members.size
    return counts
  }
}
