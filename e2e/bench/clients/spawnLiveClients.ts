import { fileURLToPath } from 'node:url'

import { type JsonLineChild, spawnJsonLineChild } from './childProcess.js'
import { type ClientsReport, mergeReports } from './clientsReport.js'

const LIVE_CLIENTS = fileURLToPath(new URL('./liveClients.ts', import.meta.url))

export interface LiveClients {
  /** With `warmup`: opens the connections proper, resolved once every one is ready. */
  open(): Promise<void>
  /**
   * What every process received during the next `ms` (each timing its own window), merged. Throws if the
   * server dropped any connection.
   */
  window(ms: number): Promise<ClientsReport>
  stop(): Promise<void>
}

export interface LiveClientsOptions {
  /** The server, or several (processes of one cluster): client process p connects to URL p mod n. */
  readonly url: string | readonly string[]
  readonly token: string
  readonly connections: number
  /** `snapshot` for Pendopo (a client is live once its snapshot is in), `connect` for the bare baseline. */
  readonly ready: 'snapshot' | 'connect'
  /** Client processes to spread the connections over (default 1). */
  readonly processes?: number
  /** Where the first connection's batches are written at each report (liveClients.ts `--record`). */
  readonly record?: string
  /**
   * Connections each process opens first and keeps open; then `spawnLiveClients` resolves, and `open()`
   * opens the `connections` proper (liveClients.ts `--warmup`).
   */
  readonly warmup?: number
}

/**
 * liveClients.ts in `processes` processes, resolved once every connection is ready (or, with `warmup`, once
 * every process has warmed up).
 */
export async function spawnLiveClients(options: LiveClientsOptions): Promise<LiveClients> {
  const processes = options.processes ?? 1
  const urls = typeof options.url === 'string' ? [options.url] : options.url
  const children: JsonLineChild[] = []
  const stop = () => Promise.all(children.map((c) => c.stop())).then(() => undefined)
  try {
    for (let p = 0; p < processes; p++) {
      const share =
        Math.floor(options.connections / processes) + (p < options.connections % processes ? 1 : 0)
      const url = urls[p % urls.length] ?? ''
      const args = [url, '--connections', String(share), '--token', options.token]
      args.push('--ready', options.ready)
      if (options.record && p === 0) args.push('--record', options.record)
      if (options.warmup) args.push('--warmup', String(options.warmup))
      children.push(spawnJsonLineChild(LIVE_CLIENTS, args))
    }
    await Promise.all(children.map((c) => c.next(120_000)))
  } catch (error) {
    await stop()
    throw error
  }
  const opened = !options.warmup
  return {
    async open() {
      if (opened) return
      children.forEach((c) => c.send('open'))
      await Promise.all(children.map((c) => c.next(120_000)))
    },
    async window(ms) {
      children.forEach((c) => c.send(`window ${ms}`))
      const timeout = ms + 120_000
      const merged = mergeReports(await Promise.all(children.map((c) => c.next<ClientsReport>(timeout))))
      if (merged.disconnects > 0) throw new Error(`the server dropped ${merged.disconnects} connections`)
      return merged
    },
    stop,
  }
}
