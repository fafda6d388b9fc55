import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'

import { type ServerProcess, startServerProcess } from '../../support/serverProcess.js'
import { ADMIN } from '../../support/wallServer.js'

import { type StoreEnv, storeEnv, type StoreKind } from './benchStore.js'

const BARE_EXPRESS = fileURLToPath(new URL('../baselines/bareExpress.ts', import.meta.url))

/** A benchmark measures capacity, not one credential's budget: its ingest is not rate limited. */
export const UNLIMITED_INGEST = { PENDOPO_INGEST_PER_MINUTE: String(2 ** 31) }

export interface BenchServer {
  readonly server: ServerProcess
  readonly url: string
  /** The SQLite file the server writes (on SQLite). */
  readonly dbPath: string
  stop(): Promise<void>
}

/**
 * The real built server on a free port with an empty database of its own in `store` and the simulator
 * off, so the only writes are the benchmark's. `env` adds to (or overrides) that environment.
 */
export async function startBenchServer(
  env: Record<string, string> = {},
  store: StoreKind = 'sqlite',
): Promise<BenchServer> {
  const dir = mkdtempSync(join(tmpdir(), 'pendopo-bench-'))
  const dbPath = join(dir, 'pendopo.db')
  let database: StoreEnv | undefined
  const release = async () => {
    rmSync(dir, { recursive: true, force: true })
    await database?.release()
  }
  try {
    database = await storeEnv(store)
    const server = await startServerProcess({
      PENDOPO_DB: dbPath,
      PENDOPO_API_TOKEN: ADMIN,
      PENDOPO_SIM: 'off',
      ...UNLIMITED_INGEST,
      ...database.env,
      ...env,
    })
    return {
      server,
      url: server.url,
      dbPath,
      async stop() {
        await terminate(server.child, server.exited)
        await release()
      },
    }
  } catch (error) {
    await release()
    throw error
  }
}

/** A credential as an admin issues it (`POST /api/v1/tokens`): the role a real channel or wall uses. */
export async function issueToken(url: string, role: 'integration' | 'wall', name: string): Promise<string> {
  const res = await fetch(`${url}/api/v1/tokens`, {
    method: 'POST',
    headers: { authorization: `Bearer ${ADMIN}`, 'content-type': 'application/json' },
    body: JSON.stringify({ role, name }),
  })
  if (res.status !== 201) throw new Error(`POST /api/v1/tokens: ${res.status} ${await res.text()}`)
  return ((await res.json()) as { token: string }).token
}

/** How long a process may take to stop on SIGTERM before it is killed. */
const STOP_GRACE_MS = 10_000

/** SIGTERM, then SIGKILL if it has not exited in {@link STOP_GRACE_MS}: a benchmark never leaves one behind. */
async function terminate(child: ChildProcess, exited: Promise<unknown>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return
  child.kill('SIGTERM')
  const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS)
  await exited
  clearTimeout(timer)
}

export interface BareExpress {
  readonly url: string
  stop(): Promise<void>
}

/** baselines/bareExpress.ts in its own process, once it prints the port it listens on. */
export async function startBareExpress(): Promise<BareExpress> {
  const child = spawn(process.execPath, ['--import', 'tsx', BARE_EXPRESS], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, PORT: '0' },
  })
  const exited = new Promise((resolve) => child.once('exit', resolve))
  const stop = () => terminate(child, exited)
  try {
    const port = await new Promise<number>((resolve, reject) => {
      setTimeout(() => reject(new Error('bareExpress did not listen in 30 s')), 30_000).unref()
      void exited.then((code) => reject(new Error(`bareExpress exited (${String(code)}) before listening`)))
      createInterface({ input: child.stdout }).once('line', (line) => {
        resolve((JSON.parse(line) as { port: number }).port)
      })
    })
    return { url: `http://127.0.0.1:${port}`, stop }
  } catch (error) {
    await stop()
    throw error
  }
}
