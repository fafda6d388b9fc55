import { type DomainEvent, SESSION_COOKIE } from '@pendopo/shared'
import fc from 'fast-check'
import { io as connect, type Socket } from 'socket.io-client'
import { afterAll, beforeAll, describe } from 'vitest'

import { ADMIN_TOKEN, WALL_TOKEN } from '../support/createTestApp.js'
import { aComplaint } from '../support/fixtures.js'

import { type BodySpec, defectsOf, withDefects } from './badBodies.js'
import { fuzz, runs, send, type Tally, useFuzzApp } from './fuzzApp.js'
import {
  deepNesting,
  encodeJson,
  HOSTILE_KEYS,
  hostileJson,
  hostileString,
  infinities,
  objectOf,
} from './hostile.js'

/** Longer than any answer takes on a loaded machine; an answer slower than this is a hang. */
const HANG_MS = 10_000
/** How long a client waits for an ack the server may never send (it acks nothing: ignoring is allowed). */
const ACK_WAIT_MS = 100

/** The handshake's `auth` (`HandshakeAuthSchema`, shared/src/protocol.ts). */
const AUTH: BodySpec = {
  valid: () => ({ token: ADMIN_TOKEN, afterSeq: 0, protocolVersion: 1 }),
  fields: [
    {
      path: 'token',
      required: true,
      is: { type: 'string', min: 1, max: 512 },
      invalid: [`${ADMIN_TOKEN}x`, ADMIN_TOKEN.toUpperCase(), 'pdp_unknown'],
    },
    { path: 'afterSeq', required: false, is: { type: 'number', invalid: [-1, 1.5, 2 ** 53] } },
    { path: 'protocolVersion', required: false, is: { type: 'number', invalid: [0, 2, 1.5] } },
  ],
}

/** `resume`'s payload (`ResumeRequestSchema`). */
const RESUME: BodySpec = {
  valid: () => ({ afterSeq: 0 }),
  fields: [{ path: 'afterSeq', required: true, is: { type: 'number', invalid: [-1, 1.5, 2 ** 53] } }],
}

/** Names a client may emit that the server does not listen to, reserved-looking ones included. */
const eventName = fc.oneof(
  fc.constantFrom(...HOSTILE_KEYS, 'snapshot', 'events', 'protocol_error', 'Resume', 'resume '),
  hostileString,
)

/** Socket.IO packets as text (or a binary attachment), malformed or hostile. */
const rawPacket: fc.Arbitrary<string | Buffer> = fc.oneof(
  fc.constantFrom(
    '2[',
    '2["resume"',
    '2{"afterSeq":1}',
    '2"resume"',
    '2[]',
    '2[1]',
    '2[null]',
    '2["connect"]',
    '2["disconnecting"]',
    '2["__proto__",{"polluted":1}]',
    '2["resume",{"__proto__":{"polluted":1},"afterSeq":0}]',
    '2["resume",{"constructor":{"prototype":{"polluted":1}}}]',
    '9',
    '',
    '0{"token":"x"}',
    '0/admin,{"token":"x"}',
    '2/admin,["resume",{"afterSeq":0}]',
    '3["x"]',
    '31["x"]',
    '42',
    '2-1["resume"]',
    '51-["resume",{"_placeholder":true,"num":0}]',
    '51-["resume",{"_placeholder":true,"num":"__proto__"}]',
    '51-["resume",{"_placeholder":true,"num":99}]',
    '59999999-["resume",{"afterSeq":0}]',
    '6',
  ),
  fc.constant(Buffer.from([0xde, 0xad, 0xbe, 0xef])), // an attachment nobody announced
  fc
    .tuple(fc.oneof(fc.constant('resume'), eventName), fc.array(hostileJson, { maxLength: 3 }))
    .map(([name, args]) => `2${encodeJson([name, ...args])}`),
  fc.oneof(deepNesting, infinities).map((raw) => `2${encodeJson(['resume', raw])}`),
  fc.constant(`2["resume","${'x'.repeat(20 * 1024)}"]`), // over the 16 kB message limit
)

/**
 * An event small enough for one message (the server takes 16 kB): a larger one closes the sender's own
 * connection, which the raw packets below try.
 */
const fitsOneMessage = ({ name, args }: { name: string; args: unknown[] }) =>
  JSON.stringify([name, ...args]).length < 15_000

type Outcome = 'connected' | 'refused' | 'closed' | 'hung'

