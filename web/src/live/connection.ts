import {
  type ClientToServerEvents,
  DomainEventSchema,
  type ReferenceData,
  ReferenceDataSchema,
  SeqSchema,
  type ServerToClientEvents,
  SnapshotSchema,
  WallConfigSchema,
} from '@pendopo/shared'
import { io, type Socket } from 'socket.io-client'
import { z } from 'zod'

import type { WallStore } from '../store/wallStore.js'

import { fetchWithRetry } from './fetchWithRetry.js'

const EventsSchema = z.array(DomainEventSchema)

/** Reconnection backs off to this at most: a restarted server is found again within seconds. */
const RECONNECT_MAX_MS = 3_000
/** How long an unanswered resume is waited for before it is asked again. */
const RESUME_PATIENCE_MS = 5_000

export interface WallConnection {
  close(): void
}

/**
 * The wall's one link to the server (style.md §12): the only importer of socket.io-client. It parses every
 * message with the shared schemas and writes to the store only through its actions; panels never see it.
 *
 * On every (re)connection the handshake carries the last seq the store holds, so the server replays what
 * was missed — across a server restart too. A gap the store finds mid-stream is answered with `resume`.
 */
export function connectWall(wall: WallStore, options: { token?: string; origin?: string }): WallConnection {
  const origin = options.origin ?? window.location.origin
  const aborter = new AbortController()
  // Walls hold a token; people's screens are opened after a login, and their session cookie goes along.
  const fetchOptions = { ...(options.token ? { token: options.token } : {}), signal: aborter.signal }
  void fetchWithRetry(`${origin}/api/v1/reference`, { ...fetchOptions, schema: ReferenceDataSchema }).then(
    (reference: ReferenceData) => wall.setReference(reference),
    () => undefined,
  )
  void fetchWithRetry(`${origin}/api/v1/wall/config`, { ...fetchOptions, schema: WallConfigSchema }).then(
    (config) => wall.setWallConfig(config),
    () => undefined,
  )

  const held = () => wall.store.getState().dashboard?.seq
  const socket: Socket<ServerToClientEvents, ClientToServerEvents> = io(origin, {
    path: '/socket.io',
    transports: ['websocket'],
    reconnectionDelay: 500,
    reconnectionDelayMax: RECONNECT_MAX_MS,
    auth: (cb) => {
      const afterSeq = held()
      cb({
        ...(options.token ? { token: options.token } : {}),
        ...(afterSeq !== undefined ? { afterSeq } : {}),
      })
    },
  })

  socket.on('connect', () => {
    wall.setConnection('live')
    // The handshake carried the last seq held: that was the resume.
    if (wall.store.getState().gap) wall.resumeAsked()
  })
  socket.on('disconnect', () => wall.setConnection('offline'))
  socket.on('connect_error', (error) => {
    if (error.message.startsWith('unauthorized')) {
      // A refused handshake is not retried by Socket.IO; a rejected token will not get better by itself.
      wall.setConnection('refused')
      return
    }
    wall.setConnection('offline')
    // A middleware error other than a refusal (the server checking tokens failed): try again later.
    if (!socket.active) setTimeout(() => socket.connect(), RECONNECT_MAX_MS)
  })
  socket.on('snapshot', (raw: unknown) => {
    const parsed = SnapshotSchema.safeParse(raw)
    if (parsed.success) wall.receiveSnapshot(parsed.data)
  })
  socket.on('events', (raw: unknown) => {
    const parsed = EventsSchema.safeParse(raw)
    if (parsed.success) wall.receiveEvents(parsed.data)
    // A batch that does not parse is dropped: the next one will show a gap, and the gap a resume.
  })

  const askToResume = () => {
    const { gap } = wall.store.getState()
    if (!gap || !socket.connected) return
    if (gap.askedAt !== null && Date.now() - gap.askedAt < RESUME_PATIENCE_MS) return
    socket.emit('resume', { afterSeq: SeqSchema.parse(gap.afterSeq) })
    wall.resumeAsked()
  }
  const unsubscribe = wall.store.subscribe(askToResume)
  // A resume whose answer never came (lost in a reconnect) is asked again.
  const retry = setInterval(askToResume, RESUME_PATIENCE_MS)

  return {
    close() {
      clearInterval(retry)
      unsubscribe()
      aborter.abort()
      socket.disconnect()
    },
  }
}
