/**
 * Live clients in a process of their own, so their work never lands on the measured server's event loop:
 *
 * `node --import tsx liveClients.ts <url> --connections N --token T [--ready snapshot|connect] [--record F]`
 *
 * Opens N real `socket.io-client` connections (each its own WebSocket, as N walls would), authenticated with
 * `auth: { token }` as a wall is, and prints `{"ready":N,…}` once every one is ready: for Pendopo once its
 * snapshot has arrived (from then on it is in its live room), for the bare baseline once connected. Then it
 * obeys its standard input, one command a line:
 *
 * - `window <ms>`: zeroes the counts and the latency histogram, and `ms` later by this process's own clock
 *   prints one {@link ClientsReport} line for the window. Timed here, not by the caller: a client busy
 *   decoding reads its commands late, and would otherwise see a window shorter than the one asked for.
 * - `close` (or the end of input): disconnects everything and exits.
 *
 * Every `events` message is an array of events; each delivery's latency is the receive instant minus the
 * event's `at` (Pendopo's commit instant; the bare server's send instant), both whole milliseconds of this
 * machine's clock, so the histogram counts whole milliseconds.
 *
 * Every {@link ACK_EVERY} messages a connection tells its server so (`seen`, with the count): the bare
 * baseline floods only as fast as its slowest client takes it, so the backlog stays bounded and a window
 * measures deliveries, not a queue. Pendopo has no listener for it and drops it; both servers receive
 * the same acknowledgements.
 *
 * `--warmup K` first opens K connections, which stay open, prints `{"warmedUp":K}` and waits for an `open`
 * line before opening the N: a reading taken in between has the server's first-use costs paid (code
 * compiled and optimised for the connection path), and the N then add only what a connection costs.
 */
import { writeFileSync } from 'node:fs'
import { createInterface } from 'node:readline'
import { parseArgs } from 'node:util'

import { io, type Socket } from 'socket.io-client'

import type { ClientsReport } from './clientsReport.js'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    connections: { type: 'string', default: '100' },
    token: { type: 'string' },
    ready: { type: 'string', default: 'snapshot' },
    record: { type: 'string' },
    warmup: { type: 'string', default: '0' },
  },
})
const url = positionals[0]
if (!url || !values.token || (values.ready !== 'snapshot' && values.ready !== 'connect'))
  throw new Error('usage: liveClients.ts <url> --connections N --token T [--ready snapshot|connect]')
const token = values.token
const connections = Number(values.connections)
const readyOn = values.ready
/** How often a connection acknowledges what it received: rarely enough to cost the servers little. */
const ACK_EVERY = 8

/**
 * Connections opened at once: a thousand simultaneous handshakes would measure the accept queue, and
 * Pendopo builds a snapshot for each. Small waves keep connecting quick and even.
 */
const WAVE = 50

interface Stamped {
  readonly at: string
}

let window = { started: performance.now(), deliveries: 0, messages: 0 }
let histogram = new Map<number, number>()
let disconnects = 0
const recorded: unknown[] = []
/** Enough of a stream to replay its shapes and sizes; the rest would only grow this process. */
const RECORD_MAX = 500

function onEvents(batch: readonly Stamped[]): void {
  const now = Date.now()
  window.messages++
  // One commit's events share their instant: parse it once.
  let lastAt = ''
  let lastMs = 0
  for (const event of batch) {
    if (event.at !== lastAt) {
      lastAt = event.at
      lastMs = Date.parse(lastAt)
    }
    const ms = now - lastMs
    histogram.set(ms, (histogram.get(ms) ?? 0) + 1)
  }
  window.deliveries += batch.length
}

function open(index: number): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = io(url, {
      path: '/socket.io',
      transports: ['websocket'],
      // One connection per client, as separate walls have: without it every io() here shares one socket.
      forceNew: true,
      reconnection: false,
      auth: { token },
    })
    const ready = () => resolve(socket)
    socket.once('connect_error', (error) => reject(new Error(`connection ${index}: ${error.message}`)))
    if (readyOn === 'connect') socket.once('connect', ready)
    else socket.once('snapshot', ready)
    socket.on('disconnect', (reason) => {
      if (reason !== 'io client disconnect') disconnects++
    })
    let received = 0
    socket.on('events', (batch: Stamped[]) => {
      onEvents(batch)
      if (++received % ACK_EVERY === 0) socket.emit('seen', ACK_EVERY)
      if (index === 0 && values.record && recorded.length < RECORD_MAX) recorded.push(batch)
    })
  })
}

async function openAll(count: number, first = 0): Promise<Socket[]> {
  const opened: Socket[] = []
  for (let i = 0; i < count; i += WAVE) {
    const wave = Array.from({ length: Math.min(WAVE, count - i) }, (_, j) => open(first + i + j))
    opened.push(...(await Promise.all(wave)))
  }
  return opened
}

const sockets: Socket[] = []
const warmSockets: Socket[] = []
const close = () => {
  for (const socket of [...warmSockets, ...sockets]) socket.disconnect()
  process.exit(0)
}
let opening = () => {}
function report(): void {
  const result: ClientsReport = {
    connections: sockets.length,
    seconds: (performance.now() - window.started) / 1000,
    deliveries: window.deliveries,
    messages: window.messages,
    disconnects,
    histogram: Object.fromEntries(histogram),
  }
  if (values.record) writeFileSync(values.record, JSON.stringify(recorded))
  process.stdout.write(`${JSON.stringify(result)}\n`)
}
const lines = createInterface({ input: process.stdin })
lines.on('line', (line) => {
  const [name, arg] = line.trim().split(/\s+/)
  if (name === 'open') opening()
  else if (name === 'window') {
    window = { started: performance.now(), deliveries: 0, messages: 0 }
    histogram = new Map()
    setTimeout(report, Number(arg))
  } else if (name === 'close') close()
})
lines.on('close', close)
process.on('SIGTERM', close)

const warmup = Number(values.warmup)
if (warmup > 0) {
  // Numbered after the real ones, so none of them is the connection that records.
  const warm = await openAll(warmup, connections)
  warmSockets.push(...warm)
  process.stdout.write(`${JSON.stringify({ warmedUp: warm.length })}\n`)
  await new Promise<void>((resolve) => (opening = resolve))
}
const began = performance.now()
sockets.push(...(await openAll(connections)))
process.stdout.write(
  `${JSON.stringify({ ready: sockets.length, ms: Math.round(performance.now() - began) })}\n`,
)