/** What a handshake carries: `auth`, and beside it a query string and a cookie a browser might send. */
interface Handshake {
  readonly auth: unknown
  readonly query?: Record<string, string>
  readonly cookie?: string
}

/** Text a URL or a header can carry at all (the client itself refuses lone surrogates and line breaks). */
const WELL_FORMED = /^[^\p{Cs}]*$/u
const sendable = hostileString.filter((s) => WELL_FORMED.test(s) && s.length < 4_000)
const hostileQuery = fc
  .array(
    fc.tuple(
      // The client's own query encoder calls `query.hasOwnProperty`: that one key it cannot send.
      fc.oneof(fc.constantFrom(...HOSTILE_KEYS), sendable).filter((k) => k !== 'hasOwnProperty'),
      sendable,
    ),
    {
      minLength: 1,
      maxLength: 4,
    },
  )
  .map(objectOf) as fc.Arbitrary<Record<string, string>>
const hostileCookie = sendable.map(
  (s) =>
    `${SESSION_COOKIE}=${Buffer.from(s)
      .toString('latin1')
      .replace(/[^\t\x20-\x7e\x80-\xff]/g, '')}`,
)

/** A socket handshake, and what became of it. */
async function handshake(url: string, { auth, query, cookie }: Handshake): Promise<Outcome> {
  const socket = connect(url, {
    path: '/socket.io',
    transports: ['websocket'],
    reconnection: false,
    // A function hands `auth` over as it is, whatever its type: an object option would be spread.
    auth: (cb: (data: object) => void) => cb(auth as object),
    ...(query ? { query } : {}),
    ...(cookie ? { extraHeaders: { cookie } } : {}),
  })
  try {
    return await new Promise<Outcome>((resolve) => {
      const timer = setTimeout(() => resolve('hung'), HANG_MS)
      const done = (outcome: Outcome) => () => {
        clearTimeout(timer)
        resolve(outcome)
      }
      socket.once('connect', done('connected'))
      socket.once('connect_error', done('refused'))
      socket.io.once('close', done('closed'))
    })
  } finally {
    socket.disconnect()
  }
}

/** A staff client and what it has received; `answered` resolves with the next message of a kind. */
class LiveClient {
  readonly socket: Socket
  readonly errors: unknown[] = []
  readonly batches: DomainEvent[][] = []
  disconnects = 0
  /** Why the server or the client last closed this socket, for a failure's message. */
  lastDisconnect = ''

  constructor(url: string, token: string) {
    this.socket = connect(url, {
      path: '/socket.io',
      transports: ['websocket'],
      reconnection: false,
      auth: { token },
    })
    this.socket.on('protocol_error', (e: unknown) => this.errors.push(e))
    this.socket.on('events', (batch: DomainEvent[]) => this.batches.push(batch))
    this.socket.on('disconnect', (reason) => {
      this.disconnects++
      this.lastDisconnect = reason
    })
  }

  ready(): Promise<void> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no snapshot within HANG_MS')), HANG_MS)
      this.socket.once('snapshot', () => {
        clearTimeout(timer)
        resolve()
      })
    })
  }

  /** Resolves once a batch holding `seq` arrives (or has); rejects if the socket closes first. */
  received(seq: number): Promise<void> {
    const has = () => this.batches.some((b) => b.some((e) => e.seq === seq))
    return new Promise((resolve, reject) => {
      if (has()) return resolve()
      const settle = (error?: Error) => {
        clearTimeout(timer)
        this.socket.off('events', check)
        this.socket.off('disconnect', closed)
        if (error) reject(error)
        else resolve()
      }
      const timer = setTimeout(() => settle(new Error(`seq ${seq} not received within HANG_MS`)), HANG_MS)
      const check = () => {
        if (has()) settle()
      }
      const closed = () => settle(new Error(`the socket closed before seq ${seq} arrived`))
      this.socket.on('events', check)
      this.socket.once('disconnect', closed)
    })
  }

  /** The server still serves this socket: a resume from just before the head replays the head. */
  async ping(head: number): Promise<void> {
    this.batches.length = 0
    this.socket.emit('resume', { afterSeq: head - 1 })
    await this.received(head).catch((error: Error) => {
      const state = this.socket.connected ? 'connected' : `disconnected (${this.lastDisconnect})`
      throw new Error(`${error.message}; the socket is ${state}`)
    })
  }

  close(): void {
    this.socket.disconnect()
  }
}

