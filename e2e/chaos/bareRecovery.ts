/**
 * The baseline for network faults: a bare Socket.IO server relying on Socket.IO's own connection-state
 * recovery (the server keeps each disconnected client's missed packets in memory for a while, and hands
 * them over when the client comes back with its session id and last offset).
 *
 * `node --import tsx bareRecovery.ts --token T --rate N --epoch MS` listens on $PORT (0: any), prints
 * `{"port":N}`, and broadcasts one `events` message a tick, numbered by the clock: seq = events due since
 * `epoch` at `rate` a second. A restart given the same epoch goes on with the same numbering, so what
 * was due while it was down counts as missed — as a producer keeps producing while a server is away.
 */
import { createServer } from 'node:http'
import { parseArgs } from 'node:util'

import { Server } from 'socket.io'

const { values } = parseArgs({
  options: { token: { type: 'string' }, rate: { type: 'string' }, epoch: { type: 'string' } },
})
const { token } = values
const rate = Number(values.rate)
const epoch = Number(values.epoch)
if (!token || !(rate > 0) || !(epoch > 0))
  throw new Error('usage: bareRecovery.ts --token T --rate N --epoch MS')

const http = createServer((_req, res) => res.writeHead(404).end())
const io = new Server(http, {
  path: '/socket.io',
  serveClient: false,
  connectionStateRecovery: { maxDisconnectionDuration: 2 * 60_000, skipMiddlewares: true },
})
io.use((socket, next) => {
  if ((socket.handshake.auth as { token?: unknown }).token === token) next()
  else next(new Error('unauthorized'))
})

const seqAt = (ms: number) => Math.floor(((ms - epoch) * rate) / 1000)
let sent = seqAt(Date.now())
setInterval(() => {
  const due = seqAt(Date.now())
  if (due <= sent) return
  const batch = Array.from({ length: due - sent }, (_, i) => ({ seq: sent + i + 1 }))
  sent = due
  io.emit('events', batch)
}, 1000 / rate)

http.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  const address = http.address()
  process.stdout.write(`${JSON.stringify({ port: typeof address === 'object' ? address?.port : 0 })}\n`)
})
