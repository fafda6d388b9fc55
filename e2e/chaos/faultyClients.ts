/**
 * Live clients on a bad network, in a process of their own:
 *
 * `node --import tsx faultyClients.ts <url> --connections N --token T --protocol pendopo|socketio
 *   [--cut-every MS] [--outage MS]`
 *
 * Opens N real `socket.io-client` connections and keeps each one's last seq. Every `--cut-every` ms
 * (±20 %, each client on its own phase) a client's TCP connection is destroyed under it — no goodbye, as
 * a dropped link does — and it reconnects after about `--outage` ms, by socket.io-client's own reconnection.
 *
 * - `pendopo`: as a wall does. The handshake carries `afterSeq`, the last seq held; the server answers a
 *   replay (or, past its replay window, a fresh `snapshot`).
 * - `socketio`: Socket.IO's own connection-state recovery, on the baseline server (bareRecovery.ts).
 *
 * Every seq that skips ahead of the last one held is counted missing; every seq at or behind it, a
 * duplicate. Prints `{"ready":N}` once every client holds a first seq, then answers each `status` line
 * with a {@link ClientsStatus} line; `cut` cuts every client's connection at once; `close` ends it.
 */
import { createInterface } from 'node:readline'
import { parseArgs } from 'node:util'

import { io, type Socket } from 'socket.io-client'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    connections: { type: 'string', default: '100' },
    token: { type: 'string' },
    protocol: { type: 'string', default: 'pendopo' },
    'cut-every': { type: 'string', default: '0' },
    outage: { type: 'string', default: '2000' },
  },
})
const url = positionals[0]
const { token, protocol } = values
if (!url || !token || (protocol !== 'pendopo' && protocol !== 'socketio'))
  throw new Error('usage: faultyClients.ts <url> --connections N --token T --protocol pendopo|socketio')
const connections = Number(values.connections)
const cutEveryMs = Number(values['cut-every'])
const outageMs = Number(values.outage)
/** Handshakes at once: a thousand at the same instant would measure the accept queue. */
const WAVE = 50

export interface ClientsStatus {
  readonly connections: number
  readonly connected: number
  /** The lowest and highest last seq held (-1: a client holds nothing yet). */
  readonly minSeq: number
  readonly maxSeq: number
  readonly missing: number
  readonly duplicates: number
  /** Clients that missed at least one seq. */
  readonly clientsMissing: number
  /** Snapshots after a client's first: a resume the server answered with a whole picture. */
  readonly resnapshots: number
  readonly cuts: number
  readonly reconnects: number
}

interface Held {
  last: number
  missing: number
  duplicates: number
  snapshots: number
}

const held: Held[] = []
let cuts = 0
let reconnects = 0

function receive(state: Held, seq: number): void {
  if (state.last < 0) state.last = seq
  else if (seq <= state.last) state.duplicates++
  else {
    state.missing += seq - state.last - 1
    state.last = seq
  }
}

/** The engine's WebSocket (the `ws` package in Node) over its TCP socket: destroyed, as a lost link. */
function cutUnder(socket: Socket): void {
  const transport = socket.io.engine?.transport as { ws?: { _socket?: { destroy(): void } } } | undefined
  const tcp = transport?.ws?._socket
  if (socket.connected && tcp) {
    tcp.destroy()
    cuts++
  }
}

function open(index: number): Promise<Socket> {
  const state: Held = { last: -1, missing: 0, duplicates: 0, snapshots: 0 }
  held[index] = state
  return new Promise((resolve) => {
    const socket = io(url, {
      path: '/socket.io',
      transports: ['websocket'],
      forceNew: true,
      reconnectionDelay: outageMs,
      reconnectionDelayMax: outageMs * 2,
      randomizationFactor: 0.2,
      // Asked again at every reconnection: a wall resumes from the last seq it holds.
      auth: (answer) =>
        answer(protocol === 'pendopo' && state.last >= 0 ? { token, afterSeq: state.last } : { token }),
    })
    socket.on('snapshot', (snapshot: { seq: number }) => {
      state.snapshots++
      state.last = snapshot.seq // the whole picture as of seq: nothing before it is owed
      resolve(socket)
    })
    socket.on('events', (batch: ReadonlyArray<{ seq: number }>) => {
      for (const event of batch) receive(state, event.seq)
      if (protocol === 'socketio') resolve(socket)
    })
    socket.io.on('reconnect', () => reconnects++)
    if (cutEveryMs > 0) {
      const cut = () => {
        cutUnder(socket)
        setTimeout(cut, cutEveryMs * (0.8 + Math.random() * 0.4)).unref()
      }
      setTimeout(cut, Math.random() * cutEveryMs).unref()
    }
  })
}

const sockets: Socket[] = []
for (let i = 0; i < connections; i += WAVE) {
  const wave = Array.from({ length: Math.min(WAVE, connections - i) }, (_, j) => open(i + j))
  sockets.push(...(await Promise.all(wave)))
}
process.stdout.write(`${JSON.stringify({ ready: sockets.length })}\n`)

function status(): ClientsStatus {
  const lasts = held.map((s) => s.last)
  return {
    connections: held.length,
    connected: sockets.filter((s) => s.connected).length,
    minSeq: Math.min(...lasts),
    maxSeq: Math.max(...lasts),
    missing: held.reduce((sum, s) => sum + s.missing, 0),
    duplicates: held.reduce((sum, s) => sum + s.duplicates, 0),
    clientsMissing: held.filter((s) => s.missing > 0).length,
    resnapshots: held.reduce((sum, s) => sum + Math.max(0, s.snapshots - 1), 0),
    cuts,
    reconnects,
  }
}

createInterface({ input: process.stdin }).on('line', (line) => {
  const command = line.trim()
  if (command === 'status') process.stdout.write(`${JSON.stringify(status())}\n`)
  else if (command === 'cut') for (const socket of sockets) cutUnder(socket)
  else if (command === 'close') {
    for (const socket of sockets) socket.disconnect()
    process.exit(0)
  }
})