describe('[FZ10] the socket under hostile handshakes, events and packets', () => {
  const app = useFuzzApp()
  let bystander: LiveClient
  let client: LiveClient
  const freshClient = async () => {
    client?.close()
    client = new LiveClient(app.t.url, ADMIN_TOKEN)
    await client.ready()
  }
  beforeAll(async () => {
    bystander = new LiveClient(app.t.url, WALL_TOKEN)
    await bystander.ready()
    await freshClient()
  })
  afterAll(() => {
    bystander.close()
    client.close()
  })

  /** The bystander, another reader, was never disconnected; after a property, it still gets every commit. */
  const bystanderConnected = () => {
    if (bystander.disconnects > 0 || !bystander.socket.connected)
      throw new Error('hostile input from one client disconnected another')
  }
  const bystanderServed = async () => {
    bystanderConnected()
    const created = await send(app.t.url, { path: '/api/v1/complaints', json: aComplaint() })
    await bystander.received((JSON.parse(created.text) as { seq: number }).seq)
  }

  const judge = async (head: number, tally: Tally, what: () => Promise<'accepted' | 'ok' | 'hung'>) => {
    tally.inputs++
    const verdict = await what()
    if (verdict === 'hung') {
      tally.crashed++
      throw new Error(`no answer within ${HANG_MS} ms`)
    }
    if (verdict === 'accepted') {
      tally.accepted++
      throw new Error('a bad handshake was accepted')
    }
    await app.unharmed(head, tally)
  }

  fuzz(
    'a handshake with a bad auth is refused, and nobody else is disconnected',
    fc.record(
      {
        auth: fc.oneof(
          defectsOf(AUTH).map((defects) => withDefects(AUTH.valid(), defects)),
          fc.constantFrom(undefined, null, 'token', [ADMIN_TOKEN], 42, { token: ADMIN_TOKEN.slice(1) }),
        ),
        query: hostileQuery,
        cookie: hostileCookie,
      },
      { requiredKeys: ['auth'] },
    ),
    async (attempt, tally) => {
      const head = await app.t.store.headSeq()
      await judge(head, tally, async () => {
        const outcome = await handshake(app.t.url, attempt)
        return outcome === 'connected' ? 'accepted' : outcome === 'hung' ? 'hung' : 'ok'
      })
      bystanderConnected()
    },
    { app, runs: runs(0.5), after: bystanderServed },
  )

  fuzz(
    'a bad resume gets a protocol_error, an unknown event is ignored; the socket stays served',
    fc
      .oneof(
        defectsOf(RESUME).map((defects) => ({
          name: 'resume',
          args: [withDefects(RESUME.valid(), defects)],
        })),
        fc.constant({ name: 'resume', args: [] as unknown[] }),
        fc.record({ name: eventName, args: fc.array(hostileJson, { maxLength: 3 }), ack: fc.boolean() }),
      )
      .filter(fitsOneMessage),
    async (input, tally) => {
      const head = await app.t.store.headSeq()
      await judge(head, tally, async () => {
        if (!client.socket.connected) await freshClient() // so each input starts alike, shrinking too
        client.errors.length = 0
        if ('ack' in input && input.ack) {
          // Either an answer or silence: the server acks nothing, and must not hang the socket either way.
          await client.socket
            .timeout(ACK_WAIT_MS)
            .emitWithAck(input.name as 'resume', ...(input.args as []))
            .catch(() => undefined)
        } else client.socket.emit(input.name as 'resume', ...(input.args as []))
        await client.ping(head)
        const expected = input.name === 'resume' ? 1 : 0
        if (client.errors.length !== expected)
          throw new Error(`expected ${expected} protocol_error, got ${JSON.stringify(client.errors)}`)
        return 'ok'
      })
      bystanderConnected()
    },
    { app, after: bystanderServed },
  )

  fuzz(
    'malformed or hostile packets never crash the server, write, or reach another client',
    rawPacket,
    async (packet, tally) => {
      const head = await app.t.store.headSeq()
      await judge(head, tally, async () => {
        client.socket.io.engine.write(packet)
        // A packet the parser refuses closes that client's connection, and only that one.
        await new Promise((resolve) => setTimeout(resolve, 10))
        if (client.socket.connected) {
          try {
            await client.ping(head)
          } catch {
            if (client.socket.connected) return 'hung'
          }
        }
        if (!client.socket.connected) await freshClient()
        return 'ok'
      })
      bystanderConnected()
    },
    { app, runs: runs(0.5), after: bystanderServed },
  )
})
