import { fileURLToPath } from 'node:url'

import { type JsonLineChild, spawnJsonLineChild } from '../bench/clients/childProcess.js'

import { type ChaosServer, produce, sleep, startChaosServer } from './chaosServer.js'
import type { ClientsStatus } from './faultyClients.js'

const FAULTY_CLIENTS = fileURLToPath(new URL('./faultyClients.ts', import.meta.url))

/** faultyClients.ts in its own process, once every client holds a first seq. */
export interface Walls {
  status(): Promise<ClientsStatus>
  /** Polls until `done` holds; rejects after `timeoutMs`, saying where the clients stood. */
  until(done: (s: ClientsStatus) => boolean, timeoutMs: number): Promise<ClientsStatus>
  /** Destroys every client's connection at once. */
  cutAll(): void
  stop(): Promise<void>
}

export async function openWalls(
  url: string,
  options: {
    connections: number
    token: string
    protocol: 'pendopo' | 'socketio'
    cutEveryMs?: number
    outageMs: number
  },
): Promise<Walls> {
  const child: JsonLineChild = spawnJsonLineChild(FAULTY_CLIENTS, [
    url,
    ...['--connections', String(options.connections), '--token', options.token],
    ...['--protocol', options.protocol, '--outage', String(options.outageMs)],
    ...['--cut-every', String(options.cutEveryMs ?? 0)],
  ])
  await child.next(120_000)
  const status = () => {
    child.send('status')
    return child.next<ClientsStatus>(30_000)
  }
  return {
    status,
    async until(done, timeoutMs) {
      const deadline = performance.now() + timeoutMs
      for (;;) {
        const s = await status()
        if (done(s)) return s
        if (performance.now() > deadline)
          throw new Error(`clients not there in ${timeoutMs} ms: ${JSON.stringify(s)}`)
        await sleep(200)
      }
    },
    cutAll: () => child.send('cut'),
    stop: () => child.stop(),
  }
}

/**
 * A chaos server with complaints streaming in at `perSecond` and `connections` walls reading it, for
 * `run`; all of it stopped afterwards, whatever `run` did.
 */
export async function withStreamingWalls<T>(
  options: { connections: number; perSecond: number; cutEveryMs?: number; outageMs: number },
  run: (parts: { chaos: ChaosServer; walls: Walls; producer: { stop(): Promise<void> } }) => Promise<T>,
): Promise<T> {
  const chaos = await startChaosServer()
  const producer = produce(chaos.url, options.perSecond)
  let walls: Walls | undefined
  try {
    walls = await openWalls(chaos.url, {
      connections: options.connections,
      token: chaos.wallToken,
      protocol: 'pendopo',
      outageMs: options.outageMs,
      ...(options.cutEveryMs ? { cutEveryMs: options.cutEveryMs } : {}),
    })
    return await run({ chaos, walls, producer })
  } finally {
    await producer.stop()
    await walls?.stop()
    await chaos.stop()
  }
}
