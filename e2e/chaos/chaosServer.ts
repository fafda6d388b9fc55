import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { aComplaint, getJson, postComplaint } from '../support/api.js'
import { type ServerProcess, startServerProcess } from '../support/serverProcess.js'

export const CHAOS_ADMIN = 'chaos-admin-token-0123456789'

/** The built server under chaos, on a port of its own that survives its restarts, with a wall token. */
export interface ChaosServer {
  readonly server: ServerProcess
  readonly url: string
  readonly wallToken: string
  /** The log's head, as the server answers it now. */
  head(): Promise<number>
  /** SIGKILL, `downMs` dead, then started again on the same port and file. */
  restart(downMs: number): Promise<ServerProcess>
  stop(): Promise<void>
}

export async function startChaosServer(): Promise<ChaosServer> {
  const dir = mkdtempSync(join(tmpdir(), 'pendopo-chaos-'))
  const env = {
    PENDOPO_DB: join(dir, 'pendopo.db'),
    PENDOPO_API_TOKEN: CHAOS_ADMIN,
    PENDOPO_MODE: 'production',
    PENDOPO_SIM: 'off',
  }
  let server = await startServerProcess(env)
  const url = server.url
  const stop = async () => {
    if (server.child.exitCode === null && server.child.signalCode === null) server.child.kill('SIGTERM')
    await server.exited
    rmSync(dir, { recursive: true, force: true })
  }
  try {
    const issued = await fetch(`${url}/api/v1/tokens`, {
      method: 'POST',
      headers: { authorization: `Bearer ${CHAOS_ADMIN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ role: 'wall', name: 'chaos walls' }),
    })
    if (issued.status !== 201) throw new Error(`POST /api/v1/tokens: ${issued.status}`)
    const { token } = (await issued.json()) as { token: string }
    return {
      get server() {
        return server
      },
      url,
      wallToken: token,
      head: async () => (await getJson<{ seq: number }>(`${url}/api/v1/snapshot`, CHAOS_ADMIN)).seq,
      async restart(downMs) {
        server.child.kill('SIGKILL')
        await server.exited
        await sleep(downMs)
        server = await startServerProcess({ ...env, PORT: new URL(url).port })
        return server
      },
      stop,
    }
  } catch (error) {
    await stop()
    throw error
  }
}

/**
 * Complaints posted at `perSecond` to the server at `url` (a restarted one too); failures while it is
 * down or paused are expected, and not retried.
 */
export function produce(url: string, perSecond: number): { stop(): Promise<void> } {
  let stopped = false
  const loop = (async () => {
    while (!stopped) {
      const tick = sleep(1000 / perSecond)
      await postComplaint(url, CHAOS_ADMIN, aComplaint()).then(
        (res) => res.body?.cancel(),
        () => undefined,
      )
      await tick
    }
  })()
  return {
    stop: async () => {
      stopped = true
      await loop
    },
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
