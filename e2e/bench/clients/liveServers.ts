import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

import { startServerProcess } from '../../support/serverProcess.js'
import { ADMIN } from '../../support/wallServer.js'
import { UNLIMITED_INGEST } from '../tools/benchServer.js'
import { storeEnv, type StoreKind } from '../tools/benchStore.js'

import { type JsonLineChild, spawnPlainJsonLineChild } from './childProcess.js'

const BARE_SOCKET_IO = fileURLToPath(new URL('../baselines/bareSocketIo.ts', import.meta.url))

/** A server the live clients connect to, in its own process. */
export interface LiveServer {
  readonly url: string
  /** What a wall sends as `auth.token`. */
  readonly token: string
  readonly pid: number
  stop(): Promise<void>
}

export interface OurServer extends LiveServer {
  /** The admin token the load generators post with. */
  readonly admin: string
}

export interface BareServer extends LiveServer {
  /** The bare server's control channel (baselines/bareSocketIo.ts). */
  readonly control: JsonLineChild
}

/**
 * The real built server on a free port with an empty database of its own in `store` and the simulator off
 * (so the only events are the benchmark's), and a wall token issued as an admin issues one. Several
 * processes of one cluster share a database: theirs comes in `env` (`DATABASE_URL`), with `store` left
 * at SQLite so that none makes one of its own.
 */
export async function startOurServer(
  env: Record<string, string> = {},
  store: StoreKind = 'sqlite',
): Promise<OurServer> {
  const database = await storeEnv(store)
  const dir = mkdtempSync(join(tmpdir(), 'pendopo-fanout-'))
  const release = async () => {
    rmSync(dir, { recursive: true, force: true })
    await database.release()
  }
  const server = await startServerProcess({
    PENDOPO_DB: join(dir, 'pendopo.db'),
    PENDOPO_API_TOKEN: ADMIN,
    PENDOPO_SIM: 'off',
    ...UNLIMITED_INGEST,
    ...database.env,
    ...env,
  }).catch(async (error: unknown) => {
    await release()
    throw error
  })
  const stop = async () => {
    if (server.child.exitCode === null && server.child.signalCode === null) server.child.kill('SIGTERM')
    await server.exited
    await release()
  }
  try {
    const res = await fetch(`${server.url}/api/v1/tokens`, {
      method: 'POST',
      headers: { authorization: `Bearer ${ADMIN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ role: 'wall', name: 'bench wall' }),
    })
    if (res.status !== 201) throw new Error(`POST /api/v1/tokens: ${res.status} ${await res.text()}`)
    const { token } = (await res.json()) as { token: string }
    return { url: server.url, token, admin: ADMIN, pid: server.child.pid ?? 0, stop }
  } catch (error) {
    await stop()
    throw error
  }
}

/**
 * baselines/bareSocketIo.ts in its own process, once it listens. Run by a plain `node`, as Pendopo's built
 * server is, so neither carries a TypeScript loader.
 */
export async function startBareServer(env: Record<string, string> = {}): Promise<BareServer> {
  const token = randomBytes(16).toString('hex')
  const control = await spawnPlainJsonLineChild(BARE_SOCKET_IO, ['--token', token], {
    env: { PORT: '0', ...env },
  })
  try {
    const { port } = await control.next<{ port: number }>(30_000)
    return {
      url: `http://127.0.0.1:${port}`,
      token,
      pid: control.child.pid ?? 0,
      control,
      stop: () => control.stop(),
    }
  } catch (error) {
    await control.stop()
    throw error
  }
}
