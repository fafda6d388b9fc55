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

/** What one server process tells the others through the adapter: each of its commits, as JSON. */
export interface InterServerEvents {
  committed: (events: string) => void
}
export type LiveServer = Server<ClientToServerEvents, ServerToClientEvents, InterServerEvents>
export type LiveSocket = Socket<ClientToServerEvents, ServerToClientEvents, InterServerEvents>

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
  readonly socket: LiveSocket
  readonly reader: Reader
  /** Every batch published since the socket was registered, redacted for its reader. */
  readonly buffer: DomainEvent[][]
  /** Once its snapshot or replay is sent: the last seq it holds. It goes live when the feed is there. */
  lastSent?: number
  /** Ends the wait for the feed (the socket went live, or left). */
  settle?: () => void
}

/** Where the hub's batches come from (the CommitFeed): how far it has published, and a nudge. */
export interface PublishedFeed {
  /** The seq of the last event handed to `publish`, updated before `publish` is called. */
  readonly published: number
  /** The store was seen holding `seq`: the feed must get there even if no commit says so. */
  expect(seq: number): void
}

export interface LiveHubDeps {
  readonly io: LiveServer
  readonly store: EventStore
  readonly feed: PublishedFeed
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
 *
 * The store can be ahead of the feed: another process's commit is in the store before its broadcast
 * arrives here, and on PostgreSQL a read on another connection can see a commit before its own announce
 * runs. A client sent a snapshot at seq H while the feed has published less would get H's events again
 * from its room, so it stays registered (collecting, sending nothing) until the feed has published H, and
 * joins its room in the same synchronous step as that flush.
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
      // Local: every process publishes every commit to its own clients (the CommitFeed); through the
      // adapter each batch would reach other processes' clients a second time.
      this.deps.io.local.to(room).emit('events', redacted(reader))
      this.#dropSlowConsumers(members)
    }
    for (const pending of this.#catchingUp.values()) pending.buffer.push(redacted(pending.reader))
    // After the rooms: a socket that joins now has this batch from its buffer, not from its room.
    for (const pending of [...this.#catchingUp.values()])
      if (pending.lastSent !== undefined && pending.lastSent <= this.deps.feed.published)
        this.#goLive(pending)
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
    const pending: CatchingUp = { socket, reader, buffer: [] }
    this.#catchingUp.set(socket.id, pending)
    try {
      const lastSent = await this.#sendBase(socket, reader, afterSeq)
      pending.lastSent = lastSent
      if (lastSent <= this.deps.feed.published) {
        this.#goLive(pending)
        return
      }
      if (!socket.connected) return
      // The store is ahead of the feed: wait for the feed (publish() calls #goLive), or for the client to go.
      await new Promise<void>((resolve) => {
        const left = () => pending.settle?.()
        pending.settle = () => {
          socket.off('disconnect', left)
          resolve()
        }
        socket.once('disconnect', left)
        this.deps.feed.expect(lastSent)
      })
    } finally {
      // A later catch-up of the same socket may have registered by now (a resume once this one went live).
      if (this.#catchingUp.get(socket.id) === pending) this.#catchingUp.delete(socket.id)
    }
  }

  /**
   * Sends what the socket collected past its base, then joins it to its room, all synchronously: no batch
   * can be published between the flush and the join. Only once the feed has published `lastSent`.
   */
  #goLive(pending: CatchingUp): void {
    const { socket } = pending
    let lastSent = pending.lastSent ?? 0
    this.#catchingUp.delete(socket.id)
    for (const batch of pending.buffer) {
      const fresh = batch.filter((e) => e.seq > lastSent)
      if (fresh.length === 0) continue
      socket.emit('events', fresh)
      lastSent = fresh.at(-1)?.seq ?? lastSent
    }
    if (socket.connected) void socket.join(roomOf(pending.reader))
    pending.settle?.()
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
