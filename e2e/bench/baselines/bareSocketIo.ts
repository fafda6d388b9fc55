/**
 * The baseline the live benchmarks stand beside: a bare Socket.IO server in its own process that does what
 * any authenticated live feed must — check a token in its middleware, put each client in a room, broadcast
 * to the room — and nothing Pendopo does (no store, no commit, no redaction, no catch-up). Same transport
 * options as Pendopo's (`/socket.io`, 16 KiB messages), same event name and payloads.
 *
 * `node --import tsx bareSocketIo.ts --token T` prints `{"port":N}` once it listens on 127.0.0.1, then
 * obeys its standard input, one command a line:
 *
 * - `stream <perSecond> <payloads.json>`: broadcasts `events` messages at that rate, paced by the clock.
 * - `flood <eventsPerMessage> <payloads.json>`: broadcasts as fast as it can while no client falls behind.
 * - `stop`: stops broadcasting and prints `{"events":E,"messages":M,"seconds":S}`.
 *
 * `payloads.json` is an array of `events` batches (recorded from Pendopo by liveClients.ts `--record`); they
 * are sent in turn, each event stamped with a fresh `seq` and with `at` = the send instant, so a client
 * measures the latency the same way for both servers: receive instant minus `at`.
 */
import { readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { createInterface } from 'node:readline'
import { parseArgs } from 'node:util'

import { Server } from 'socket.io'

const { values } = parseArgs({ options: { token: { type: 'string' } } })
const token = values.token
if (!token) throw new Error('usage: bareSocketIo.ts --token T')

const ROOM = 'wall'
/**
 * Messages a client may have unacknowledged (liveClients.ts acknowledges every 8) before flooding waits
 * for it: enough to keep it busy, few enough that a window measures deliveries rather than a queue in the
 * kernel's socket buffers, which on loopback hold seconds of messages.
 */
const MAX_IN_FLIGHT = 32

type Event = Record<string, unknown>

const http = createServer((_req, res) => res.writeHead(404).end())
const io = new Server(http, { path: '/socket.io', serveClient: false, maxHttpBufferSize: 16 * 1024 })
io.use((socket, next) => {
  const auth = socket.handshake.auth as { token?: unknown }
  if (auth.token === token) next()
  else next(new Error('unauthorized'))
})
/** Messages broadcast since the start; each client's count of them at its connection, plus what it acked. */
let broadcast = 0
const acknowledged = new Map<string, number>()
io.on('connection', (socket) => {
  acknowledged.set(socket.id, broadcast)
  socket.on('seen', (n: unknown) => {
    acknowledged.set(socket.id, (acknowledged.get(socket.id) ?? 0) + (typeof n === 'number' ? n : 0))
  })
  socket.on('disconnect', () => acknowledged.delete(socket.id))
  void socket.join(ROOM)
})

let seq = 0
let sent = { events: 0, messages: 0, started: performance.now() }
let stopSending = () => {}

/** The next batch of the recording as a fresh commit would be: new seqs, stamped now. */
function stamp(template: readonly Event[]): Event[] {
  const at = new Date().toISOString()
  return template.map((event) => ({ ...event, seq: ++seq, at }))
}

function emit(batch: Event[]): void {
  io.to(ROOM).emit('events', batch)
  broadcast++
  sent.events += batch.length
  sent.messages++
}

function loadPayloads(file: string): Event[][] {
  const batches = (JSON.parse(readFileSync(file, 'utf8')) as Event[][]).filter((b) => b.length > 0)
  if (batches.length === 0) throw new Error(`${file} holds no batch`)
  return batches
}

/** Paced by the clock as the load generator is: the rate holds whatever one tick costs. */
function stream(perSecond: number, batches: Event[][]): () => void {
  const started = Date.now()
  let i = 0
  const timer = setInterval(() => {
    const due = Math.floor(((Date.now() - started) / 1000) * perSecond)
    for (; i < due; i++) emit(stamp(batches[i % batches.length] ?? []))
  }, 5)
  return () => clearInterval(timer)
}

/**
 * As fast as it can, in messages of `size` events (Pendopo's group commit sends one message per commit, so
 * the benchmark asks for the size Pendopo's messages had). Each turn of the event loop sends one message
 * unless a client is {@link MAX_IN_FLIGHT} behind, so the figure is what clients receive and take.
 */
function flood(size: number, batches: Event[][]): () => void {
  const events = batches.flat()
  let i = 0
  let running = true
  const behind = () => {
    for (const acked of acknowledged.values()) if (broadcast - acked >= MAX_IN_FLIGHT) return true
    return false
  }
  const turn = () => {
    if (!running) return
    if (!behind()) emit(stamp(Array.from({ length: size }, () => events[i++ % events.length] ?? {})))
    setImmediate(turn)
  }
  setImmediate(turn)
  return () => (running = false)
}

createInterface({ input: process.stdin }).on('line', (line) => {
  const [command, arg, file] = line.trim().split(/\s+/)
  if (command === 'stream' || command === 'flood') {
    stopSending()
    sent = { events: 0, messages: 0, started: performance.now() }
    const batches = loadPayloads(file ?? '')
    stopSending = command === 'stream' ? stream(Number(arg), batches) : flood(Number(arg), batches)
  } else if (command === 'stop') {
    stopSending()
    stopSending = () => {}
    const seconds = (performance.now() - sent.started) / 1000
    process.stdout.write(`${JSON.stringify({ events: sent.events, messages: sent.messages, seconds })}\n`)
  }
})

http.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  const address = http.address()
  process.stdout.write(
    `${JSON.stringify({ port: typeof address === 'object' && address ? address.port : 0 })}\n`,
  )
})
process.on('SIGTERM', () => {
  void io.close()
  process.exit(0)
})
